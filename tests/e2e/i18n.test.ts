import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG, type MessageKey } from '../../lib/i18n/catalog';
import { formatMessage } from '../../lib/i18n/locales';
import { join } from 'node:path';
import { EXTENSION_DIR, launchExtension, type Extension } from './extension';

const FIXTURE = new URL('../fixtures/sites/mastodon/reply.html', import.meta.url);
const THREAD_URL = 'https://mastodon.social/@dana@example.social/112233445566778899';

/** A message as the extension shows it in `language`, values given by name like t(). */
function say(
  language: 'de' | 'sv',
  key: MessageKey,
  values: Record<string, string | number> = {},
): string {
  const names = Object.keys(values).sort();
  return formatMessage(
    CATALOG,
    language,
    key,
    names.map((name) => String(values[name])),
  );
}

/** The English texts of an area that read differently in `language` (long enough not to be a part of another text). */
function englishOnly(language: 'de' | 'sv', prefix: string): string[] {
  return Object.entries(CATALOG)
    .filter(([key, entry]) => key.startsWith(prefix) && entry.en !== entry[language])
    .map(([, entry]) => entry.en.replace(/\{[a-zA-Z]+\}/g, '\u0000').split('\u0000'))
    .flat()
    .map((part) => part.trim())
    .filter((part) => part.length >= 12);
}

// Chromium's --lang picks the extension's _locales like a browser set to that language. (This
// Chromium ships only its own en-US resources, so chrome.i18n.getUILanguage() stays en-US; the
// messages follow --lang all the same, and lib/i18n asks them for the language.)
describe.each(['de', 'sv'] as const)('the interface with the browser in %s', (language) => {
  let extension: Extension;
  let options: Page;
  let panel: Page;
  let site: Page;

  beforeAll(async () => {
    extension = await launchExtension(undefined, { args: [`--lang=${language}`] });
    await extension.context.route('https://mastodon.social/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: readFileSync(FIXTURE, 'utf8') }),
    );
    options = await extension.context.newPage();
    options.setDefaultTimeout(8_000);
    await options.goto(extension.url('options.html'));
    panel = await extension.context.newPage();
    panel.setDefaultTimeout(8_000);
    await panel.goto(extension.url('sidepanel.html'));
  });

  afterAll(async () => {
    await extension?.close();
  });

  it('chrome.i18n in the extension’s pages answers in the UI language', async () => {
    const answers = await options.evaluate(() => {
      const { i18n } = (
        globalThis as unknown as { chrome: { i18n: { getMessage: (name: string) => string } } }
      ).chrome;
      return { language: i18n.getMessage('ui_language'), title: i18n.getMessage('options_title') };
    });
    expect(answers).toEqual({ language, title: say(language, 'options_title') });
  });

  it('options page: title, page language, headings, fields and an error message', async () => {
    await expect.poll(() => options.title()).toBe(say(language, 'options_title'));
    expect(await options.evaluate(() => document.documentElement.lang)).toBe(language);
    await options
      .getByRole('heading', { level: 2, name: say(language, 'options_sites_heading') })
      .waitFor();
    await options.getByRole('list', { name: say(language, 'options_supported_heading') }).waitFor();
    expect(await options.locator('footer').textContent()).toBe(say(language, 'options_footer'));
    const field = options.getByRole('textbox', { name: say(language, 'options_mastodon_input') });
    await field.fill('not a domain');
    await field.press('Enter');
    expect(await options.getByRole('alert').textContent()).toBe(
      say(language, 'options_input_not_address', {
        text: 'not a domain',
        example: 'example.social',
      }),
    );
    const text = await options.locator('body').innerText();
    for (const english of englishOnly(language, 'options_')) expect(text).not.toContain(english);
  });

  it('side panel: fields and links, then the reply box it follows, in the UI language', async () => {
    await panel.getByRole('combobox', { name: say(language, 'panel_platform_label') }).waitFor();
    const languages = panel.getByRole('combobox', { name: say(language, 'panel_language_label') });
    expect(await languages.locator('option[value="auto"]').textContent()).toBe(
      say(language, 'panel_language_auto'),
    );
    await panel.getByRole('link', { name: say(language, 'panel_other_sites') }).waitFor();
    await panel.getByRole('textbox', { name: say(language, 'panel_draft_label') }).waitFor();

    // The site opens only now: a reply box on the page would take the panel's place for links.
    site = await extension.context.newPage();
    site.setDefaultTimeout(8_000);
    await site.goto(THREAD_URL);
    await site.locator('textarea.autosuggest-textarea__textarea').click();
    await site.keyboard.type('We apologize for any inconvenience.');
    await panel
      .getByRole('heading', {
        name: say(language, 'panel_composer_heading_to', {
          kind: say(language, 'panel_kind_reply'),
          place: 'Mastodon',
          who: 'Dana K',
        }),
      })
      .waitFor();
    await panel.getByRole('button', { name: say(language, 'panel_use_own_draft') }).waitFor();
    const text = await panel.locator('body').innerText();
    for (const english of englishOnly(language, 'panel_')) expect(text).not.toContain(english);
  });

  it('the badge beside the reply box speaks the UI language', async () => {
    const badge = site.locator('replykit-badge button');
    await expect
      .poll(() => badge.getAttribute('aria-label'))
      .toContain(say(language, 'content_badge_open'));
    expect(await badge.getAttribute('aria-label')).toMatch(/^Replykit: /);
  });
});

describe('the content script', () => {
  it('reads its texts from _locales and carries none of them', () => {
    const script = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
    expect(script).toContain('content_badge_open');
    for (const [key, entry] of Object.entries(CATALOG)) {
      for (const text of [entry.en, entry.de, entry.sv]) {
        if (text.length >= 12) expect(script, key).not.toContain(text);
      }
    }
  });
});
