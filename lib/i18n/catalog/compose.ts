import type { Catalog } from '../types';

/**
 * The side panel's reading of the customer's message and its suggestions: customer card,
 * analysis, escalation and abuse guidance, service hours, suggestions, panel states and keys.
 * Counts get `…_one` / `…_other` (chrome.i18n has no plural rules).
 */
export const compose = {
  // Customer card
  compose_customer_heading: { en: 'Customer', de: 'Kunde', sv: 'Kund' },
  compose_customer_unknown: {
    en: 'Name not shown on the page',
    de: 'Name auf der Seite nicht zu sehen',
    sv: 'Namnet syns inte på sidan',
  },
  compose_customer_where: {
    en: '{kind} on {platform}',
    de: '{kind} auf {platform}',
    sv: '{kind} på {platform}',
    description: 'Where the customer is answered, e.g. "Reply on X".',
  },
  compose_customer_first_contact: {
    en: 'First contact',
    de: 'Erster Kontakt',
    sv: 'Första kontakten',
  },
  compose_customer_returning_one: {
    en: 'Returning · {count} conversation · last on {platform}, {date}',
    de: 'Bekannt · {count} Gespräch · zuletzt auf {platform}, {date}',
    sv: 'Återkommande · {count} samtal · senast på {platform}, {date}',
  },
  compose_customer_returning_other: {
    en: 'Returning · {count} conversations · last on {platform}, {date}',
    de: 'Bekannt · {count} Gespräche · zuletzt auf {platform}, {date}',
    sv: 'Återkommande · {count} samtal · senast på {platform}, {date}',
  },
  compose_customer_history_unknown: {
    en: 'No earlier conversations on record: customer memory is not set up yet.',
    de: 'Keine früheren Gespräche gespeichert: Das Kundengedächtnis ist noch nicht eingerichtet.',
    sv: 'Inga tidigare samtal sparade: kundminnet är inte igång än.',
  },

  // The customer's message
  compose_message_label: {
    en: 'Customer’s message',
    de: 'Nachricht des Kunden',
    sv: 'Kundens meddelande',
  },
  compose_message_hint: {
    en: 'Paste the message you are answering to get three suggested replies.',
    de: 'Die Nachricht einfügen, auf die geantwortet wird: Dann kommen drei Antwortvorschläge.',
    sv: 'Klistra in meddelandet du svarar på så får du tre svarsförslag.',
  },

  // Analysis
  compose_analysis_heading: {
    en: 'Their message',
    de: 'Ihre Nachricht',
    sv: 'Deras meddelande',
    description: 'Heading over the reading of the customer’s message (language, intent, mood).',
  },
  compose_analysis_working: {
    en: 'Reading the message…',
    de: 'Nachricht wird gelesen …',
    sv: 'Läser meddelandet …',
  },
  compose_analysis_failed: {
    en: 'Could not read the message. Reopen the panel to try again.',
    de: 'Die Nachricht konnte nicht gelesen werden. Zum erneuten Versuch das Panel neu öffnen.',
    sv: 'Meddelandet gick inte att läsa. Öppna panelen igen för att försöka på nytt.',
  },
  compose_analysis_language: { en: 'Language', de: 'Sprache', sv: 'Språk' },
  compose_analysis_language_assumed: {
    en: '{language} (assumed: too short to tell)',
    de: '{language} (angenommen: zu kurz zum Erkennen)',
    sv: '{language} (antaget: för kort för att avgöra)',
  },
  compose_analysis_intent: { en: 'About', de: 'Worum es geht', sv: 'Handlar om' },
  compose_analysis_intent_two: {
    en: '{first}, also {second}',
    de: '{first}, außerdem {second}',
    sv: '{first}, även {second}',
  },
  compose_analysis_intensity: { en: 'Mood', de: 'Stimmung', sv: 'Stämning' },
  compose_analysis_intensity_signals: {
    en: '{intensity} ({signals})',
    de: '{intensity} ({signals})',
    sv: '{intensity} ({signals})',
    description:
      'The mood with the signs it was read from, e.g. "angry (capitals, exclamation marks)".',
  },
  compose_analysis_entities: { en: 'Mentions', de: 'Erwähnt', sv: 'Nämner' },
  compose_analysis_topic: { en: 'Topic', de: 'Thema', sv: 'Ämne' },

  compose_language_en: { en: 'English', de: 'Englisch', sv: 'Engelska' },
  compose_language_de: { en: 'German', de: 'Deutsch', sv: 'Tyska' },
  compose_language_sv: { en: 'Swedish', de: 'Schwedisch', sv: 'Svenska' },

  compose_intent_question: { en: 'a question', de: 'eine Frage', sv: 'en fråga' },
  compose_intent_complaint: { en: 'a complaint', de: 'eine Beschwerde', sv: 'ett klagomål' },
  compose_intent_praise: { en: 'praise or thanks', de: 'Lob oder Dank', sv: 'beröm eller tack' },
  compose_intent_delivery: {
    en: 'an order or delivery',
    de: 'eine Bestellung oder Lieferung',
    sv: 'en beställning eller leverans',
  },
  compose_intent_refund: {
    en: 'a refund or billing',
    de: 'eine Erstattung oder Rechnung',
    sv: 'en återbetalning eller faktura',
  },
  compose_intent_outage: {
    en: 'a bug or outage',
    de: 'einen Fehler oder Ausfall',
    sv: 'ett fel eller avbrott',
  },
  compose_intent_feature_request: {
    en: 'a feature request',
    de: 'einen Funktionswunsch',
    sv: 'ett önskemål om en funktion',
  },
  compose_intent_account: {
    en: 'an account or login',
    de: 'ein Konto oder die Anmeldung',
    sv: 'ett konto eller inloggning',
  },
  compose_intent_abuse: {
    en: 'abuse or trolling',
    de: 'Beleidigung oder Trollerei',
    sv: 'påhopp eller trollande',
  },
  compose_intent_mention: {
    en: 'a general mention',
    de: 'eine allgemeine Erwähnung',
    sv: 'ett allmänt omnämnande',
  },

  compose_intensity_calm: { en: 'calm', de: 'ruhig', sv: 'lugn' },
  compose_intensity_annoyed: { en: 'annoyed', de: 'verärgert', sv: 'irriterad' },
  compose_intensity_angry: { en: 'angry', de: 'wütend', sv: 'arg' },
  compose_intensity_distressed: {
    en: 'distressed',
    de: 'aufgewühlt und belastet',
    sv: 'upprörd och pressad',
    description: 'Upset and vulnerable rather than angry.',
  },

  compose_signal_caps: { en: 'capitals', de: 'Großbuchstaben', sv: 'versaler' },
  compose_signal_exclamations: {
    en: 'exclamation marks',
    de: 'Ausrufezeichen',
    sv: 'utropstecken',
  },
  compose_signal_negation: {
    en: 'negated praise',
    de: 'verneintes Lob',
    sv: 'nekat beröm',
    description: 'Signal: "not happy", "nicht zufrieden".',
  },
  compose_signal_sarcasm: {
    en: 'sarcasm',
    de: 'Sarkasmus',
    sv: 'sarkasm',
  },
  compose_signal_emoji: { en: 'emoji', de: 'Emojis', sv: 'emojier' },
  compose_signal_intensifier: {
    en: 'strong words',
    de: 'Verstärkungen',
    sv: 'förstärkningsord',
  },
  compose_signal_profanity: { en: 'swearing', de: 'Fluchen', sv: 'svordomar' },
  compose_signal_distress_words: {
    en: 'words of distress',
    de: 'Worte der Not',
    sv: 'ord som visar nöd',
  },
  compose_signal_other: {
    en: 'other signs',
    de: 'weitere Anzeichen',
    sv: 'andra tecken',
  },

  compose_entity_names: { en: 'Names', de: 'Namen', sv: 'Namn' },
  compose_entity_orders: {
    en: 'Order or ticket numbers',
    de: 'Bestell- oder Ticketnummern',
    sv: 'Order- eller ärendenummer',
  },
  compose_entity_products: { en: 'Products', de: 'Produkte', sv: 'Produkter' },
  compose_entity_dates: { en: 'Dates', de: 'Daten', sv: 'Datum' },
  compose_entity_emails: {
    en: 'E-mail addresses (keep them out of a public reply)',
    de: 'E-Mail-Adressen (nicht in einer öffentlichen Antwort wiederholen)',
    sv: 'E-postadresser (upprepa dem inte i ett offentligt svar)',
  },

  // Escalation
  compose_escalation_heading: {
    en: 'Needs more than a reply',
    de: 'Braucht mehr als eine Antwort',
    sv: 'Behöver mer än ett svar',
  },
  compose_escalation_cue: {
    en: 'Because of: {cue} (“{evidence}”)',
    de: 'Anlass: {cue} („{evidence}“)',
    sv: 'Därför att: {cue} (”{evidence}”)',
  },
  compose_escalation_severity: {
    en: 'Severity: {severity}',
    de: 'Dringlichkeit: {severity}',
    sv: 'Allvarlighet: {severity}',
  },
  compose_escalation_steps: { en: 'What to do', de: 'Was zu tun ist', sv: 'Gör så här' },
  compose_escalation_hand_off: {
    en: 'Hand off to: {who}',
    de: 'Übergeben an: {who}',
    sv: 'Lämna över till: {who}',
  },
  compose_escalation_holding: {
    en: 'Holding reply',
    de: 'Erste Antwort zum Überbrücken',
    sv: 'Första svar i väntan',
  },
  compose_escalation_no_playbook: {
    en: 'The voice pack has no playbook for this: ask your team lead before replying.',
    de: 'Das Stimmpaket hat dafür keinen Ablauf: Vor der Antwort die Teamleitung fragen.',
    sv: 'Röstpaketet har ingen plan för detta: fråga din teamledare innan du svarar.',
  },
  compose_severity_low: { en: 'low', de: 'niedrig', sv: 'låg' },
  compose_severity_medium: { en: 'medium', de: 'mittel', sv: 'medel' },
  compose_severity_high: { en: 'high', de: 'hoch', sv: 'hög' },
  compose_severity_critical: { en: 'critical', de: 'kritisch', sv: 'kritisk' },

  compose_cue_legal: { en: 'legal threat', de: 'rechtliche Drohung', sv: 'juridiskt hot' },
  compose_cue_safety: {
    en: 'safety or health',
    de: 'Sicherheit oder Gesundheit',
    sv: 'säkerhet eller hälsa',
  },
  compose_cue_harassment: { en: 'harassment', de: 'Belästigung', sv: 'trakasserier' },
  compose_cue_self_harm: {
    en: 'self-harm',
    de: 'Selbstgefährdung',
    sv: 'självskada',
  },
  compose_cue_press: {
    en: 'press or large audience',
    de: 'Presse oder großes Publikum',
    sv: 'press eller stor publik',
  },
  compose_cue_privacy: {
    en: 'data or privacy breach',
    de: 'Datenpanne oder Datenschutz',
    sv: 'dataläcka eller integritet',
  },
  compose_cue_repeat_contact: {
    en: 'third unresolved contact',
    de: 'dritter ungelöster Kontakt',
    sv: 'tredje olösta kontakten',
  },

  // Abuse, service hours
  compose_abuse_heading: {
    en: 'Abuse or trolling',
    de: 'Beleidigung oder Trollerei',
    sv: 'Påhopp eller trollande',
  },
  compose_abuse_no_reply: {
    en: 'Your voice pack offers no reply here: don’t feed it.',
    de: 'Das Stimmpaket sieht hier keine Antwort vor: nicht darauf eingehen.',
    sv: 'Röstpaketet föreslår inget svar här: ge det ingen näring.',
  },
  compose_abuse_reply_allowed: {
    en: 'If there is a real problem underneath, one calm reply that sets a boundary is below.',
    de: 'Steckt ein echtes Problem dahinter: Unten steht eine ruhige Antwort, die eine Grenze zieht.',
    sv: 'Om det finns ett verkligt problem bakom: nedan finns ett lugnt svar som sätter en gräns.',
  },
  compose_after_hours: {
    en: 'Outside service hours. A person is back {time} ({zone}); the suggestions say so.',
    de: 'Außerhalb der Servicezeiten. Ab {time} ({zone}) ist wieder jemand da; die Vorschläge sagen das.',
    sv: 'Utanför öppettiderna. Någon är tillbaka {time} ({zone}); förslagen säger det.',
  },

  // Suggestions
  compose_suggestions_heading: {
    en: 'Suggested replies',
    de: 'Antwortvorschläge',
    sv: 'Svarsförslag',
  },
  compose_suggestions_none: {
    en: 'No suggestion passed the voice pack’s check for this message. Write the reply yourself.',
    de: 'Kein Vorschlag hat die Prüfung des Stimmpakets bestanden. Bitte selbst antworten.',
    sv: 'Inget förslag klarade röstpaketets granskning. Skriv svaret själv.',
  },
  compose_suggestion_label: {
    en: 'Suggestion {number}: {shape}',
    de: 'Vorschlag {number}: {shape}',
    sv: 'Förslag {number}: {shape}',
  },
  compose_shape_short: { en: 'short', de: 'kurz', sv: 'kort' },
  compose_shape_warm: {
    en: 'warm and complete',
    de: 'herzlich und vollständig',
    sv: 'varmt och fullständigt',
  },
  compose_shape_question: {
    en: 'asks a question',
    de: 'mit einer Rückfrage',
    sv: 'ställer en fråga',
  },
  compose_suggestion_findings_none: {
    en: 'Passes the check',
    de: 'Besteht die Prüfung',
    sv: 'Klarar granskningen',
  },
  compose_suggestion_findings_one: {
    en: '{count} remaining hint',
    de: '{count} Hinweis bleibt',
    sv: '{count} anmärkning kvar',
  },
  compose_suggestion_findings_other: {
    en: '{count} remaining hints',
    de: '{count} Hinweise bleiben',
    sv: '{count} anmärkningar kvar',
  },
  compose_insert: { en: 'Insert', de: 'Einfügen', sv: 'Infoga' },
  compose_insert_label: {
    en: 'Insert suggestion {number}, replacing the reply box’s text',
    de: 'Vorschlag {number} einfügen und den Text im Antwortfeld ersetzen',
    sv: 'Infoga förslag {number} och ersätt texten i svarsrutan',
  },
  compose_insert_caret: { en: 'Insert at caret', de: 'An der Schreibmarke', sv: 'Vid markören' },
  compose_insert_caret_label: {
    en: 'Insert at caret: suggestion {number}, where the cursor is in the reply box',
    de: 'Vorschlag {number} an der Schreibmarke im Antwortfeld einfügen',
    sv: 'Infoga förslag {number} vid markören i svarsrutan',
  },
  compose_copy: { en: 'Copy', de: 'Kopieren', sv: 'Kopiera' },
  compose_copy_label: {
    en: 'Copy suggestion {number}',
    de: 'Vorschlag {number} kopieren',
    sv: 'Kopiera förslag {number}',
  },
  compose_copied: { en: 'Copied', de: 'Kopiert', sv: 'Kopierat' },
  compose_copy_failed: {
    en: 'Could not copy: select the text and copy it by hand.',
    de: 'Kopieren ging nicht: Text markieren und von Hand kopieren.',
    sv: 'Det gick inte att kopiera: markera texten och kopiera för hand.',
  },
  compose_insert_holding_label: {
    en: 'Insert the holding reply into the reply box',
    de: 'Die Überbrückungsantwort ins Antwortfeld einfügen',
    sv: 'Infoga väntesvaret i svarsrutan',
  },
  compose_insert_nowhere: {
    en: 'No reply box to insert into: click into one on the page first.',
    de: 'Kein Antwortfeld zum Einfügen: Zuerst auf der Seite in eines klicken.',
    sv: 'Ingen svarsruta att infoga i: klicka först i en på sidan.',
  },
  compose_insert_failed: {
    en: 'The reply box did not take the text. Click into it and try again.',
    de: 'Das Antwortfeld hat den Text nicht übernommen. In das Feld klicken und erneut versuchen.',
    sv: 'Svarsrutan tog inte emot texten. Klicka i rutan och försök igen.',
  },

  // Findings by severity
  compose_findings_group_error: { en: 'Errors', de: 'Fehler', sv: 'Fel' },
  compose_findings_group_warning: { en: 'Warnings', de: 'Warnungen', sv: 'Varningar' },
  compose_findings_group_suggestion: { en: 'Suggestions', de: 'Vorschläge', sv: 'Förslag' },

  // Panel states
  compose_state_no_composer: {
    en: 'No reply box followed',
    de: 'Kein Antwortfeld verfolgt',
    sv: 'Ingen svarsruta följs',
  },
  compose_state_no_composer_help: {
    en: 'Click into a reply, comment or message box on a supported site (X, LinkedIn, Facebook, Instagram, YouTube, Reddit, Bluesky, Mastodon, Threads, WhatsApp, Messenger): this panel follows it. Anywhere else, paste the customer’s message and write your draft below.',
    de: 'In ein Antwort-, Kommentar- oder Nachrichtenfeld auf einer unterstützten Website klicken (X, LinkedIn, Facebook, Instagram, YouTube, Reddit, Bluesky, Mastodon, Threads, WhatsApp, Messenger): Dieses Panel folgt ihm. Anderswo die Nachricht des Kunden einfügen und den Entwurf unten schreiben.',
    sv: 'Klicka i en svars-, kommentars- eller meddelanderuta på en webbplats som stöds (X, LinkedIn, Facebook, Instagram, YouTube, Reddit, Bluesky, Mastodon, Threads, WhatsApp, Messenger): panelen följer den. På andra ställen klistrar du in kundens meddelande och skriver utkastet nedan.',
  },
  compose_state_not_enabled: {
    en: 'Replykit is not on {host}',
    de: 'Replykit ist auf {host} nicht aktiv',
    sv: 'Replykit är inte på {host}',
  },
  compose_state_not_enabled_help: {
    en: 'Replykit only reads sites you allow. Allow this one to follow its reply boxes with the generic reader (it checks your draft; it does not know who the customer is).',
    de: 'Replykit liest nur Websites, die erlaubt wurden. Diese erlauben, um ihre Antwortfelder mit dem allgemeinen Leser zu verfolgen (er prüft den Entwurf, kennt aber den Kunden nicht).',
    sv: 'Replykit läser bara webbplatser du tillåter. Tillåt den här för att följa dess svarsrutor med den allmänna läsaren (den granskar utkastet men vet inte vem kunden är).',
  },
  compose_enable_site: {
    en: 'Allow Replykit on {host}',
    de: 'Replykit auf {host} erlauben',
    sv: 'Tillåt Replykit på {host}',
  },
  compose_site_enabled: {
    en: 'Allowed. Reload the page, then click into a reply box.',
    de: 'Erlaubt. Die Seite neu laden und dann in ein Antwortfeld klicken.',
    sv: 'Tillåtet. Ladda om sidan och klicka sedan i en svarsruta.',
  },
  compose_site_refused: {
    en: 'Access was not granted. You can allow it later here or in the options.',
    de: 'Der Zugriff wurde nicht erteilt. Er lässt sich später hier oder in den Optionen erlauben.',
    sv: 'Åtkomst gavs inte. Du kan tillåta den senare här eller i inställningarna.',
  },
  compose_reload_page: {
    en: 'Reload the page',
    de: 'Seite neu laden',
    sv: 'Ladda om sidan',
  },
  compose_state_pack_invalid: {
    en: 'The team’s voice pack has problems',
    de: 'Das Stimmpaket des Teams hat Fehler',
    sv: 'Teamets röstpaket har fel',
  },
  compose_state_pack_last_good: {
    en: 'Using the last good version of “{name}” until it is fixed.',
    de: 'Bis zur Korrektur gilt die letzte fehlerfreie Version von „{name}“.',
    sv: 'Den senaste fungerande versionen av ”{name}” används tills felen är rättade.',
  },
  compose_state_pack_default: {
    en: 'Using the built-in default pack until it is fixed.',
    de: 'Bis zur Korrektur gilt das eingebaute Standardpaket.',
    sv: 'Det inbyggda standardpaketet används tills felen är rättade.',
  },

  // Keyboard
  compose_keys_heading: { en: 'Keyboard', de: 'Tastatur', sv: 'Tangentbord' },
  compose_keys_insert: {
    en: '1, 2, 3: insert suggestion 1, 2 or 3',
    de: '1, 2, 3: Vorschlag 1, 2 oder 3 einfügen',
    sv: '1, 2, 3: infoga förslag 1, 2 eller 3',
  },
  compose_keys_next: {
    en: 'n / Shift+n: next / previous finding',
    de: 'n / Umschalt+n: nächster / vorheriger Hinweis',
    sv: 'n / Skift+n: nästa / föregående anmärkning',
  },
  compose_keys_fix: {
    en: 'f: apply the fix of the current finding',
    de: 'f: Korrektur des aktuellen Hinweises anwenden',
    sv: 'f: använd rättelsen för den aktuella anmärkningen',
  },
  compose_keys_where: {
    en: 'These keys work while the focus is in the panel, outside text fields.',
    de: 'Diese Tasten wirken, solange der Fokus im Panel und außerhalb von Textfeldern ist.',
    sv: 'Tangenterna fungerar när fokus är i panelen, utanför textfält.',
  },
  compose_keys_global: {
    en: 'Anywhere in the browser: Alt+Shift+R opens the panel, Alt+Shift+1, 2, 3 insert a suggestion. Set keys for “next finding” and “apply fix” at chrome://extensions/shortcuts.',
    de: 'Überall im Browser: Alt+Umschalt+R öffnet das Panel, Alt+Umschalt+1, 2, 3 fügen einen Vorschlag ein. Tasten für „Nächster Hinweis“ und „Korrektur anwenden“ unter chrome://extensions/shortcuts festlegen.',
    sv: 'Var som helst i webbläsaren: Alt+Skift+R öppnar panelen, Alt+Skift+1, 2, 3 infogar ett förslag. Välj tangenter för ”Nästa anmärkning” och ”Använd rättelse” på chrome://extensions/shortcuts.',
  },

  // Manifest commands (chrome://extensions/shortcuts)
  command_insert_suggestion_1: {
    en: 'Insert suggestion 1',
    de: 'Vorschlag 1 einfügen',
    sv: 'Infoga förslag 1',
  },
  command_insert_suggestion_2: {
    en: 'Insert suggestion 2',
    de: 'Vorschlag 2 einfügen',
    sv: 'Infoga förslag 2',
  },
  command_insert_suggestion_3: {
    en: 'Insert suggestion 3',
    de: 'Vorschlag 3 einfügen',
    sv: 'Infoga förslag 3',
  },
  command_next_finding: {
    en: 'Next finding',
    de: 'Nächster Hinweis',
    sv: 'Nästa anmärkning',
  },
  command_apply_fix: {
    en: 'Apply the fix of the current finding',
    de: 'Korrektur des aktuellen Hinweises anwenden',
    sv: 'Använd rättelsen för den aktuella anmärkningen',
  },
} as const satisfies Catalog;
