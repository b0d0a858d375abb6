import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Extension } from './extension';

const FIXTURE = new URL('../fixtures/sites/mastodon/reply.html', import.meta.url);
const THREAD_URL = 'https://mastodon.social/@dana@example.social/112233445566778899';

describe('content script on a supported site, with the side panel open as a tab', () => {
  let extension: Extension;
  let panel: Page;
  let site: Page;

  beforeAll(async () => {
    extension = await launchExtension();
    // The page is served at its real address, so the manifest's own match patterns decide.
    await extension.context.route('https://mastodon.social/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: readFileSync(FIXTURE, 'utf8') }),
    );
    panel = await extension.context.newPage();
    panel.setDefaultTimeout(8_000);
    await panel.goto(extension.url('sidepanel.html'));
    site = await extension.context.newPage();
    site.setDefaultTimeout(8_000);
    await site.goto(THREAD_URL);
  });

  afterAll(async () => {
    await extension?.close();
  });

  it('follows the reply box the user writes in, with the customer read from the page', async () => {
    await site.locator('textarea.autosuggest-textarea__textarea').click();
    await site.keyboard.type('We apologize for any inconvenience.');
    await panel.getByRole('heading', { name: 'Reply on Mastodon to Dana K' }).waitFor();
    // The post's text arrives as text: markup in it is shown, never run.
    expect(await panel.getByTestId('in-reply-to').textContent()).toContain(
      '<img src=x onerror=alert(1)>',
    );
    await expect
      .poll(() => panel.getByLabel(/^Draft reply/).inputValue())
      .toBe('We apologize for any inconvenience.');
    await panel.locator('[data-rule-id="human.form-letter"]').waitFor();
  });

  it('shows the panel’s count on a badge beside the reply box', async () => {
    const badge = site.locator('replykit-badge button');
    await expect.poll(() => badge.getAttribute('aria-label')).toMatch(/^Replykit: \d+ findings?/);
    expect(await badge.isVisible()).toBe(true);
  });

  it('applies a fix from the panel in the page’s own editor', async () => {
    const fix = panel
      .locator('[data-rule-id="human.form-letter"]')
      .getByRole('button', { name: /^Replace with/ })
      .first();
    const replacement = await fix.getAttribute('data-fix-replacement');
    await fix.click();
    const expected = `${replacement}.`;
    await expect
      .poll(() => site.locator('textarea.autosuggest-textarea__textarea').inputValue())
      .toBe(expected);
    await expect.poll(() => panel.getByLabel(/^Draft reply/).inputValue()).toBe(expected);
    // The next real keystroke lands at the end of the fixed text.
    await site.keyboard.type(' Sam');
    expect(await site.locator('textarea.autosuggest-textarea__textarea').inputValue()).toBe(
      `${expected} Sam`,
    );
  });

  it('inserts the panel’s own draft into the reply box, and follows it again', async () => {
    await panel.getByRole('button', { name: 'Use my own draft' }).click();
    const draft = panel.getByLabel(/^Draft reply/);
    await draft.fill('Hi Dana, your kettle ships today and arrives Friday.');
    await panel.getByRole('button', { name: 'Insert into the Mastodon reply box' }).click();
    const box = site.locator('textarea.autosuggest-textarea__textarea');
    await expect
      .poll(() => box.inputValue())
      .toBe('Hi Dana, your kettle ships today and arrives Friday.');
    await panel.getByRole('heading', { name: 'Reply on Mastodon to Dana K' }).waitFor();
    expect(await draft.getAttribute('readonly')).not.toBeNull();
  });

  it('follows the reply box again on request, with the text it holds now', async () => {
    await panel.getByRole('button', { name: 'Use my own draft' }).click();
    await panel.getByLabel(/^Draft reply/).fill('Something else entirely.');
    await panel.getByRole('button', { name: 'Follow the reply box again' }).click();
    await panel.getByRole('heading', { name: 'Reply on Mastodon to Dana K' }).waitFor();
    await expect
      .poll(() => panel.getByLabel(/^Draft reply/).inputValue())
      .toBe('Hi Dana, your kettle ships today and arrives Friday.');
  });
});
