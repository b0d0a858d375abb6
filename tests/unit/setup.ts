import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CATALOG } from '../../lib/i18n/catalog';
import { formatMessage } from '../../lib/i18n/locales';
import type { UiLanguage } from '../../lib/i18n/types';

// WXT's fake browser has no i18n. Answer from the real catalog, the way chrome.i18n answers from
// the generated _locales files (tests/unit/i18n checks the two agree), in English unless a test
// sets another UI language.
let uiLanguage: UiLanguage = 'en';

export function setTestUiLanguage(language: UiLanguage): void {
  uiLanguage = language;
}

fakeBrowser.i18n.getMessage = ((name: string, substitutions?: string | string[]) =>
  formatMessage(
    CATALOG,
    uiLanguage,
    name,
    substitutions === undefined ? [] : ([] as string[]).concat(substitutions),
  )) as typeof fakeBrowser.i18n.getMessage;
fakeBrowser.i18n.getUILanguage = () => uiLanguage;
