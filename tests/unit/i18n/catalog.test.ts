import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../lib/i18n/catalog';
import { chromeMessages, formatMessage, localeFiles } from '../../../lib/i18n/locales';
import { placeholdersOf } from '../../../lib/i18n/placeholders';
import { UI_LANGUAGES } from '../../../lib/i18n/types';
import { t } from '../../../lib/i18n';
import { setTestUiLanguage } from '../setup';

const entries = Object.entries(CATALOG) as [string, Record<string, string>][];

/** chrome.i18n's substitution, as documented: `$name$` → the placeholder's `$n` content; `$$` → `$`. */
function chromeSubstitute(
  message: { message: string; placeholders?: Record<string, { content: string }> },
  substitutions: string[],
): string {
  return message.message.replace(/\$\$|\$([a-zA-Z0-9_@]+)\$/g, (whole, name?: string) => {
    if (!name) return '$';
    const content = message.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  });
}

describe('the message catalog', () => {
  it.each(entries)('%s is written in every UI language with the same placeholders', (_, entry) => {
    const expected = placeholdersOf(entry.en!);
    for (const language of UI_LANGUAGES) {
      expect(entry[language]?.trim(), language).toBeTruthy();
      expect(placeholdersOf(entry[language]!), language).toEqual(expected);
    }
  });

  it('uses only names chrome.i18n accepts', () => {
    for (const [key] of entries) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('writes one messages.json per UI language, read back the way Chrome substitutes', () => {
    const files = localeFiles(CATALOG);
    expect(files.map((file) => file.relativeDest)).toEqual(
      UI_LANGUAGES.map((language) => `_locales/${language}/messages.json`),
    );
    for (const language of UI_LANGUAGES) {
      const messages = chromeMessages(CATALOG, language);
      for (const [key, entry] of entries) {
        const names = placeholdersOf(entry.en!);
        const values = names.map((name) => `<${name} $1 $$>`);
        expect(chromeSubstitute(messages[key]!, values)).toBe(
          formatMessage(CATALOG, language, key, values),
        );
      }
    }
  });

  it('t() reads the browser UI language', () => {
    setTestUiLanguage('de');
    expect(t('action_title')).toBe('Replykit öffnen');
    setTestUiLanguage('sv');
    expect(t('action_title')).toBe('Öppna Replykit');
    setTestUiLanguage('en');
    expect(t('action_title')).toBe('Open Replykit');
  });
});
