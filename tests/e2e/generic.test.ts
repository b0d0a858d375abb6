import { readFileSync } from 'node:fs';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoExtension, DEMO_EXTENSION_DIR } from '../../lib/devtools/demo-site';
import { measureLength } from '../../lib/platforms/limits';
import { buildSiteFixtures, type BuiltSitePage } from '../fixtures/build-site-fixtures';
import { launchExtension, type Extension } from './extension';

const PROBLEM = 'We apologize for any inconvenience.';
/** A forum no adapter knows, on the origin the demo build treats as enabled by the user. */
const FORUM_URL = 'http://127.0.0.1:8311/t/kettle-lid-cracked/4411';
/** The forum page without its fixture-url meta: the page is what it is, wherever it is served. */
const FORUM_HTML = readFileSync(
  new URL('../fixtures/sites/generic/forum.html', import.meta.url),
  'utf8',
).replace(/<meta name="fixture-url"[^>]*>/, '');

/** The extension API as the tests use it in the service worker. */
interface WorkerGlobals {
  chrome: {
    sidePanel: { open: (options: { tabId?: number; windowId?: number }) => Promise<void> };
    tabs: {
      query: (q: { active?: boolean; lastFocusedWindow?: boolean }) => Promise<{ id?: number }[]>;
    };
    runtime: {
      getContexts: (f: {
        contextTypes: string[];
      }) => Promise<{ tabId: number; documentUrl?: string }[]>;
    };
  };
  openCalls?: { tabId?: number; outcome?: string }[];
}

describe('the generic adapter and the badge (demo build, which enables http://127.0.0.1)', () => {
  let extension: Extension;
  let worker: Worker;
  let panel: Page;
  let xReply: BuiltSitePage;

  beforeAll(async () => {
    const [, pages] = await Promise.all([buildDemoExtension('pipe'), buildSiteFixtures()]);
    xReply = pages.find((p) => p.page === 'x/reply-thread')!;
    extension = await launchExtension(DEMO_EXTENSION_DIR);
    worker = extension.context
      .serviceWorkers()
      .find((w) => w.url().startsWith(`chrome-extension://${extension.extensionId}/`))!;
    await extension.context.route('http://127.0.0.1:8311/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: FORUM_HTML }),
    );
    panel = await extension.context.newPage();
    panel.setDefaultTimeout(8_000);
    await panel.goto(extension.url('sidepanel.html'));
  });

  afterAll(async () => {
    await extension?.close();
  });

  async function openForum(): Promise<Page> {
    const site = await extension.context.newPage();
    site.setDefaultTimeout(8_000);
    await site.goto(FORUM_URL);
    return site;
  }

  it('follows a multi-line textarea on a site no adapter knows; a search box is not followed', async () => {
    const site = await openForum();
    try {
      const textarea = site.locator('textarea#reply');
      await textarea.click();
      await site.keyboard.type(PROBLEM);
      await panel.getByRole('heading', { name: 'Reply on 127.0.0.1' }).waitFor();
      expect(await panel.getByText(/Layout not recognized/).count()).toBe(0);
      const draft = panel.getByLabel('Draft reply (live from the 127.0.0.1 reply box)');
      await expect.poll(() => draft.inputValue()).toBe(PROBLEM);

      const fix = panel
        .locator('[data-rule-id="human.form-letter"]')
        .getByRole('button', { name: /^Replace with/ })
        .first();
      const fixed = `${await fix.getAttribute('data-fix-replacement')}.`;
      await fix.click();
      await expect.poll(() => textarea.inputValue()).toBe(fixed);
      await expect.poll(() => draft.inputValue()).toBe(fixed);

      const badge = site.getByRole('button', { name: /^Replykit:/ });
      await expect.poll(() => badge.getAttribute('aria-label')).toMatch(/^Replykit: \d+ findings?/);
      expect(await badge.isVisible()).toBe(true);

      // The search box (an <input>) takes the focus and the typing: the panel stays with the
      // textarea, which still reports its own changes.
      await site.getByRole('searchbox', { name: 'Search' }).click();
      await site.keyboard.type('kettle lid');
      await textarea.evaluate((el: HTMLTextAreaElement) => {
        el.value = 'Hi Dana, a new lid is on its way.';
        el.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await expect.poll(() => draft.inputValue()).toBe('Hi Dana, a new lid is on its way.');
      await panel.getByRole('heading', { name: 'Reply on 127.0.0.1' }).waitFor();
    } finally {
      await site.close();
    }
  });

  it('follows a plain contenteditable that is no known editor library, and fixes in it', async () => {
    const site = await openForum();
    try {
      const rich = site.locator('[contenteditable="true"][aria-label="Rich reply"]');
      await rich.click();
      await site.keyboard.type(PROBLEM);
      await panel.getByRole('heading', { name: 'Reply on 127.0.0.1' }).waitFor();
      const draft = panel.getByLabel(/^Draft reply/);
      await expect.poll(() => draft.inputValue()).toBe(PROBLEM);
      const fix = panel
        .locator('[data-rule-id="human.form-letter"]')
        .getByRole('button', { name: /^Replace with/ })
        .first();
      const fixed = `${await fix.getAttribute('data-fix-replacement')}.`;
      await fix.click();
      await expect.poll(() => rich.innerText()).toBe(fixed);
      await expect.poll(() => draft.inputValue()).toBe(fixed);
      // The next keystroke lands at the end of the fixed text.
      await site.keyboard.type(' Sam');
      await expect.poll(() => draft.inputValue()).toBe(`${fixed} Sam`);
      // The badge sits beside the editor, never in it: the editor's DOM holds only the text.
      expect(await site.getByRole('button', { name: /^Replykit:/ }).isVisible()).toBe(true);
      expect(await rich.evaluate((el) => el.innerHTML.toLowerCase().includes('replykit'))).toBe(
        false,
      );
    } finally {
      await site.close();
    }
  });

  it('on X with a changed layout: generic mode, said so, and X’s own counting still applies', async () => {
    // The composer's and the posts' data-testid changed, as in the unit test of a changed layout:
    // the X adapter's selectors match nothing on this page.
    const html = xReply.html
      .replaceAll('tweetTextarea_0', 'composer-v2')
      .replaceAll('data-testid="tweet"', 'data-testid="post"');
    expect(html).not.toContain('tweetTextarea_');
    await extension.context.route(xReply.url, (route) =>
      route.fulfill({ contentType: 'text/html', body: html }),
    );
    // The panel counts for another platform until it follows the page's reply box.
    const platform = panel.getByRole('combobox', { name: 'Platform' });
    await platform.selectOption('bluesky');
    const site = await extension.context.newPage();
    site.setDefaultTimeout(8_000);
    try {
      await site.goto(xReply.url);
      await site.locator('[data-testid="composer-v2"]').click();
      // A URL counts as 23 on X whatever its length: the proof that X's counting is used.
      const text = `${PROBLEM} https://example.com/a/very/long/path/to/the/kettle/lid/replacement`;
      await site.keyboard.type(text);
      await panel.getByRole('heading', { name: 'Reply on X' }).waitFor();
      await panel.getByText(/^Layout not recognized, generic mode/).waitFor();
      const draft = panel.getByLabel('Draft reply (live from the X reply box)');
      await expect.poll(() => draft.inputValue()).toBe(text);
      await panel.locator('[data-rule-id="human.form-letter"]').waitFor();
      expect(await panel.getByTestId('in-reply-to').count()).toBe(0);
      expect(await platform.inputValue()).toBe('x');
      const { length } = measureLength(text, 'x');
      expect(length).toBe(PROBLEM.length + 1 + 23);
      await expect
        .poll(() => panel.getByTestId('draft-length').textContent())
        .toBe(`${length} / 280 characters on X`);
      expect(await site.evaluate(() => window.__editorModelText?.())).toBe(text);
    } finally {
      await site.close();
      await extension.context.unroute(xReply.url);
    }
  });

  it('the badge: in a shadow root, a button with its count as its name, updated, and opens the panel', async () => {
    const site = await openForum();
    try {
      const textarea = site.locator('textarea#reply');
      await textarea.click();
      await site.keyboard.type(PROBLEM);
      const badge = site.getByRole('button', { name: /^Replykit:/ });
      // The badge states the panel's count.
      const draft = panel.getByLabel(/^Draft reply/);
      await expect.poll(() => draft.inputValue()).toBe(PROBLEM);
      const findings = panel.locator('[data-rule-id]');
      await findings.first().waitFor();
      const count = await findings.count();
      expect(count).toBeGreaterThan(1);
      await expect
        .poll(() => badge.getAttribute('aria-label'))
        .toBe(`Replykit: ${count} findings. Open the side panel.`);
      expect(await badge.textContent()).toBe(String(count));

      // Outside the editor: its markup lives in a shadow root hanging off <body>.
      const where = await site.evaluate(() => {
        const host = document.querySelector('replykit-badge');
        const button = host?.shadowRoot?.querySelector('button');
        return {
          hostParent: host?.parentElement?.tagName,
          inShadow: !!button && button.getRootNode() === host?.shadowRoot,
          inForm: !!document.querySelector('form replykit-badge, textarea replykit-badge'),
          tabIndex: button?.tabIndex,
        };
      });
      expect(where).toEqual({ hostParent: 'BODY', inShadow: true, inForm: false, tabIndex: 0 });

      // The count follows the draft.
      await site.keyboard.press('Control+A');
      await site.keyboard.type('Hi Dana, a new lid ships today.');
      await expect.poll(() => draft.inputValue()).toBe('Hi Dana, a new lid ships today.');
      await expect.poll(() => findings.count()).toBeLessThan(count);
      const fewer = await findings.count();
      await expect
        .poll(() => badge.getAttribute('aria-label'))
        .toBe(`Replykit: ${fewer} ${fewer === 1 ? 'finding' : 'findings'}. Open the side panel.`);
      expect(await badge.textContent()).toBe(fewer === 0 ? '✓' : String(fewer));

      // Keyboard: Tab from the page's last control reaches it, Enter on it asks the background to
      // open the panel for this tab. The background's own call to sidePanel.open is recorded on
      // its way through; headless Chromium opens the panel (the key press is the user's gesture).
      const sidePanels = () =>
        worker.evaluate(async () => {
          const g = globalThis as unknown as WorkerGlobals;
          const found = await g.chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] });
          return found.map((c) => c.documentUrl);
        });
      expect(await sidePanels()).toEqual([]);
      await worker.evaluate(() => {
        const g = globalThis as unknown as WorkerGlobals;
        const open = g.chrome.sidePanel.open.bind(g.chrome.sidePanel);
        g.openCalls = [];
        g.chrome.sidePanel.open = (options) => {
          const call: { tabId?: number; outcome?: string } = { tabId: options.tabId };
          g.openCalls!.push(call);
          return open(options).then(
            () => void (call.outcome = 'opened'),
            (error: unknown) => {
              call.outcome = String(error);
              throw error;
            },
          );
        };
      });
      await site.bringToFront();
      const tabId = await worker.evaluate(async () => {
        const g = globalThis as unknown as WorkerGlobals;
        return (await g.chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
      });
      expect(tabId).toEqual(expect.any(Number));
      await site.getByRole('button', { name: 'Post reply' }).focus();
      await site.keyboard.press('Tab');
      expect(await badge.evaluate((b) => b.matches(':focus'))).toBe(true);
      await site.keyboard.press('Enter');
      await expect
        .poll(() => worker.evaluate(() => (globalThis as unknown as WorkerGlobals).openCalls), {
          timeout: 5_000,
        })
        .toEqual([{ tabId, outcome: 'opened' }]);
      // The panel's context exists at once; its document's address comes when it has loaded.
      await expect.poll(sidePanels, { timeout: 5_000 }).toEqual([extension.url('sidepanel.html')]);
    } finally {
      await site.close();
    }
  });
});
