import type { Catalog } from '../types';

/**
 * The side panel's strings. chrome.i18n has no plural rules: a count gets one key per form,
 * `…_one` and `…_other`, and the code picks by `count === 1` (right for English, German and
 * Swedish).
 */
export const panel = {
  panel_subtitle: {
    en: 'Draft checker',
    de: 'Entwurfsprüfung',
    sv: 'Utkastgranskning',
    description: 'Subtitle under the product name at the top of the side panel.',
  },
  panel_footer: {
    en: 'Checked on this device. Nothing leaves your browser.',
    de: 'Auf diesem Gerät geprüft. Nichts verlässt den Browser.',
    sv: 'Granskat på den här enheten. Inget lämnar din webbläsare.',
  },
  panel_fix_stale: {
    en: 'The reply changed while the fix was on its way: the check has updated, try again.',
    de: 'Die Antwort hat sich geändert, während die Korrektur unterwegs war: Die Prüfung ist aktualisiert, bitte erneut versuchen.',
    sv: 'Svaret ändrades medan rättelsen var på väg: granskningen är uppdaterad, försök igen.',
  },
  panel_fix_failed: {
    en: 'The reply box did not take the fix. Edit it by hand, or click into it and try again.',
    de: 'Das Antwortfeld hat die Korrektur nicht übernommen. Bitte von Hand bearbeiten oder in das Feld klicken und erneut versuchen.',
    sv: 'Svarsrutan tog inte emot rättelsen. Redigera för hand, eller klicka i rutan och försök igen.',
  },
  panel_box_gone: {
    en: 'The reply box is gone: reload the page and try again.',
    de: 'Das Antwortfeld ist nicht mehr da: Seite neu laden und erneut versuchen.',
    sv: 'Svarsrutan finns inte längre: ladda om sidan och försök igen.',
  },

  panel_context_legend: {
    en: 'Reply context',
    de: 'Kontext der Antwort',
    sv: 'Svarets sammanhang',
  },
  panel_platform_label: { en: 'Platform', de: 'Plattform', sv: 'Plattform' },
  panel_platform_other: {
    en: 'Other site',
    de: 'Andere Website',
    sv: 'Annan webbplats',
    description: 'The platform choice for any site Replykit has no adapter for.',
  },
  panel_language_label: { en: 'Language', de: 'Sprache', sv: 'Språk' },
  panel_language_auto: {
    en: 'Auto',
    de: 'Automatisch',
    sv: 'Automatiskt',
    description: 'Language choice: detect the language of the reply.',
  },
  panel_customer_name_label: {
    en: 'Customer’s name',
    de: 'Kundenname',
    sv: 'Kundens namn',
  },
  panel_optional: { en: '(optional)', de: '(optional)', sv: '(valfritt)' },
  panel_customer_name_placeholder: {
    en: 'e.g. Sam',
    de: 'z. B. Sam',
    sv: 't.ex. Sam',
  },
  panel_initials_label: { en: 'Your initials', de: 'Eigene Initialen', sv: 'Dina initialer' },
  panel_initials_placeholder: { en: 'e.g. JD', de: 'z. B. JD', sv: 't.ex. JD' },
  panel_initials_hint: {
    en: 'Used for the sign-off the voice pack asks for on some platforms.',
    de: 'Für die Grußformel, die das Stimmpaket auf manchen Plattformen verlangt.',
    sv: 'Används i den avslutning som röstpaketet kräver på vissa plattformar.',
  },

  panel_draft_label: { en: 'Draft reply', de: 'Antwortentwurf', sv: 'Svarsutkast' },
  panel_draft_label_live: {
    en: 'Draft reply (live from the {place} reply box)',
    de: 'Antwortentwurf (live aus dem Antwortfeld auf {place})',
    sv: 'Svarsutkast (direkt från svarsrutan på {place})',
    description: '{place}: a platform name such as LinkedIn, or a site’s host name.',
  },
  panel_draft_placeholder: {
    en: 'Type or paste the reply you are about to send',
    de: 'Die Antwort, die gesendet werden soll, hier eingeben oder einfügen',
    sv: 'Skriv eller klistra in svaret du tänker skicka',
  },
  panel_draft_placeholder_live: {
    en: 'Write in the reply box on the page; Replykit checks it here',
    de: 'Im Antwortfeld auf der Seite schreiben; Replykit prüft den Text hier',
    sv: 'Skriv i svarsrutan på sidan; Replykit granskar texten här',
  },
  panel_length_unlimited_one: {
    en: '{count} character on {place}',
    de: '{count} Zeichen auf {place}',
    sv: '{count} tecken på {place}',
  },
  panel_length_unlimited_other: {
    en: '{count} characters on {place}',
    de: '{count} Zeichen auf {place}',
    sv: '{count} tecken på {place}',
  },
  panel_length_of_limit: {
    en: '{count} / {limit}',
    de: '{count} / {limit}',
    sv: '{count} / {limit}',
    description: 'Draft length against the platform’s limit, followed by the next message.',
  },
  panel_length_within: {
    en: 'characters on {place}',
    de: 'Zeichen auf {place}',
    sv: 'tecken på {place}',
    description: 'Follows “120 / 280”.',
  },
  panel_length_over: {
    en: '{over} over the {place} limit',
    de: '{over} über dem Limit von {place}',
    sv: '{over} över gränsen för {place}',
    description: 'Follows “300 / 280 ·”; {over} is a number of characters.',
  },

  panel_severity_error: { en: 'Error', de: 'Fehler', sv: 'Fel' },
  panel_severity_warning: { en: 'Warning', de: 'Warnung', sv: 'Varning' },
  panel_severity_suggestion: { en: 'Suggestion', de: 'Vorschlag', sv: 'Förslag' },
  panel_count_error_one: { en: '{count} error', de: '{count} Fehler', sv: '{count} fel' },
  panel_count_error_other: { en: '{count} errors', de: '{count} Fehler', sv: '{count} fel' },
  panel_count_warning_one: {
    en: '{count} warning',
    de: '{count} Warnung',
    sv: '{count} varning',
  },
  panel_count_warning_other: {
    en: '{count} warnings',
    de: '{count} Warnungen',
    sv: '{count} varningar',
  },
  panel_count_suggestion_one: {
    en: '{count} suggestion',
    de: '{count} Vorschlag',
    sv: '{count} förslag',
  },
  panel_count_suggestion_other: {
    en: '{count} suggestions',
    de: '{count} Vorschläge',
    sv: '{count} förslag',
  },
  panel_category_brand: { en: 'Brand voice', de: 'Markenstimme', sv: 'Varumärkets röst' },
  panel_category_accessibility: {
    en: 'Accessibility',
    de: 'Barrierefreiheit',
    sv: 'Tillgänglighet',
  },
  panel_category_inclusive: {
    en: 'Inclusive language',
    de: 'Inklusive Sprache',
    sv: 'Inkluderande språk',
  },
  panel_category_human: { en: 'Human voice', de: 'Menschlicher Ton', sv: 'Mänsklig ton' },
  panel_category_length: { en: 'Length', de: 'Länge', sv: 'Längd' },

  panel_findings_heading: { en: 'Findings', de: 'Hinweise', sv: 'Anmärkningar' },
  panel_findings_empty: {
    en: 'Type or paste a reply to check it.',
    de: 'Eine Antwort eingeben oder einfügen, um sie zu prüfen.',
    sv: 'Skriv eller klistra in ett svar för att granska det.',
  },
  panel_findings_none: { en: 'No findings', de: 'Keine Hinweise', sv: 'Inga anmärkningar' },
  panel_findings_clean: {
    en: 'Nothing to fix: this reply reads like a person wrote it, in the brand’s voice.',
    de: 'Nichts zu korrigieren: Diese Antwort liest sich, als hätte sie ein Mensch geschrieben, in der Stimme der Marke.',
    sv: 'Inget att rätta: svaret låter som om en människa skrivit det, med varumärkets röst.',
  },
  panel_finding_in_draft: {
    en: 'In the draft:',
    de: 'Im Entwurf:',
    sv: 'I utkastet:',
    description: 'For screen readers, before the flagged part of the draft.',
  },
  panel_finding_show: {
    en: 'Show in draft',
    de: 'Im Entwurf zeigen',
    sv: 'Visa i utkastet',
  },
  panel_finding_learn_more: { en: 'Learn more', de: 'Mehr erfahren', sv: 'Läs mer' },
  panel_finding_learn_more_about: {
    en: 'about {message} (opens in a new tab)',
    de: 'zu „{message}“ (öffnet in einem neuen Tab)',
    sv: 'om ”{message}” (öppnas i en ny flik)',
    description: 'For screen readers, after “Learn more”; {message} is the finding.',
  },

  panel_insert: {
    en: 'Insert into the {place} reply box',
    de: 'In das Antwortfeld auf {place} einfügen',
    sv: 'Infoga i svarsrutan på {place}',
  },
  panel_follow_again: {
    en: 'Follow the reply box again',
    de: 'Wieder dem Antwortfeld folgen',
    sv: 'Följ svarsrutan igen',
  },
  panel_other_sites: {
    en: 'Use Replykit on another site',
    de: 'Replykit auf einer anderen Website verwenden',
    sv: 'Använd Replykit på en annan webbplats',
  },

  panel_kind_reply: { en: 'Reply', de: 'Antwort', sv: 'Svar' },
  panel_kind_comment: { en: 'Comment', de: 'Kommentar', sv: 'Kommentar' },
  panel_kind_quote: { en: 'Quote', de: 'Zitat', sv: 'Citat' },
  panel_kind_direct_message: { en: 'Message', de: 'Nachricht', sv: 'Meddelande' },
  panel_place_this_site: {
    en: 'this site',
    de: 'dieser Website',
    sv: 'den här webbplatsen',
    description: 'Stands for {place} when a site has no usable address.',
  },
  panel_composer_heading: {
    en: '{kind} on {place}',
    de: '{kind} auf {place}',
    sv: '{kind} på {place}',
    description: '{kind}: Reply, Comment, Quote or Message; {place}: platform or host name.',
  },
  panel_composer_heading_to: {
    en: '{kind} on {place} to {who}',
    de: '{kind} auf {place} an {who}',
    sv: '{kind} på {place} till {who}',
    description: '{who}: the customer’s name or @handle.',
  },
  panel_use_own_draft: {
    en: 'Use my own draft',
    de: 'Eigenen Entwurf verwenden',
    sv: 'Använd mitt eget utkast',
  },
  panel_earlier_one: {
    en: '{count} earlier message from them on this page.',
    de: '{count} frühere Nachricht dieser Person auf dieser Seite.',
    sv: '{count} tidigare meddelande från personen på den här sidan.',
  },
  panel_earlier_other: {
    en: '{count} earlier messages from them on this page.',
    de: '{count} frühere Nachrichten dieser Person auf dieser Seite.',
    sv: '{count} tidigare meddelanden från personen på den här sidan.',
  },
  panel_generic_layout: {
    en: 'Layout not recognized, generic mode: the reply box works, but the customer’s details could not be read.',
    de: 'Layout nicht erkannt, allgemeiner Modus: Das Antwortfeld funktioniert, aber die Kundendaten konnten nicht gelesen werden.',
    sv: 'Layouten kändes inte igen, allmänt läge: svarsrutan fungerar, men kundens uppgifter kunde inte läsas.',
  },
  panel_reply_sent_one: { en: 'Reply sent.', de: 'Antwort gesendet.', sv: 'Svaret skickat.' },
  panel_reply_sent_other: {
    en: '{count} replies sent.',
    de: '{count} Antworten gesendet.',
    sv: '{count} svar skickade.',
  },
  panel_problems_label: {
    en: 'Problems reading the page',
    de: 'Probleme beim Lesen der Seite',
    sv: 'Problem med att läsa sidan',
  },
  panel_problem_read: {
    en: 'Could not read {reader} on {platform}: {message}',
    de: '{reader} auf {platform} konnte nicht gelesen werden: {message}',
    sv: 'Kunde inte läsa {reader} på {platform}: {message}',
    description: '{reader} is a technical name such as reply.read; {message} a technical error.',
  },
} as const satisfies Catalog;
