import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, readManifest, type Extension } from './extension';

describe('manifest', () => {
  it('asks only for storage and the side panel, and no host access', () => {
    const manifest = readManifest();
    expect(manifest.manifest_version).toBe(3);
    expect([...((manifest.permissions as string[]) ?? [])].sort()).toEqual([
      'sidePanel',
      'storage',
    ]);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
  });
});

describe('side panel draft checker', () => {
  let extension: Extension;
  let panel: Page;

  beforeAll(async () => {
    extension = await launchExtension();
    panel = await extension.context.newPage();
    await panel.setViewportSize({ width: 360, height: 800 });
    await panel.goto(extension.url('sidepanel.html'));
  });

  afterAll(async () => {
    await extension?.close();
  });

  it('shows the heading and a labelled, empty draft', async () => {
    await expect(
      panel.getByRole('heading', { level: 1, name: 'Replykit' }).isVisible(),
    ).resolves.toBe(true);
    const draft = panel.getByLabel('Draft reply');
    expect(await draft.inputValue()).toBe('');
    expect(await panel.getByRole('combobox', { name: 'Platform' }).inputValue()).toBe('x');
    expect(await panel.getByTestId('findings-summary').textContent()).toContain('Type or paste');
  });

  it('flags a form letter and a deflection, and a fix changes the draft', async () => {
    const draft = panel.getByLabel('Draft reply');
    const text = 'We apologize for any inconvenience. Please email info@example.com';
    await draft.fill(text);

    const formLetter = panel.locator('[data-rule-id="human.form-letter"]');
    const deflection = panel.locator('[data-rule-id="human.deflection"]');
    await formLetter.first().waitFor();
    await deflection.first().waitFor();
    expect(await formLetter.count()).toBeGreaterThan(0);
    expect(await deflection.count()).toBeGreaterThan(0);
    expect(await panel.getByTestId('findings-summary').textContent()).toMatch(
      /\d+ (error|warning|suggestion)s?/,
    );
    // The excerpt shows the flagged words as text.
    expect(await formLetter.first().locator('mark').textContent()).not.toBe('');

    const fixButton = panel.locator('[data-rule-id] button[data-fix-index]').first();
    expect(((await fixButton.textContent()) ?? '').length).toBeGreaterThan(0);
    const start = Number(await fixButton.getAttribute('data-fix-start'));
    const end = Number(await fixButton.getAttribute('data-fix-end'));
    const replacement = (await fixButton.getAttribute('data-fix-replacement')) ?? '';
    await fixButton.click();
    const fixed = await draft.inputValue();
    expect(fixed).toBe(text.slice(0, start) + replacement + text.slice(end));
    expect(fixed).not.toBe(text);
    // The caret goes back to the draft, so keyboard users keep their place.
    expect(await panel.evaluate(() => document.activeElement?.id)).toBe('draft');
  });

  it('says "No findings" for a warm, specific reply to Sam', async () => {
    await panel.getByLabel('Customer’s name').fill('Sam');
    await panel
      .getByLabel('Draft reply')
      .fill(
        "Hi Sam, I'm sorry your order is late. I've sent a new one today and it will arrive Friday.",
      );
    await panel.getByText('No findings').waitFor();
    expect(await panel.locator('[data-rule-id]').count()).toBe(0);
  });

  it('counts characters the way the platform does', async () => {
    const length = panel.getByTestId('draft-length');
    expect(await length.textContent()).toMatch(/^\d+ \/ 280/);
    await panel.getByRole('combobox', { name: 'Platform' }).selectOption({ label: 'LinkedIn' });
    expect(await length.textContent()).toMatch(/\/ 1250/);
  });
});
