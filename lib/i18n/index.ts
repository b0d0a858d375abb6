import { browser } from 'wxt/browser';
import type { MessageKey, Messages } from './catalog';
import type { PlaceholderNames } from './placeholders';

// WXT types getMessage from files in public/_locales; ours are generated at build from the catalog.
const getMessage = (name: string, substitutions: string[]): string =>
  (browser.i18n.getMessage as (name: string, substitutions?: string[]) => string)(
    name,
    substitutions,
  );

type Values<K extends MessageKey> = [PlaceholderNames<Messages[K]['en']>] extends [never]
  ? []
  : [values: Record<PlaceholderNames<Messages[K]['en']>, string | number>];

/**
 * A message of the extension's interface in the browser's UI language. Values fill the message's
 * `{placeholders}`; page text passed as a value stays text (React renders it as text).
 * The catalog is only a type here: the texts come from `_locales`, not from the bundle.
 */
export function t<K extends MessageKey>(key: K, ...values: Values<K>): string {
  const given = (values[0] ?? {}) as Record<string, string | number>;
  const substitutions = Object.keys(given)
    .sort()
    .map((name) => String(given[name]));
  // A missing message would show as an empty string; the key is at least findable.
  return getMessage(key, substitutions) || key;
}

/** The UI language the browser chose among ours, for formatting numbers and dates to match. */
export function uiLanguage(): 'en' | 'de' | 'sv' {
  // Asked of the messages themselves, so it always matches the text t() shows: a Chromium without
  // its own locale files reports en-US from getUILanguage() while it shows _locales/de for de.
  const language = (getMessage('ui_language', []) || browser.i18n.getUILanguage()).slice(0, 2);
  return language === 'de' || language === 'sv' ? language : 'en';
}
