import type { Catalog } from '../types';

/** The options page's voice pack section: the pack list, raw JSON, tests, preview, import and export, assignments. */
export const packs = {
  packs_heading: {
    en: 'Voice packs',
    de: 'Stimmpakete',
    sv: 'Röstpaket',
    description: 'Heading of the section and its link in the settings navigation.',
  },
  packs_intro: {
    en: 'A voice pack holds your brand’s voice: tone, words to use and avoid, reply building blocks and tests. Every change here reaches the side panel at once.',
    de: 'Ein Stimmpaket enthält die Stimme deiner Marke: Ton, erwünschte und unerwünschte Wörter, Antwortbausteine und Tests. Jede Änderung hier erreicht sofort die Seitenleiste.',
    sv: 'Ett röstpaket rymmer varumärkets röst: ton, ord att använda och undvika, svarsblock och tester. Varje ändring här når sidopanelen direkt.',
  },
  packs_loading: {
    en: 'Reading the voice packs…',
    de: 'Stimmpakete werden gelesen …',
    sv: 'Läser röstpaketen …',
  },
  packs_failure_save: {
    en: 'That change could not be saved ({reason}). The packs stay as they were.',
    de: 'Die Änderung konnte nicht gespeichert werden ({reason}). Die Pakete bleiben, wie sie waren.',
    sv: 'Ändringen kunde inte sparas ({reason}). Paketen är kvar som de var.',
    description:
      '{reason} is the browser’s technical reason, e.g. a full storage quota (in English).',
  },
  packs_library_heading: { en: 'Your packs', de: 'Deine Pakete', sv: 'Dina paket' },
  packs_list_label: { en: 'Voice packs', de: 'Stimmpakete', sv: 'Röstpaket' },
  packs_name_version: {
    en: '{name} {version}',
    de: '{name} {version}',
    sv: '{name} {version}',
    description: 'A pack’s name and its version, e.g. “Acme care 1.2.0”.',
  },
  packs_kind_builtin: {
    en: 'Built in · read-only',
    de: 'Eingebaut · schreibgeschützt',
    sv: 'Inbyggt · skrivskyddat',
  },
  packs_kind_managed: {
    en: 'From your organisation · read-only',
    de: 'Von deiner Organisation · schreibgeschützt',
    sv: 'Från din organisation · skrivskyddat',
  },
  packs_kind_local: {
    en: 'Written here',
    de: 'Hier geschrieben',
    sv: 'Skrivet här',
  },
  packs_kind_subscription: {
    en: 'Subscribed · read-only',
    de: 'Abonniert · schreibgeschützt',
    sv: 'Prenumererat · skrivskyddat',
  },
  packs_list_fallback: {
    en: 'Used where no rule matches',
    de: 'Gilt, wo keine Regel passt',
    sv: 'Används där ingen regel passar',
  },
  packs_list_invalid: {
    en: 'Not valid, not in use',
    de: 'Ungültig, nicht in Gebrauch',
    sv: 'Ogiltigt, används inte',
  },
  packs_list_invalid_keeps: {
    en: 'Not valid: version {version} stays in use',
    de: 'Ungültig: Version {version} bleibt in Gebrauch',
    sv: 'Ogiltigt: version {version} används fortfarande',
  },
  packs_new_from_default: {
    en: 'New pack from the default',
    de: 'Neues Paket aus dem Standard',
    sv: 'Nytt paket utifrån standardpaketet',
  },
  packs_new_empty: {
    en: 'New empty pack',
    de: 'Neues leeres Paket',
    sv: 'Nytt tomt paket',
  },
  packs_new_name: {
    en: 'Team voice',
    de: 'Team-Stimme',
    sv: 'Teamets röst',
    description: 'The name a new pack gets; the team lead renames it.',
  },
  packs_copy_name: {
    en: '{name} (copy)',
    de: '{name} (Kopie)',
    sv: '{name} (kopia)',
  },
  packs_created: {
    en: 'Created “{name}”. It is open below.',
    de: '„{name}“ wurde angelegt und ist unten geöffnet.',
    sv: '”{name}” har skapats och är öppet nedan.',
  },
  packs_imported: {
    en: 'Imported “{name}” as a new pack. It is open below.',
    de: '„{name}“ wurde als neues Paket importiert und ist unten geöffnet.',
    sv: '”{name}” har importerats som ett nytt paket och är öppet nedan.',
  },
  packs_deleted: {
    en: 'Deleted “{name}”.',
    de: '„{name}“ wurde gelöscht.',
    sv: '”{name}” har raderats.',
  },
  packs_fallback_label: {
    en: 'Pack used where no rule matches',
    de: 'Paket, das gilt, wo keine Regel passt',
    sv: 'Paket som används där ingen regel passar',
  },
  packs_import_label: {
    en: 'Import a pack file (.json)',
    de: 'Paketdatei importieren (.json)',
    sv: 'Importera en paketfil (.json)',
  },
  packs_import_too_large: {
    en: '“{file}” was not imported: it is {size} MB, and a pack may be at most {max} MB. Nothing was changed.',
    de: '„{file}“ wurde nicht importiert: Die Datei ist {size} MB groß, ein Paket darf höchstens {max} MB groß sein. Es wurde nichts geändert.',
    sv: '”{file}” importerades inte: filen är {size} MB, och ett paket får vara högst {max} MB. Inget ändrades.',
  },
  packs_import_unreadable: {
    en: '“{file}” could not be read ({reason}). Nothing was changed.',
    de: '„{file}“ konnte nicht gelesen werden ({reason}). Es wurde nichts geändert.',
    sv: '”{file}” kunde inte läsas ({reason}). Inget ändrades.',
  },
  packs_import_invalid: {
    en: '“{file}” is not a valid voice pack, so it was not imported. Nothing was changed. What is wrong:',
    de: '„{file}“ ist kein gültiges Stimmpaket und wurde daher nicht importiert. Es wurde nichts geändert. Was nicht stimmt:',
    sv: '”{file}” är inget giltigt röstpaket och importerades därför inte. Inget ändrades. Det här är fel:',
    description: 'Followed by the list of problems, each with its path in the pack (in English).',
  },
  packs_readonly_builtin: {
    en: 'The built-in pack cannot be changed. Duplicate it to make it your own.',
    de: 'Das eingebaute Paket lässt sich nicht ändern. Dupliziere es, um es anzupassen.',
    sv: 'Det inbyggda paketet kan inte ändras. Duplicera det för att göra det till ditt eget.',
  },
  packs_readonly_managed: {
    en: 'Your organisation set this pack. It cannot be changed here.',
    de: 'Deine Organisation hat dieses Paket festgelegt. Es lässt sich hier nicht ändern.',
    sv: 'Din organisation har angett det här paketet. Det kan inte ändras här.',
  },
  packs_readonly_subscription: {
    en: 'This pack comes from a subscription and follows its updates. Duplicate it to change a copy.',
    de: 'Dieses Paket stammt aus einem Abonnement und folgt dessen Aktualisierungen. Dupliziere es, um eine Kopie zu ändern.',
    sv: 'Det här paketet kommer från en prenumeration och följer dess uppdateringar. Duplicera det för att ändra en kopia.',
  },
  packs_readonly_locked: {
    en: 'Packs are locked by your organisation, so this pack is shown read-only.',
    de: 'Deine Organisation hat die Pakete gesperrt, daher wird dieses Paket schreibgeschützt angezeigt.',
    sv: 'Din organisation har låst paketen, så det här paketet visas skrivskyddat.',
  },
  packs_subscription_pending: {
    en: 'This subscription has not been downloaded yet.',
    de: 'Dieses Abonnement wurde noch nicht heruntergeladen.',
    sv: 'Den här prenumerationen har inte laddats ner än.',
  },
  packs_duplicate: { en: 'Duplicate', de: 'Duplizieren', sv: 'Duplicera' },
  packs_export: {
    en: 'Export as file',
    de: 'Als Datei exportieren',
    sv: 'Exportera som fil',
  },
  packs_delete: { en: 'Delete', de: 'Löschen', sv: 'Radera' },
  packs_delete_question: {
    en: 'Delete “{name}”? This cannot be undone; export it first to keep a copy.',
    de: '„{name}“ löschen? Das lässt sich nicht rückgängig machen; exportiere es vorher, wenn du eine Kopie behalten willst.',
    sv: 'Radera ”{name}”? Det går inte att ångra; exportera det först om du vill behålla en kopia.',
  },
  packs_delete_rules: {
    en: 'These rules use it and are deleted with it:',
    de: 'Diese Regeln verwenden es und werden mitgelöscht:',
    sv: 'De här reglerna använder det och raderas tillsammans med det:',
  },
  packs_delete_confirm: {
    en: 'Delete the pack',
    de: 'Paket löschen',
    sv: 'Radera paketet',
  },
  packs_delete_cancel: { en: 'Keep it', de: 'Behalten', sv: 'Behåll det' },
  packs_view_label: {
    en: 'How to edit the pack',
    de: 'Bearbeitungsansicht',
    sv: 'Hur paketet redigeras',
  },
  packs_view_form: { en: 'Form', de: 'Formular', sv: 'Formulär' },
  packs_view_json: { en: 'JSON', de: 'JSON', sv: 'JSON' },
  packs_json_label: {
    en: 'The pack as JSON',
    de: 'Das Paket als JSON',
    sv: 'Paketet som JSON',
  },
  packs_form_unreadable: {
    en: 'The form cannot show this pack: its JSON cannot be read. Your text is kept; fix it in the JSON view.',
    de: 'Das Formular kann dieses Paket nicht anzeigen, weil sich sein JSON nicht lesen lässt. Dein Text bleibt erhalten; korrigiere ihn in der JSON-Ansicht.',
    sv: 'Formuläret kan inte visa det här paketet eftersom dess JSON inte går att läsa. Din text finns kvar; rätta den i JSON-vyn.',
  },
  packs_form_back: {
    en: 'Back to JSON',
    de: 'Zurück zu JSON',
    sv: 'Tillbaka till JSON',
  },
  packs_saving: { en: 'Saving…', de: 'Wird gespeichert …', sv: 'Sparar …' },
  packs_saved: {
    en: 'Saved. The team uses this version.',
    de: 'Gespeichert. Das Team verwendet diese Version.',
    sv: 'Sparat. Teamet använder den här versionen.',
  },
  packs_save_failed: {
    en: 'Not saved: see the message above.',
    de: 'Nicht gespeichert: siehe Meldung oben.',
    sv: 'Inte sparat: se meddelandet ovan.',
  },
  packs_invalid_keeps: {
    en: 'Not valid — the team keeps using version {version} until this is fixed.',
    de: 'Ungültig – das Team verwendet weiter Version {version}, bis das behoben ist.',
    sv: 'Ogiltigt – teamet fortsätter att använda version {version} tills det är rättat.',
  },
  packs_invalid_unused: {
    en: 'Not valid — this pack is not used until it is fixed.',
    de: 'Ungültig – dieses Paket wird erst verwendet, wenn es behoben ist.',
    sv: 'Ogiltigt – det här paketet används inte förrän det är rättat.',
  },
  packs_problems_label: {
    en: 'Problems, with where they are in the pack',
    de: 'Fehler, mit ihrer Stelle im Paket',
    sv: 'Fel, med var i paketet de finns',
  },
  packs_warnings_label: {
    en: 'Warnings, with where they are in the pack',
    de: 'Warnungen, mit ihrer Stelle im Paket',
    sv: 'Varningar, med var i paketet de finns',
  },
  packs_tests_heading: {
    en: 'Pack tests',
    de: 'Pakettests',
    sv: 'Pakettester',
  },
  packs_tests_summary: {
    en: '{passed} of {total} pass',
    de: '{passed} von {total} bestanden',
    sv: '{passed} av {total} godkända',
  },
  packs_tests_none: {
    en: 'This pack has no example replies yet. Add some under “examples” to test it.',
    de: 'Dieses Paket hat noch keine Beispielantworten. Füge unter „examples“ welche hinzu, um es zu testen.',
    sv: 'Det här paketet har inga exempelsvar än. Lägg till några under ”examples” för att testa det.',
  },
  packs_tests_no_pack: {
    en: 'The tests run once the pack is valid.',
    de: 'Die Tests laufen, sobald das Paket gültig ist.',
    sv: 'Testerna körs när paketet är giltigt.',
  },
  packs_tests_stale: {
    en: '(of the last valid version)',
    de: '(der letzten gültigen Version)',
    sv: '(för den senaste giltiga versionen)',
  },
  packs_test_pass: { en: 'Pass', de: 'Bestanden', sv: 'Godkänt' },
  packs_test_fail: { en: 'Fail', de: 'Fehlgeschlagen', sv: 'Underkänt' },
  packs_test_expect_pass: {
    en: 'Should pass without findings',
    de: 'Soll ohne Hinweise durchgehen',
    sv: 'Ska klara sig utan anmärkningar',
  },
  packs_test_expect_trips: {
    en: 'Should trip {rules}',
    de: 'Soll {rules} auslösen',
    sv: 'Ska utlösa {rules}',
  },
  packs_preview_heading: {
    en: 'Try it',
    de: 'Ausprobieren',
    sv: 'Prova',
  },
  packs_preview_intro: {
    en: 'Paste a reply to see its findings, or a customer’s message to see how it is read and what is suggested, with the pack as edited.',
    de: 'Füge eine Antwort ein, um ihre Hinweise zu sehen, oder eine Kundennachricht, um zu sehen, wie sie gelesen wird und was vorgeschlagen wird – mit dem Paket, wie es gerade bearbeitet ist.',
    sv: 'Klistra in ett svar för att se dess anmärkningar, eller ett kundmeddelande för att se hur det tolkas och vad som föreslås, med paketet som det är redigerat.',
  },
  packs_preview_platform: { en: 'Platform', de: 'Plattform', sv: 'Plattform' },
  packs_preview_customer_name: {
    en: 'Customer’s name (optional)',
    de: 'Name der Kundin oder des Kunden (optional)',
    sv: 'Kundens namn (valfritt)',
  },
  packs_preview_reply: {
    en: 'Sample reply',
    de: 'Beispielantwort',
    sv: 'Exempelsvar',
  },
  packs_preview_message: {
    en: 'Customer message',
    de: 'Kundennachricht',
    sv: 'Kundmeddelande',
  },
  packs_preview_findings_label: {
    en: 'Findings in the sample reply',
    de: 'Hinweise zur Beispielantwort',
    sv: 'Anmärkningar i exempelsvaret',
  },
  packs_preview_no_findings: {
    en: 'No findings: this reply fits the pack.',
    de: 'Keine Hinweise: Diese Antwort passt zum Paket.',
    sv: 'Inga anmärkningar: svaret passar paketet.',
  },
  packs_preview_reading: {
    en: 'Reading the message…',
    de: 'Nachricht wird gelesen …',
    sv: 'Läser meddelandet …',
  },
  packs_preview_failed: {
    en: 'The message could not be read ({reason}).',
    de: 'Die Nachricht konnte nicht gelesen werden ({reason}).',
    sv: 'Meddelandet kunde inte läsas ({reason}).',
  },
  packs_preview_no_suggestions: {
    en: 'The pack has no building blocks that fit this message, so nothing is suggested.',
    de: 'Das Paket hat keine Bausteine, die zu dieser Nachricht passen, daher gibt es keine Vorschläge.',
    sv: 'Paketet har inga block som passar det här meddelandet, så inget föreslås.',
  },
  packs_preview_suggestions_label: {
    en: 'Suggested replies',
    de: 'Vorgeschlagene Antworten',
    sv: 'Föreslagna svar',
  },
  packs_rules_heading: {
    en: 'Which pack is used where',
    de: 'Welches Paket wo gilt',
    sv: 'Vilket paket som används var',
  },
  packs_rules_intro: {
    en: 'The first rule that matches the site and the account you reply as decides; where none matches, the pack chosen above is used. In the side panel, anyone can also switch packs by hand.',
    de: 'Es entscheidet die erste Regel, die zur Website und zum Konto passt, mit dem du antwortest; passt keine, gilt das oben gewählte Paket. In der Seitenleiste kann außerdem jede Person von Hand das Paket wechseln.',
    sv: 'Den första regeln som passar webbplatsen och kontot du svarar från avgör; passar ingen används paketet som valts ovan. I sidopanelen kan alla också byta paket för hand.',
  },
  packs_rules_empty: {
    en: 'No rules yet: the same pack is used everywhere.',
    de: 'Noch keine Regeln: Überall gilt dasselbe Paket.',
    sv: 'Inga regler än: samma paket används överallt.',
  },
  packs_rule_sentence: {
    en: 'On {platform} as {account} use {pack}',
    de: 'Auf {platform} mit {account}: {pack}',
    sv: 'På {platform} som {account}: {pack}',
  },
  packs_rule_on: { en: 'On', de: 'Auf', sv: 'På' },
  packs_rule_as: { en: 'as', de: 'mit', sv: 'som' },
  packs_rule_use: { en: 'use', de: 'verwende', sv: 'använd' },
  packs_rule_any_platform: {
    en: 'any site',
    de: 'jeder Website',
    sv: 'alla webbplatser',
  },
  packs_rule_any_account: {
    en: 'any account',
    de: 'beliebigem Konto',
    sv: 'valfritt konto',
  },
  packs_rule_platform_label: {
    en: 'Site for rule {n}',
    de: 'Website für Regel {n}',
    sv: 'Webbplats för regel {n}',
  },
  packs_rule_account_label: {
    en: 'Our account handle for rule {n} (empty: any account)',
    de: 'Unser Konto-Handle für Regel {n} (leer: beliebiges Konto)',
    sv: 'Vårt kontonamn för regel {n} (tomt: valfritt konto)',
  },
  packs_rule_pack_label: {
    en: 'Pack for rule {n}',
    de: 'Paket für Regel {n}',
    sv: 'Paket för regel {n}',
  },
  packs_rule_up: { en: 'Up', de: 'Nach oben', sv: 'Upp' },
  packs_rule_down: { en: 'Down', de: 'Nach unten', sv: 'Ned' },
  packs_rule_remove: { en: 'Remove', de: 'Entfernen', sv: 'Ta bort' },
  packs_rule_up_label: {
    en: 'Move rule {n} up',
    de: 'Regel {n} nach oben',
    sv: 'Flytta regel {n} uppåt',
  },
  packs_rule_down_label: {
    en: 'Move rule {n} down',
    de: 'Regel {n} nach unten',
    sv: 'Flytta regel {n} nedåt',
  },
  packs_rule_remove_label: {
    en: 'Remove rule {n}',
    de: 'Regel {n} entfernen',
    sv: 'Ta bort regel {n}',
  },
  packs_rule_add: {
    en: 'New assignment rule',
    de: 'Neue Zuordnungsregel',
    sv: 'Ny tilldelningsregel',
  },
} as const satisfies Catalog;
