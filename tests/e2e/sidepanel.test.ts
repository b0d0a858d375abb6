import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_MATCHES } from '../../lib/content/matches';
import { EXTENSION_DIR, launchExtension, readManifest, type Extension } from './extension';

describe('manifest', () => {
  it('asks for storage, the side panel, scripting and activeTab (no tabs), runs only on the supported sites, and gets any other site only when the user grants it', () => {
    const manifest = readManifest();
    expect(manifest.manifest_version).toBe(3);
    // activeTab: the toolbar click shows the panel the tab's site, to offer access to it.
    expect(manifest.permissions).toEqual([
      'storage',
      'sidePanel',
      'scripting',
      'activeTab',
      'alarms',
    ]);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
    const scripts = (manifest.content_scripts ?? []) as { matches: string[] }[];
    expect(scripts).toHaveLength(1);
    expect([...scripts[0]!.matches].sort()).toEqual([...CONTENT_SCRIPT_MATCHES].sort());
    for (const pattern of scripts[0]!.matches) {
      expect(pattern).not.toMatch(/<all_urls>|^\*:\/\/\*\//);
    }
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    // The keyboard way to the panel, and to its suggestions and findings. Chrome takes at most
    // four suggested keys: the finding commands are left for the user to assign.
    expect(manifest.commands).toEqual({
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_action_title__',
      },
      'insert-suggestion-1': {
        suggested_key: { default: 'Alt+Shift+1' },
        description: '__MSG_command_insert_suggestion_1__',
      },
      'insert-suggestion-2': {
        suggested_key: { default: 'Alt+Shift+2' },
        description: '__MSG_command_insert_suggestion_2__',
      },
      'insert-suggestion-3': {
        suggested_key: { default: 'Alt+Shift+3' },
        description: '__MSG_command_insert_suggestion_3__',
      },
      'next-finding': { description: '__MSG_command_next_finding__' },
      'apply-fix': { description: '__MSG_command_apply_fix__' },
    });
    const commands = Object.values(
      manifest.commands as Record<string, { suggested_key?: unknown }>,
    );
    expect(commands.filter((c) => c.suggested_key).length).toBeLessThanOrEqual(4);
    const messages = JSON.parse(
      readFileSync(join(EXTENSION_DIR, '_locales/de/messages.json'), 'utf8'),
    ) as Record<string, { message: string }>;
    for (const command of Object.values(
      manifest.commands as Record<string, { description: string }>,
    )) {
      const key = /^__MSG_(\w+)__$/.exec(command.description)![1]!;
      expect(messages[key]?.message, key).toBeTruthy();
    }
  });
});

describe('side panel draft checker', () => {
  let extension: Extension;
  let panel: Page;

  beforeAll(async () => {
    extension = await launchExtension();
    panel = await extension.context.newPage();
    panel.setDefaultTimeout(5_000);
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

  const FORM_LETTER = 'We apologize for any inconvenience. Please email info@example.com';

  it('flags the form-letter apology and the deflection to e-mail', async () => {
    await panel.getByLabel('Draft reply').fill(FORM_LETTER);
    const formLetter = panel.locator('[data-rule-id="human.form-letter"]');
    await formLetter.first().waitFor();
    expect(await formLetter.first().locator('.finding__message').textContent()).toContain(
      'We apologize for any inconvenience',
    );
    // The flagged words are shown as text in the excerpt.
    expect(await formLetter.first().locator('mark').textContent()).toBe(
      'We apologize for any inconvenience',
    );
    expect(await panel.getByTestId('findings-summary').textContent()).toMatch(
      /^\d+ (error|warning|suggestion)s?( · \d+ \w+)*$/,
    );
    const deflection = panel.locator('[data-rule-id="human.deflection"]');
    await deflection.first().waitFor();
    expect(await deflection.first().locator('mark').textContent()).toContain('email');
  });

  it('applies a fix to the draft and puts the caret back in it', async () => {
    const draft = panel.getByLabel('Draft reply');
    await draft.fill(FORM_LETTER);
    const fixButton = panel
      .locator('[data-rule-id="human.form-letter"] button[data-fix-index]')
      .first();
    const label = (await fixButton.textContent()) ?? '';
    expect(label).toMatch(/^Replace with “.+”$/);
    const start = Number(await fixButton.getAttribute('data-fix-start'));
    const end = Number(await fixButton.getAttribute('data-fix-end'));
    const replacement = (await fixButton.getAttribute('data-fix-replacement')) ?? '';
    expect(label).toContain(replacement);
    await fixButton.click();
    const fixed = await draft.inputValue();
    expect(fixed).toBe(FORM_LETTER.slice(0, start) + replacement + FORM_LETTER.slice(end));
    expect(fixed).not.toContain('We apologize for any inconvenience');
    // Keyboard users keep their place: focus returns to the draft, after the replacement.
    expect(await panel.evaluate(() => document.activeElement?.id)).toBe('draft');
    expect(await draft.evaluate((el) => (el as HTMLTextAreaElement).selectionStart)).toBe(
      start + replacement.length,
    );
    expect(await panel.locator('[data-rule-id="human.form-letter"]').count()).toBe(0);
  });

  it('works from the keyboard alone and fits 360 px without scrolling sideways', async () => {
    const draft = panel.getByLabel('Draft reply');
    await draft.fill(FORM_LETTER);
    await draft.focus();
    // The first control after the draft with an action is the first finding's first fix.
    await panel.keyboard.press('Tab');
    const focused = await panel.evaluate(() => ({
      tag: document.activeElement?.tagName,
      fix: document.activeElement?.getAttribute('data-fix-index'),
      outline: getComputedStyle(document.activeElement!).outlineStyle,
    }));
    expect(focused).toEqual({ tag: 'BUTTON', fix: '0', outline: 'solid' });
    await panel.keyboard.press('Enter');
    expect(await draft.inputValue()).not.toBe(FORM_LETTER);
    expect(
      await panel.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
  });

  const CLEAN =
    "Hi Sam, I'm sorry your order is late. I've sent a new one today and it will arrive Friday.";

  it('says "No findings" for a warm, specific reply to Sam', async () => {
    // On LinkedIn the default pack asks for no sign-off.
    await panel.getByRole('combobox', { name: 'Platform' }).selectOption({ label: 'LinkedIn' });
    await panel.getByLabel('Customer’s name').fill('Sam');
    await panel.getByLabel('Draft reply').fill(CLEAN);
    await panel.getByText('No findings').waitFor();
    expect(await panel.locator('[data-rule-id]').count()).toBe(0);
  });

  it('on X asks for the sign-off, and its fix adds the initials', async () => {
    await panel.getByRole('combobox', { name: 'Platform' }).selectOption({ label: 'X' });
    await panel.getByRole('textbox', { name: /^Your initials/ }).fill('SR');
    const signOff = panel.locator('[data-rule-id="brand.sign-off"]');
    await signOff.waitFor();
    await signOff.getByRole('button', { name: 'Add “^SR”' }).click();
    expect(await panel.getByLabel('Draft reply').inputValue()).toBe(`${CLEAN} ^SR`);
    await panel.getByText('No findings').waitFor();
  });

  it('counts characters the way the platform does', async () => {
    const length = panel.getByTestId('draft-length');
    expect(await length.textContent()).toMatch(/^\d+ \/ 280 characters on X/);
    await panel.getByRole('combobox', { name: 'Platform' }).selectOption({ label: 'LinkedIn' });
    expect(await length.textContent()).toMatch(/\/ 1250/);
  });
});
