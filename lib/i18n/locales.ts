import { placeholdersOf } from './placeholders';
import { UI_LANGUAGES, type Catalog, type UiLanguage } from './types';

interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}

// chrome.i18n substitutes `$name$` from declared placeholders; a literal `$` must be written `$$`.
function toChromeMessage(text: string, description?: string): ChromeMessage {
  const names = placeholdersOf(text);
  const message = text
    .replaceAll('$', '$$$$')
    .replace(/\{([a-z][a-zA-Z0-9]*)\}/g, (_, name: string) => `$${name}$`);
  const out: ChromeMessage = { message };
  if (description) out.description = description;
  if (names.length > 0) {
    out.placeholders = Object.fromEntries(
      names.map((name, index) => [name.toLowerCase(), { content: `$${index + 1}` }]),
    );
  }
  return out;
}

/** The `_locales/<lang>/messages.json` content of one language. */
export function chromeMessages(
  catalog: Catalog,
  language: UiLanguage,
): Record<string, ChromeMessage> {
  return Object.fromEntries(
    Object.entries(catalog).map(([key, entry]) => [
      key,
      toChromeMessage(entry[language], entry.description),
    ]),
  );
}

/** Every locale file the build writes, path → JSON text. */
export function localeFiles(catalog: Catalog): { relativeDest: string; contents: string }[] {
  return UI_LANGUAGES.map((language) => ({
    relativeDest: `_locales/${language}/messages.json`,
    contents: `${JSON.stringify(chromeMessages(catalog, language), null, 2)}\n`,
  }));
}

/**
 * What chrome.i18n.getMessage returns for a message, done in plain code: for Node (CLI, tests)
 * and for checking the generated files against the browser's own substitution.
 */
export function formatMessage(
  catalog: Catalog,
  language: UiLanguage,
  key: string,
  substitutions: readonly string[] = [],
): string {
  const entry = catalog[key];
  if (!entry) return '';
  const names = placeholdersOf(entry.en);
  return entry[language].replace(/\{([a-z][a-zA-Z0-9]*)\}/g, (whole, name: string) => {
    const index = names.indexOf(name);
    return index >= 0 ? (substitutions[index] ?? '') : whole;
  });
}
