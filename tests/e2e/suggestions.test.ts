import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED } from '../unit/sites/expected';
import type { Extension } from './extension';
import { launchPanelWithSitePages, type PanelAndSitePages } from './site-pages';

/** The editor's own model text (not the DOM), from the fixture page's own context. */
function modelText(site: Page): Promise<string> {
  return site.evaluate(() => window.__editorModelText?.() ?? '<no editor>');
}

const TYPED = 'Hey guys!!! 😀😀😀😀';

interface SiteCase {
  page: string;
  editor: string;
  composer: string;
}

const CASES: SiteCase[] = [
  { page: 'x/reply-thread', editor: 'Draft.js', composer: '[data-testid="tweetTextarea_0"]' },
  { page: 'linkedin/comment', editor: 'Quill 2', composer: '.ql-editor' },
  {
    page: 'facebook/reply',
    editor: 'Lexical',
    composer: '[data-lexical-editor="true"][aria-label="Reply to Sam Rivera"]',
  },
];

describe('suggestions in the side panel, on the site fixtures', () => {
  let extension: Extension;
  let openSite: PanelAndSitePages['openSite'];
  let panel: Page;

  beforeAll(async () => {
    ({ extension, openSite, panel } = await launchPanelWithSitePages(10_000));
    await extension.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  afterAll(async () => {
    await extension?.close();
  });

  for (const c of CASES) {
    it(`${c.page} (${c.editor}): card, analysis, three suggestions; Insert 2; type; findings; fix`, async () => {
      const expected = EXPECTED[c.page]![0]!;
      const site = await openSite(c.page);
      try {
        await site.locator(c.composer).first().click();

        // (1) Card, analysis and three suggestions for the message being answered. The card
        // changes with the followed box, in the same update that starts the new reading.
        const card = panel.getByTestId('customer-card');
        await card.getByText(expected.customer.displayName!, { exact: true }).waitFor();
        await panel.locator('[data-suggestions-ready="true"]').waitFor();
        expect(await card.textContent()).toContain(`@${expected.customer.handle}`);
        // A fresh profile: customer memory has no reply to this person yet.
        await expect
          .poll(() => card.getByTestId('customer-history').textContent())
          .toBe('First contact');
        const analysis = panel.getByTestId('analysis');
        expect(await analysis.getAttribute('data-intent')).toBeTruthy();
        expect(await analysis.textContent()).toMatch(/About.*Mood.*Language/s);
        const suggestions = panel.getByTestId('suggestion');
        expect(await suggestions.count()).toBe(3);
        expect(
          await suggestions.evaluateAll((items) => items.map((i) => i.getAttribute('data-shape'))),
        ).toEqual(['short', 'warm', 'question']);
        // Page text stays text: the message's markup never becomes an element in the panel.
        expect(await panel.locator('img[src="x"]').count()).toBe(0);

        // (2) Insert suggestion 2: the site's editor holds exactly that text, and the panel's
        // live check follows it.
        const second = suggestions.nth(1);
        const text = (await second.getByTestId('suggestion-text').textContent())!;
        expect(text.length).toBeGreaterThan(0);
        await second.getByRole('button', { name: /^Insert suggestion 2, replacing/ }).click();
        await expect.poll(() => modelText(site)).toBe(text);
        const draft = panel.getByLabel(/^Draft reply/);
        await expect.poll(() => draft.inputValue()).toBe(text);

        // (3) Replace it by typing in the site's composer: the findings appear in the panel.
        await site.locator(c.composer).first().click();
        await site.keyboard.press('ControlOrMeta+A');
        await site.keyboard.type(TYPED);
        await expect.poll(() => modelText(site)).toBe(TYPED);
        await expect.poll(() => draft.inputValue()).toBe(TYPED);
        for (const rule of [
          'human.exclamations',
          'accessibility.emoji-count',
          'inclusive.gendered',
        ])
          await panel.locator(`[data-rule-id="${rule}"]`).first().waitFor();
        // Grouped by severity: warnings before suggestions.
        expect(
          await panel
            .locator('[data-severity-group]')
            .evaluateAll((groups) => groups.map((g) => g.getAttribute('data-severity-group'))),
        ).toEqual(['warning', 'suggestion']);

        // (4) A fix applied from the panel changes the editor's text accordingly.
        await panel
          .locator('[data-rule-id="inclusive.gendered"]')
          .getByRole('button', { name: 'Replace with “Hey everyone”' })
          .click();
        const fixed = TYPED.replace('Hey guys', 'Hey everyone');
        await expect.poll(() => modelText(site)).toBe(fixed);
        await expect.poll(() => draft.inputValue()).toBe(fixed);
        expect(await panel.locator('[data-rule-id="inclusive.gendered"]').count()).toBe(0);

        // (5) Copy puts a suggestion on the clipboard and says so.
        const first = suggestions.first();
        const firstText = (await first.getByTestId('suggestion-text').textContent())!;
        await first.getByRole('button', { name: 'Copy suggestion 1' }).click();
        await first.getByText('Copied').waitFor();
        expect(await panel.evaluate(() => navigator.clipboard.readText())).toBe(firstText);
      } finally {
        await site.close();
      }
    });
  }

  it('a pasted message with a crisis cue shows the playbook first, and its holding reply goes into the reply box', async () => {
    const site = await openSite('x/reply-thread');
    try {
      await site.locator('[data-testid="tweetTextarea_0"]').click();
      await panel.locator('[data-suggestions-ready="true"]').waitFor();
      // Back to the panel's own draft: the customer's message can be pasted.
      await panel.getByRole('button', { name: 'Use my own draft' }).click();
      await panel
        .getByLabel('Customer’s message')
        .fill('My kettle exploded and burned my hand. I am calling my lawyer.');
      const escalation = panel.getByTestId('escalation');
      await escalation.waitFor();
      expect(
        await escalation
          .locator('[data-playbook]')
          .evaluateAll((p) => p.map((e) => e.getAttribute('data-playbook'))),
      ).toEqual(expect.arrayContaining([expect.any(String)]));
      expect(await escalation.getByRole('heading', { level: 2 }).textContent()).toBe(
        'Needs more than a reply',
      );
      expect(await escalation.locator('ol li').count()).toBeGreaterThan(0);
      // It comes before the suggestions.
      const order = await panel.evaluate(() => {
        const e = document.querySelector('[data-testid="escalation"]')!;
        const s = document.querySelector('.suggestions')!;
        return e.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING;
      });
      expect(order).toBeTruthy();
      const holding = escalation.getByTestId('holding-reply').first();
      const holdingText = (await holding.textContent())!;
      await escalation
        .getByRole('button', { name: 'Insert the holding reply into the reply box' })
        .first()
        .click();
      await expect.poll(() => modelText(site)).toBe(holdingText);
    } finally {
      await site.close();
    }
  });
});
