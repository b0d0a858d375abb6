import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extension } from './extension';
import { launchPanelWithSitePages, type PanelAndSitePages } from './site-pages';

// Long enough for the repeated-reply rule (8 words or more).
const CANNED =
  'Thanks for your patience, your replacement kettle ships today and arrives on Friday.';
const REPEATED = '[data-rule-id="human.repeated-reply"]';

describe('a sent reply reaches the background and feeds the repeated-reply check', () => {
  let extension: Extension;
  let openSite: PanelAndSitePages['openSite'];
  let panel: Page;

  beforeAll(async () => {
    ({ extension, openSite, panel } = await launchPanelWithSitePages(8_000));
  });

  afterAll(async () => {
    await extension?.close();
  });

  async function open(page: string, composer: string): Promise<Page> {
    const site = await openSite(page);
    await site.locator(composer).first().click();
    return site;
  }

  it('sends a reply on X: the background records it', async () => {
    const site = await open('x/reply-thread', '[data-testid="tweetTextarea_0"]');
    await site.keyboard.type(CANNED);
    await expect.poll(() => panel.getByLabel(/^Draft reply/).inputValue()).toBe(CANNED);
    // Nobody else has had this reply yet.
    expect(await panel.locator(REPEATED).count()).toBe(0);
    await site.locator('[data-testid="tweetButtonInline"]').click();
    await panel.getByTestId('reply-sent').waitFor();
    const recorded = await extension.context.serviceWorkers()[0]!.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: typeof browser };
      const { recentReplies } = await chrome.storage.session.get('recentReplies');
      return recentReplies as { text: string; platform: string; customer: string }[];
    });
    expect(recorded.map(({ text, platform, customer }) => ({ text, platform, customer }))).toEqual([
      { text: CANNED, platform: 'x', customer: 'dana_k' },
    ]);
    await site.close();
  });

  it('flags the same reply to someone else', async () => {
    const site = await open('youtube/comment', '#contenteditable-root');
    await site.keyboard.type(CANNED.replace('Friday', 'Monday'));
    const finding = panel.locator(REPEATED);
    await finding.waitFor();
    expect(await finding.textContent()).toMatch(/% the same as one you recently sent/);
    await site.close();
  });

  it('does not flag it for the person who got it (a follow-up in the same thread)', async () => {
    const site = await open('x/reply-modal', '[data-testid="tweetTextarea_0"]');
    await site.keyboard.type(CANNED);
    await expect.poll(() => panel.getByLabel(/^Draft reply/).inputValue()).toBe(CANNED);
    await panel.locator('[data-rule-id]').first().waitFor();
    expect(await panel.locator(REPEATED).count()).toBe(0);
    await site.close();
  });
});
