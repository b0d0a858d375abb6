import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageComposerView } from '../../lib/panel/page-view';
import { EXPECTED } from '../unit/sites/expected';
import { inEnglish, type Extension } from './extension';
import { launchPanelWithSitePages, type PanelAndSitePages } from './site-pages';

const LEXICAL = '[data-lexical-editor="true"]';
const PROBLEM = 'We apologize for any inconvenience.';

interface SiteCase {
  /** `<site>/<name>` of the built fixture page. */
  page: string;
  /** The editor library the page runs (for the test name). */
  editor: string;
  composer: string;
  send: (site: Page) => Locator;
}

/** Every composer kind of every site, on the editor library that site runs. */
const CASES: SiteCase[] = [
  {
    page: 'x/reply-thread',
    editor: 'Draft.js',
    composer: '[data-testid="tweetTextarea_0"]',
    send: (s) => s.locator('[data-testid="tweetButtonInline"]'),
  },
  {
    page: 'x/reply-modal',
    editor: 'Draft.js',
    composer: '[data-testid="tweetTextarea_0"]',
    send: (s) => s.locator('[role="dialog"] [data-testid="tweetButton"]'),
  },
  {
    page: 'x/quote',
    editor: 'Draft.js',
    composer: '[data-testid="tweetTextarea_0"]',
    send: (s) => s.locator('[data-testid="tweetButton"]'),
  },
  {
    page: 'x/direct-message',
    editor: 'Draft.js',
    composer: '[data-testid="dmComposerTextInput"]',
    send: (s) => s.locator('[data-testid="dmComposerSendButton"]'),
  },
  {
    page: 'linkedin/comment',
    editor: 'Quill 2',
    composer: '.ql-editor',
    send: (s) => s.locator('form.comments-comment-box__form button[type="submit"]'),
  },
  {
    page: 'linkedin/reply',
    editor: 'Quill 2',
    composer: '.ql-editor',
    send: (s) => s.locator('form.comments-comment-box__form button[type="submit"]'),
  },
  {
    page: 'linkedin/direct-message',
    editor: 'contenteditable',
    composer: '.msg-form__contenteditable',
    send: (s) => s.locator('form.msg-form button[type="submit"]'),
  },
  {
    page: 'facebook/reply',
    editor: 'Lexical',
    composer: '[data-lexical-editor="true"][aria-label="Reply to Sam Rivera"]',
    send: (s) =>
      s
        .locator('form')
        .filter({ has: s.locator('[aria-label="Reply to Sam Rivera"]') })
        .locator('[aria-label="Comment"][role="button"]'),
  },
  {
    page: 'facebook/comment',
    editor: 'Lexical',
    composer: LEXICAL,
    send: (s) => s.locator('form [aria-label="Comment"][role="button"]'),
  },
  {
    page: 'messenger/messenger-com',
    editor: 'Lexical',
    composer: LEXICAL,
    send: (s) => s.getByRole('button', { name: 'Press enter to send' }),
  },
  {
    page: 'messenger/facebook-messages',
    editor: 'Lexical',
    composer: LEXICAL,
    send: (s) => s.getByRole('button', { name: 'Press enter to send' }),
  },
  {
    page: 'whatsapp/conversation',
    editor: 'Lexical',
    composer: LEXICAL,
    send: (s) => s.getByRole('button', { name: 'Send', exact: true }),
  },
  {
    page: 'instagram/direct-message',
    editor: 'Lexical',
    composer: LEXICAL,
    send: (s) => s.getByRole('button', { name: 'Send', exact: true }),
  },
  {
    page: 'instagram/comment',
    editor: 'React textarea',
    composer: 'textarea[aria-label^="Add a comment"]',
    send: (s) => s.getByRole('button', { name: 'Post', exact: true }),
  },
  {
    page: 'reddit/comment',
    editor: 'Lexical',
    composer: LEXICAL,
    send: (s) => s.locator('shreddit-composer button[slot="submit-button"]'),
  },
  {
    page: 'reddit/reply',
    editor: 'Lexical',
    composer: LEXICAL,
    send: (s) => s.locator('shreddit-composer button[slot="submit-button"]'),
  },
  {
    page: 'threads/reply',
    editor: 'Lexical',
    composer: LEXICAL,
    send: (s) => s.getByRole('button', { name: 'Post', exact: true }),
  },
  {
    page: 'threads/quote',
    editor: 'Lexical',
    composer: LEXICAL,
    send: (s) => s.getByRole('button', { name: 'Post', exact: true }),
  },
  {
    page: 'bluesky/reply',
    editor: 'TipTap',
    composer: '.ProseMirror',
    send: (s) => s.locator('[data-testid="composerPublishBtn"]'),
  },
  {
    page: 'bluesky/quote',
    editor: 'TipTap',
    composer: '.ProseMirror',
    send: (s) => s.locator('[data-testid="composerPublishBtn"]'),
  },
  {
    page: 'bluesky/direct-message',
    editor: 'React textarea',
    composer: 'textarea',
    send: (s) => s.locator('button[aria-label="Send message"]'),
  },
  {
    page: 'mastodon/reply',
    editor: 'React textarea',
    composer: 'textarea.autosuggest-textarea__textarea',
    send: (s) => s.locator('.compose-form button[type="submit"]'),
  },
  {
    page: 'youtube/comment',
    editor: 'contenteditable',
    composer: '#contenteditable-root',
    send: (s) => s.locator('ytd-commentbox #submit-button button'),
  },
  {
    page: 'youtube/reply',
    editor: 'contenteditable',
    composer: '#contenteditable-root',
    send: (s) => s.locator('ytd-commentbox #submit-button button'),
  },
];

/** The editor's own model text (not the DOM), from the fixture page's own context. */
function modelText(site: Page): Promise<string> {
  return site.evaluate(() => window.__editorModelText?.() ?? '<no editor>');
}

async function isEnabled(button: Locator): Promise<boolean> {
  return button.evaluate(
    (b) => !(b as HTMLButtonElement).disabled && b.getAttribute('aria-disabled') !== 'true',
  );
}

describe('every site on its real editor library, with the side panel open as a tab', () => {
  let extension: Extension;
  let openSite: PanelAndSitePages['openSite'];
  let panel: Page;

  beforeAll(async () => {
    ({ extension, openSite, panel } = await launchPanelWithSitePages(8_000));
  });

  afterAll(async () => {
    await extension?.close();
  });

  for (const c of CASES) {
    it(`${c.page} (${c.editor}): follow, mirror, fix in the model, type on, send once`, async () => {
      const expected = EXPECTED[c.page]![0]!;
      const view = pageComposerView({ tabId: 0, composerId: '', context: expected }, inEnglish);
      const who = view.customerName ?? `@${view.customerHandle}`;
      const site = await openSite(c.page);
      try {
        const composer = site.locator(c.composer).first();
        const send = c.send(site);
        await composer.click();
        await site.keyboard.type(PROBLEM);

        // (1) The panel follows this reply box, with the customer as the adapter reads them.
        await panel
          .getByRole('heading', { name: `${view.kindLabel} on ${view.platformLabel} to ${who}` })
          .waitFor();
        const card = panel.locator('.page-composer');
        if (view.customerName && view.customerHandle) {
          expect(await card.locator('.page-composer__handle').textContent()).toBe(
            `@${view.customerHandle}`,
          );
        }
        if (view.inReplyTo) {
          expect(await panel.getByTestId('in-reply-to').textContent()).toBe(view.inReplyTo);
        }
        if (view.earlierCount > 0) {
          expect(await card.textContent()).toContain(`${view.earlierCount} earlier`);
        } else {
          expect(await card.textContent()).not.toContain('earlier');
        }

        // (2) The panel's draft mirrors the editor.
        const draft = panel.getByLabel(/^Draft reply/);
        await expect.poll(() => draft.inputValue()).toBe(PROBLEM);
        await expect.poll(() => modelText(site)).toBe(PROBLEM);

        // (3) A fix from the panel lands in the editor's own model; Send stays enabled.
        const fix = panel
          .locator('[data-rule-id="human.form-letter"]')
          .getByRole('button', { name: /^Replace with/ })
          .first();
        const replacement = await fix.getAttribute('data-fix-replacement');
        await fix.click();
        const fixed = `${replacement}.`;
        await expect.poll(() => modelText(site)).toBe(fixed);
        await expect.poll(() => draft.inputValue()).toBe(fixed);
        expect(await isEnabled(send)).toBe(true);

        // (4) The next real keystroke lands at the end.
        await site.keyboard.type(' Sam');
        await expect.poll(() => modelText(site)).toBe(`${fixed} Sam`);
        await expect.poll(() => draft.inputValue()).toBe(`${fixed} Sam`);

        // (5) The site's Send: exactly one reply sent, with the final text.
        const sent = panel.getByTestId('reply-sent');
        expect(await sent.count()).toBe(0);
        await send.click();
        await sent.waitFor();
        // The site empties its editor after the send; once the panel has seen that too, a
        // second report (from the clearing) would have arrived before it.
        await expect.poll(() => modelText(site)).toBe('');
        await expect.poll(() => draft.inputValue()).toBe('');
        expect(await sent.textContent()).toBe('Reply sent.');
        expect(await site.evaluate(() => window.__sent)).toEqual([`${fixed} Sam`]);
      } finally {
        await site.close();
      }
    });
  }
});
