import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPackInput } from '../../lib/voice';
import { axeViolations as violations } from './axe';
import { launchExtension, openPanel, type Extension } from './extension';
import { launchPanelWithSitePages, type PanelAndSitePages } from './site-pages';

/**
 * Stores a team pack as version 1 builds did (`{text, lastGood}`, no version meta) and opens the
 * panel again, as after an update: the new build migrates it to the pack library at start.
 */
async function storeTeamPack(panel: Page, value: unknown): Promise<void> {
  await panel.evaluate(async (v) => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        storage: {
          local: {
            set: (items: object) => Promise<void>;
            remove: (keys: string[]) => Promise<void>;
          };
        };
      };
    };
    await chrome.storage.local.remove(['teamPack$']);
    await chrome.storage.local.set({ teamPack: v });
  }, value);
  await panel.reload();
}

const X_COMPOSER = '[data-testid="tweetTextarea_0"]';

describe('the side panel’s accessibility, on every state (axe-core)', () => {
  let extension: Extension;
  let serve: PanelAndSitePages['serve'];
  let openSite: PanelAndSitePages['openSite'];
  let panel: Page;

  beforeAll(async () => {
    ({ extension, serve, openSite, panel } = await launchPanelWithSitePages(10_000));
  });

  afterAll(async () => {
    await extension?.close();
  });

  async function openX(): Promise<Page> {
    const site = await openSite('x/reply-thread');
    await site.locator(X_COMPOSER).click();
    await panel.getByTestId('customer-card').getByText('Dana K 🌿', { exact: true }).waitFor();
    await panel.locator('[data-suggestions-ready="true"]').waitFor();
    return site;
  }

  /** Leaves the reply box for the panel's own draft and pastes a customer's message. */
  async function pasteMessage(text: string): Promise<void> {
    if (await panel.getByRole('button', { name: 'Use my own draft' }).count())
      await panel.getByRole('button', { name: 'Use my own draft' }).click();
    const field = panel.getByLabel('Customer’s message');
    await field.fill(text);
  }

  it('no reply box followed', async () => {
    await panel.getByTestId('no-composer').waitFor();
    expect(await violations(panel)).toEqual([]);
  });

  it('following a reply box: card, analysis, suggestions, and findings', async () => {
    const site = await openX();
    try {
      await site.keyboard.type('Hey guys!!! 😀😀😀😀');
      await panel.locator('[data-rule-id="accessibility.emoji-count"]').first().waitFor();
      expect(await panel.getByTestId('suggestion').count()).toBe(3);
      expect(await violations(panel)).toEqual([]);

      // Dark theme, same state: the colours keep their contrast.
      // Without motion, so axe reads the dark colours, not a button halfway through its transition.
      await panel.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
      expect(
        await panel.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
      ).toBe('rgb(20, 22, 31)');
      expect(await violations(panel)).toEqual([]);
      await panel.emulateMedia({ colorScheme: 'light', reducedMotion: null });
    } finally {
      await site.close();
    }
  });

  it('escalation', async () => {
    await pasteMessage('My kettle exploded and burned my hand. I am calling my lawyer.');
    await panel.getByTestId('escalation').waitFor();
    expect(await violations(panel)).toEqual([]);
  });

  it('abuse guidance', async () => {
    await pasteMessage('You are all useless idiots, go to hell');
    await panel.getByTestId('abuse-guidance').waitFor();
    expect(await violations(panel)).toEqual([]);
  });

  it('after hours (a team pack whose hours are never now)', async () => {
    // Open one hour a day, starting two hours from now (UTC): now is always outside.
    const hour = (new Date().getUTCHours() + 2) % 24;
    const pad = (h: number) => String(h).padStart(2, '0');
    const day = [{ from: `${pad(hour)}:00`, to: hour === 23 ? '24:00' : `${pad(hour + 1)}:00` }];
    const pack = {
      ...defaultPackInput,
      id: 'night-shift',
      name: 'Night shift',
      hours: {
        ...(defaultPackInput as { hours?: object }).hours,
        timeZone: 'UTC',
        week: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day },
      },
    };
    const text = JSON.stringify(pack);
    await storeTeamPack(panel, { text, lastGood: text });
    await pasteMessage('Where is my parcel? Ordered two weeks ago.');
    await panel.getByTestId('after-hours').waitFor();
    expect(await violations(panel)).toEqual([]);
  });

  it('pack invalid: the problems with their paths, and the pack in use', async () => {
    const good = JSON.stringify({ ...defaultPackInput, id: 'acme-care', name: 'Acme care' });
    const broken = JSON.stringify({ ...defaultPackInput, id: 'Acme Care', languages: [] });
    await storeTeamPack(panel, { text: broken, lastGood: good });
    const state = panel.getByTestId('pack-invalid');
    await state.waitFor();
    // The panel migrated the version 1 value to the library, and recorded the version.
    expect(
      await panel.evaluate(async () => {
        const { chrome } = globalThis as unknown as {
          chrome: { storage: { local: { get: (keys: string[]) => Promise<object> } } };
        };
        return chrome.storage.local.get(['teamPack', 'teamPack$']);
      }),
    ).toEqual({
      teamPack: {
        entries: [{ id: 'team', kind: 'local', text: broken, lastGood: good }],
        assignments: [],
        fallback: 'team',
      },
      teamPack$: { v: 2 },
    });
    expect(await state.textContent()).toContain('Using the last good version of “Acme care”');
    expect(await state.locator('li code').allTextContents()).toEqual(
      expect.arrayContaining(['id', 'languages']),
    );
    expect(await violations(panel)).toEqual([]);
    await storeTeamPack(panel, null);
    await expect.poll(() => state.count()).toBe(0);
  });

  it('site not enabled (the tab the panel was opened over, as the toolbar click records it)', async () => {
    await pasteMessage('');
    const tabId = await panel.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { getCurrent: () => Promise<{ id: number }> } };
      };
      return (await chrome.tabs.getCurrent()).id;
    });
    await panel.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { session: { set: (items: object) => Promise<void> } } };
      };
      await chrome.storage.session.set({
        actionTab: { tabId: id, url: 'https://forum.example.com/t/kettles/42' },
      });
    }, tabId);
    const state = panel.getByTestId('site-not-enabled');
    await state.waitFor();
    expect(await state.getByRole('heading').textContent()).toBe(
      'Replykit is not on forum.example.com',
    );
    expect(
      await state.getByRole('button', { name: 'Allow Replykit on forum.example.com' }).count(),
    ).toBe(1);
    expect(await violations(panel)).toEqual([]);
    // A site Replykit runs on is not offered.
    await panel.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { session: { set: (items: object) => Promise<void> } } };
      };
      await chrome.storage.session.set({ actionTab: { tabId: id, url: 'https://x.com/home' } });
    }, tabId);
    await expect.poll(() => state.count()).toBe(0);
  });

  it('generic mode (X with a layout the adapter does not recognise)', async () => {
    const page = serve('x/reply-thread');
    const html = page.html
      .replaceAll('tweetTextarea_0', 'composer-v2')
      .replaceAll('data-testid="tweet"', 'data-testid="post"');
    await extension.context.route(page.url, (route) =>
      route.fulfill({ contentType: 'text/html', body: html }),
    );
    // The route added last answers first: this page's changed markup, not the built one.
    const site = await openSite('x/reply-thread');
    try {
      await site.locator('[data-testid="composer-v2"]').click();
      await site.keyboard.type('We apologize for any inconvenience.');
      await panel.getByText(/^Layout not recognized, generic mode/).waitFor();
      expect(await violations(panel)).toEqual([]);
    } finally {
      await site.close();
      await extension.context.unroute(page.url);
    }
  });

  it('keyboard only: Tab to a suggestion, press its key, the text lands in the editor', async () => {
    const site = await openX();
    try {
      await panel.bringToFront();
      await panel.locator('body').focus();
      // Tab through the panel until the first suggestion's Insert button has the focus.
      let found = false;
      for (let i = 0; i < 40 && !found; i++) {
        await panel.keyboard.press('Tab');
        found = await panel.evaluate(
          () =>
            document.activeElement?.getAttribute('aria-label')?.startsWith('Insert suggestion 1') ??
            false,
        );
      }
      expect(found).toBe(true);
      // The focus is visible.
      expect(
        await panel.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle),
      ).toBe('solid');
      const texts = await panel.getByTestId('suggestion-text').allTextContents();
      await panel.keyboard.press('Enter');
      await expect.poll(() => site.evaluate(() => window.__editorModelText?.())).toBe(texts[0]);
      // With the focus in the list, a digit inserts that suggestion.
      await panel.locator('[data-suggestions-ready="true"]').waitFor();
      await panel.getByRole('button', { name: /^Copy suggestion 3/ }).focus();
      await panel.keyboard.press('3');
      await expect.poll(() => site.evaluate(() => window.__editorModelText?.())).toBe(texts[2]);
      // n moves to a finding; f applies its fix in the editor.
      await site.locator(X_COMPOSER).click();
      await site.keyboard.press('ControlOrMeta+A');
      await site.keyboard.type('Hey guys!!!');
      await panel.locator('[data-rule-id="inclusive.gendered"]').waitFor();
      await panel.getByRole('button', { name: /^Copy suggestion 1/ }).focus();
      await panel.keyboard.press('n');
      expect(await panel.evaluate(() => document.activeElement?.getAttribute('data-rule-id'))).toBe(
        'inclusive.gendered',
      );
      await panel.keyboard.press('f');
      await expect
        .poll(() => site.evaluate(() => window.__editorModelText?.()))
        .toBe('Hey everyone!!!');
      // The keys are documented in the panel, in a disclosure reachable by keyboard.
      const help = panel.getByTestId('keyboard-help');
      await help.locator('summary').focus();
      await panel.keyboard.press('Enter');
      expect(await help.getAttribute('open')).not.toBeNull();
      expect(await help.textContent()).toContain('1, 2, 3: insert suggestion 1, 2 or 3');
    } finally {
      await site.close();
    }
  });
});

describe('the side panel in German', () => {
  let extension: Extension;

  beforeAll(async () => {
    extension = await launchExtension(undefined, { args: ['--lang=de'] });
  });

  afterAll(async () => {
    await extension?.close();
  });

  it('speaks German and has no violations', async () => {
    const panel = await openPanel(extension, 10_000);
    await panel.getByTestId('no-composer').waitFor();
    expect(await panel.getByTestId('no-composer').getByRole('heading').textContent()).toBe(
      'Kein Antwortfeld verfolgt',
    );
    await panel
      .getByLabel('Nachricht des Kunden')
      .fill('Wo bleibt mein Paket? Seit zwei Wochen warte ich!');
    await panel.locator('[data-suggestions-ready="true"]').waitFor();
    expect(await panel.getByRole('heading', { name: 'Antwortvorschläge' }).count()).toBe(1);
    expect(await violations(panel)).toEqual([]);
  });
});
