/** The languages the extension's own interface is written in (the browser's UI language picks one). */
export const UI_LANGUAGES = ['en', 'de', 'sv'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * One message in every UI language. Placeholders are named in braces, `{count}`, and must be the
 * same in every language (a test holds them to it). `description` tells translators the context.
 */
export interface CatalogEntry {
  en: string;
  de: string;
  sv: string;
  description?: string;
}

/** Message names become chrome.i18n names, which allow only ASCII letters, digits and `_`. */
export type Catalog = Record<string, CatalogEntry>;
