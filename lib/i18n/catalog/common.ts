import type { Catalog } from '../types';

/** The extension's name and the strings the manifest shows in the browser's own UI. */
export const common = {
  ext_name: { en: 'Replykit', de: 'Replykit', sv: 'Replykit', description: 'Product name.' },
  ext_description: {
    en: 'Replies that sound like a person: brand voice, accessibility and customer memory beside the reply box.',
    de: 'Antworten, die nach einem Menschen klingen: Markenstimme, Barrierefreiheit und Kundengedächtnis direkt neben dem Antwortfeld.',
    sv: 'Svar som låter som en människa: varumärkets röst, tillgänglighet och kundminne bredvid svarsrutan.',
    description: 'Store and extensions-page description.',
  },
  action_title: {
    en: 'Open Replykit',
    de: 'Replykit öffnen',
    sv: 'Öppna Replykit',
    description: 'Toolbar button tooltip and the keyboard command that opens the panel.',
  },
  ui_language: {
    en: 'en',
    de: 'de',
    sv: 'sv',
    description:
      'The code of the language these messages are in (for <html lang>): do not translate.',
  },
} as const satisfies Catalog;
