import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEED_SIZE, feedPost } from '../fixtures/sites/feed/feed';
import { FEED_URL, routeFeed } from '../fixtures/sites/feed/serve';
import { launchExtension, type Extension } from './extension';

/** What the content script told the extension, as an extension page receives it. */
interface Logged {
  type: string;
  tabId?: number;
  data: {
    composerId?: string;
    text?: string;
    context?: { customer: { handle?: string; displayName?: string }; threadUrl?: string };
  };
}

declare global {
  interface Window {
    __messages?: Logged[];
  }
}

// Post 1900 and post 1950 are by different people, far down the feed.
const DEEP = feedPost(1900);
const OTHER = feedPost(1950);

describe('a 2,000-post X feed (infinite scroll, SPA navigation) with the extension', () => {
  let extension: Extension;
  let panel: Page;
  let site: Page;

  const messages = () => panel.evaluate(() => window.__messages ?? []);
  const heading = () => panel.locator('#page-composer-title').textContent();
  const editorOf = (scope: string) => site.locator(`${scope} [data-testid="tweetTextarea_0"]`);

  beforeAll(async () => {
    expect(DEEP.handle).not.toBe(OTHER.handle);
    extension = await launchExtension();
    await routeFeed(extension.context);
    panel = await extension.context.newPage();
    panel.setDefaultTimeout(10_000);
    await panel.goto(extension.url('sidepanel.html'));
    // Every message a content script sends reaches every extension page: record them here.
    await panel.evaluate(() => {
      window.__messages = [];
      // Chromium's own `chrome` (WXT's `browser` is not a global of the built page).
      const { chrome } = globalThis as unknown as { chrome: typeof browser };
      chrome.runtime.onMessage.addListener((message, sender) => {
        const { type, data } = message as Omit<Logged, 'tabId'>;
        window.__messages!.push({ type, data, tabId: sender.tab?.id });
      });
    });
    site = await extension.context.newPage();
    site.setDefaultTimeout(10_000);
    await site.goto(FEED_URL);
    // Scroll events come with animation frames, which a page in the background doesn't get.
    await site.bringToFront();
  });

  afterAll(async () => {
    await extension?.close();
  });

  it('loads all 2,000 posts as the page is scrolled', async () => {
    const articles = site.locator('article[data-testid="tweet"]');
    await expect.poll(() => articles.count()).toBe(50);
    // The page's own scrolling: End, as a user would, until the feed has no more posts. An End
    // pressed while the previous smooth scroll is still running may not reach the new bottom, so
    // each press is simply repeated until the page has everything.
    const loaded = () => site.evaluate(() => window.__feed!.loaded());
    for (let press = 0; press < 20 * (FEED_SIZE / 50) && (await loaded()) < FEED_SIZE; press++) {
      await site.keyboard.press('End');
      await site.waitForTimeout(50);
    }
    expect(await articles.count()).toBe(FEED_SIZE);
    expect(await site.evaluate(() => window.scrollY)).toBeGreaterThan(100_000);
  });

  it('follows a reply box opened deep in the feed, with that post’s author', async () => {
    await site.locator(`article[data-post-index="${DEEP.index}"] [data-testid="reply"]`).click();
    await expect.poll(() => editorOf('[data-testid="primaryColumn"]').count()).toBe(1);
    await site.keyboard.type('Hi, sorry about the wait.');
    await expect.poll(heading).toBe(`Reply on X to ${DEEP.name}`);
    expect(await panel.getByTestId('in-reply-to').textContent()).toBe(DEEP.text);
    await expect
      .poll(() => panel.getByLabel(/^Draft reply/).inputValue())
      .toBe('Hi, sorry about the wait.');
    // The page's own editor state: its Reply button enabled on the page's own input handler.
    await expect
      .poll(() => site.locator('[data-testid="tweetButtonInline"]').isEnabled())
      .toBe(true);
    const active = (await messages()).filter((m) => m.type === 'composerActive');
    expect(active.map((m) => m.data.context?.customer.handle)).toEqual([DEEP.handle]);
    expect(active[0]!.data.context?.threadUrl).toBe(
      `https://x.com/${DEEP.handle}/status/${DEEP.id}`,
    );
  });

  it('follows the reply box of another post after a SPA navigation; the old one is inactive', async () => {
    const before = (await messages()).find((m) => m.type === 'composerActive')!;
    await site
      .locator(`article[data-post-index="${OTHER.index}"] a[href*="/status/"]`)
      .last()
      .click();
    await expect.poll(() => site.url()).toBe(`https://x.com/${OTHER.handle}/status/${OTHER.id}`);
    expect(await site.locator('article[data-testid="tweet"]').count()).toBe(1);
    await editorOf('[aria-label="Timeline: Conversation"]').click();
    await site.keyboard.type('Hi! Which order is it?');
    await expect.poll(heading).toBe(`Reply on X to ${OTHER.name}`);
    await expect
      .poll(() => panel.getByLabel(/^Draft reply/).inputValue())
      .toBe('Hi! Which order is it?');
    await expect
      .poll(async () =>
        (await messages()).some(
          (m) => m.type === 'composerInactive' && m.data.composerId === before.data.composerId,
        ),
      )
      .toBe(true);
    const active = (await messages()).filter((m) => m.type === 'composerActive');
    expect(active.map((m) => m.data.context?.customer.handle)).toEqual([DEEP.handle, OTHER.handle]);
  });

  it('goes Back to the feed where it was, and the old reply box works again', async () => {
    await site.goBack();
    await expect.poll(() => site.url()).toBe(FEED_URL);
    expect(await site.locator('article[data-testid="tweet"]').count()).toBe(FEED_SIZE);
    expect(await site.evaluate(() => window.scrollY)).toBeGreaterThan(100_000);
    const editor = editorOf('[aria-label="Timeline: Your Home Timeline"]');
    expect(await editor.textContent()).toBe('Hi, sorry about the wait.');
    await editor.click();
    await site.keyboard.press('End');
    await site.keyboard.type(' Sam here.');
    await expect.poll(heading).toBe(`Reply on X to ${DEEP.name}`);
    await expect
      .poll(() => panel.getByLabel(/^Draft reply/).inputValue())
      .toBe('Hi, sorry about the wait. Sam here.');
    // The post page's composer went away with Back.
    const second = (await messages()).filter((m) => m.type === 'composerActive')[1]!;
    await expect
      .poll(async () =>
        (await messages()).some(
          (m) => m.type === 'composerInactive' && m.data.composerId === second.data.composerId,
        ),
      )
      .toBe(true);
  });

  it('sees the send from the reply box deep in the feed once', async () => {
    await site.locator('[data-testid="tweetButtonInline"]').click();
    await expect
      .poll(async () => (await messages()).filter((m) => m.type === 'replySent').length)
      .toBe(1);
    const sent = (await messages()).find((m) => m.type === 'replySent')!;
    expect(sent.data.text).toBe('Hi, sorry about the wait. Sam here.');
    expect(sent.data.context?.customer.handle).toBe(DEEP.handle);
    // The page kept working: its editor is empty again and its scroll still loads nothing more.
    await expect
      .poll(() => editorOf('[aria-label="Timeline: Your Home Timeline"]').textContent())
      .toBe('');
    expect(await site.evaluate(() => window.__feed!.loaded())).toBe(FEED_SIZE);
  });
});
