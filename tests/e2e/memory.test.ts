import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extension } from './extension';
import { launchPanelWithSitePages, type PanelAndSitePages } from './site-pages';

const INSTAGRAM_REPLY =
  'Hi Dana, yes: the Kettle Pro is in the summer sale until Sunday, at 20% off.';
const X_REPLY = 'Hi Dana, I am on it and will get back to you within the hour.';

/**
 * The end-to-end flow in Chromium on the site fixtures: a reply sent on Instagram is
 * remembered; the same person's X account is suggested as a link with its evidence; once linked,
 * the card shows the Instagram conversation and the suggestions greet a returning customer; the
 * first reply on X records the link.
 */
describe('customer memory across channels', () => {
  let extension: Extension;
  let openSite: PanelAndSitePages['openSite'];
  let panel: Page;

  beforeAll(async () => {
    ({ extension, openSite, panel } = await launchPanelWithSitePages(10_000));
  });

  afterAll(async () => {
    await extension?.close();
  });

  const card = () => panel.getByTestId('customer-card');
  const history = () => card().getByTestId('customer-history');
  const suggestionTexts = () =>
    panel
      .getByTestId('suggestion-text')
      .evaluateAll((items) => items.map((item) => item.textContent ?? ''));

  it('remembers a reply sent on Instagram', async () => {
    const site = await openSite('instagram/direct-message');
    await site.locator('[data-lexical-editor="true"]').click();
    await expect.poll(() => history().textContent()).toBe('First contact');
    await site.keyboard.type(INSTAGRAM_REPLY);
    await expect.poll(() => panel.getByLabel(/^Draft reply/).inputValue()).toBe(INSTAGRAM_REPLY);
    await site.getByRole('button', { name: 'Send' }).click();
    await panel.getByTestId('reply-sent').waitFor();
    // The background recorded it and told the panel, which looked the person up again.
    await expect
      .poll(() => history().textContent())
      .toMatch(/^Returning · 1 conversation · last on Instagram today/);
    await site.close();
  });

  it('suggests the X account as the same person, with the evidence, and links it', async () => {
    const site = await openSite('x/reply-thread');
    await site.locator('[data-testid="tweetTextarea_0"]').click();
    await card().getByText('Dana K 🌿', { exact: true }).waitFor();
    await expect.poll(() => history().textContent()).toBe('First contact');
    const suggestion = panel.getByTestId('link-suggestions').locator('.link-suggestion');
    await suggestion.waitFor();
    expect(await suggestion.locator('.link-suggestion__who').textContent()).toBe(
      'Dana K (@dana.k) on Instagram',
    );
    expect(await suggestion.locator('.link-suggestion__evidence li').allTextContents()).toContain(
      'Same display name “Dana K 🌿” on X and Instagram',
    );
    await panel.locator('[data-suggestions-ready="true"]').waitFor();
    // A first contact is greeted as one.
    expect((await suggestionTexts()).some((text) => /\bagain\b/i.test(text))).toBe(false);

    await panel.getByRole('button', { name: 'Link with Dana K (@dana.k) on Instagram' }).click();

    // The card shows the earlier conversation on Instagram…
    await expect
      .poll(() => history().textContent())
      .toMatch(/^Returning · 1 conversation · last on Instagram today/);
    expect(await card().getByRole('status').textContent()).toMatch(/^Linked with Dana K/);
    const earlier = card().getByTestId('customer-earlier');
    await earlier.locator('summary').click();
    expect(await earlier.textContent()).toContain(INSTAGRAM_REPLY);
    expect(await earlier.textContent()).toContain('Is the Kettle Pro in it?');
    // …and the suggestions carry the continuity: a returning customer's greeting, and one
    // refers to what the Instagram conversation was about.
    await expect
      .poll(async () => (await suggestionTexts()).some((text) => /\bagain\b/i.test(text)))
      .toBe(true);
    expect(
      (await suggestionTexts()).some((text) =>
        text.includes('“the Kettle Pro” got sorted last time'),
      ),
    ).toBe(true);

    // The first reply on X records the X account, linked to the Instagram one.
    await site.keyboard.type(X_REPLY);
    await expect.poll(() => panel.getByLabel(/^Draft reply/).inputValue()).toBe(X_REPLY);
    await site.locator('[data-testid="tweetButtonInline"]').click();
    await expect
      .poll(() => history().textContent())
      .toMatch(/^Returning · 2 conversations · last on X today/);
    expect(await panel.getByTestId('link-suggestions').count()).toBe(0);
    await site.close();
  });

  it('a new composer for the linked X account starts with the whole history', async () => {
    const site = await openSite('x/reply-modal');
    await site.locator('[data-testid="tweetTextarea_0"]').click();
    await expect
      .poll(() => history().textContent())
      .toMatch(/^Returning · 2 conversations · last on X today/);
    await panel.locator('[data-suggestions-ready="true"]').waitFor();
    await expect
      .poll(async () => (await suggestionTexts()).some((text) => /\bagain\b/i.test(text)))
      .toBe(true);
    const earlier = card().getByTestId('customer-earlier');
    await earlier.locator('summary').click();
    expect(await earlier.textContent()).toContain(INSTAGRAM_REPLY);
    expect(await earlier.textContent()).toContain(X_REPLY);
    await site.close();
  });
});
