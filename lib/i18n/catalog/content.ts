import type { Catalog } from '../types';

/**
 * The badge the content script shows beside the reply box: its accessible name and tooltip.
 * Sentences are joined with a space in code; counts have `_one`/`_other` keys (no plural rules
 * in chrome.i18n).
 */
export const content = {
  content_badge_unchecked: {
    en: 'Replykit: open the side panel to check this reply.',
    de: 'Replykit: Seitenleiste öffnen, um diese Antwort zu prüfen.',
    sv: 'Replykit: öppna sidopanelen för att granska svaret.',
  },
  content_badge_summary: {
    en: 'Replykit: {findings}.',
    de: 'Replykit: {findings}.',
    sv: 'Replykit: {findings}.',
    description: '{findings}: “3 findings”.',
  },
  content_badge_summary_errors: {
    en: 'Replykit: {findings}, {errors}.',
    de: 'Replykit: {findings}, davon {errors}.',
    sv: 'Replykit: {findings}, varav {errors}.',
    description: '{findings}: “3 findings”; {errors}: “1 error”, counted among the findings.',
  },
  content_badge_findings_one: {
    en: '{count} finding',
    de: '{count} Hinweis',
    sv: '{count} anmärkning',
  },
  content_badge_findings_other: {
    en: '{count} findings',
    de: '{count} Hinweise',
    sv: '{count} anmärkningar',
  },
  content_badge_errors_one: { en: '{count} error', de: '{count} Fehler', sv: '{count} fel' },
  content_badge_errors_other: { en: '{count} errors', de: '{count} Fehler', sv: '{count} fel' },
  content_badge_returning: {
    en: 'Returning customer.',
    de: 'Wiederkehrende Kundschaft.',
    sv: 'Återkommande kund.',
  },
  content_badge_first_contact: {
    en: 'First contact.',
    de: 'Erster Kontakt.',
    sv: 'Första kontakten.',
  },
  content_badge_open: {
    en: 'Open the side panel.',
    de: 'Seitenleiste öffnen.',
    sv: 'Öppna sidopanelen.',
  },
} as const satisfies Catalog;
