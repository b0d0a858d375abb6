import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launchExtension, type Extension } from './extension';

/**
 * The voice pack section as a team lead meets it: every part of the form open, a broken pack
 * with its problems at the fields, the JSON view, keyboard only.
 */
describe('voice packs section: accessibility', () => {
  let extension: Extension;
  let options: Page;

  beforeAll(async () => {
    extension = await launchExtension();
    options = await extension.context.newPage();
    options.setDefaultTimeout(10_000);
    await options.goto(extension.url('options.html#packs'));
    await options.getByRole('button', { name: 'New pack from the default' }).click();
    await options
      .getByTestId('pack-editor-heading')
      .filter({ hasText: 'Team voice 1.0.0' })
      .waitFor();
  });

  afterAll(async () => {
    await extension?.close();
  });

  it('has no axe violations with every section and list item of the form open', async () => {
    // Open every disclosure, including the ones inside sections that open late.
    for (let round = 0; round < 4; round++) {
      const closed = options.locator('.pack-editor details:not([open]) > summary');
      const count = await closed.count();
      if (count === 0) break;
      for (let i = count - 1; i >= 0; i--) await closed.nth(i).click();
    }
    expect(await options.locator('.pack-editor details:not([open])').count()).toBe(0);
    expect(await axeViolations(options, '.packs')).toEqual([]);
  });

  it('a broken pack: its problems sit at their fields, invalid and described, with no violations', async () => {
    const name = options.getByRole('textbox', { name: 'Name', exact: true });
    await name.fill('');
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    const described = (await name.getAttribute('aria-describedby'))!.split(' ');
    const texts = await Promise.all(
      described.map((id) => options.locator(`[id="${id}"]`).textContent()),
    );
    expect(texts.join(' ')).toContain('must not be empty');
    expect(await options.getByTestId('pack-editor-status').textContent()).toContain(
      'the team keeps using version 1.0.0',
    );
    expect(await axeViolations(options, '.packs')).toEqual([]);
    await name.fill('Team voice');
    await expect.poll(() => name.getAttribute('aria-invalid')).not.toBe('true');
  });

  it('the JSON view and the preview have no violations, and the views switch by keyboard', async () => {
    const jsonButton = options.getByRole('button', { name: 'JSON', exact: true });
    await jsonButton.focus();
    await options.keyboard.press('Enter');
    await expect.poll(() => jsonButton.getAttribute('aria-pressed')).toBe('true');
    await options.getByLabel('Sample reply').fill('We apologize for any inconvenience.');
    await options.getByText('human.form-letter').first().waitFor();
    expect(await axeViolations(options, '.packs')).toEqual([]);
  });
});
