import type { Catalog } from '../types';

/** The options page's customer data section: search, a contact's record, export, import. */
export const data = {
  data_heading: { en: 'Customer data', de: 'Kundendaten', sv: 'Kunddata' },
  data_sections_label: {
    en: 'Settings sections',
    de: 'Bereiche der Einstellungen',
    sv: 'Delar av inställningarna',
    description: 'Accessible name of the navigation between Sites and Customer data.',
  },
  data_intro: {
    en: 'Who your team has answered, on every platform. Stored only in this browser.',
    de: 'Wem das Team geantwortet hat, auf allen Plattformen. Nur in diesem Browser gespeichert.',
    sv: 'Vilka ditt team har svarat, på alla plattformar. Sparas bara i den här webbläsaren.',
  },
  data_counts: {
    en: '{contacts} contacts · {identities} accounts · {interactions} replies',
    de: '{contacts} Kontakte · {identities} Konten · {interactions} Antworten',
    sv: '{contacts} kontakter · {identities} konton · {interactions} svar',
  },

  data_failure_unavailable: {
    en: 'Customer memory is not available in this browser profile (a private window, or storage turned off by a policy). Nothing is stored or shown here.',
    de: 'Das Kundengedächtnis ist in diesem Browserprofil nicht verfügbar (ein privates Fenster oder per Richtlinie abgeschalteter Speicher). Hier wird nichts gespeichert oder angezeigt.',
    sv: 'Kundminnet är inte tillgängligt i den här webbläsarprofilen (ett privat fönster, eller lagring som stängts av med en policy). Inget sparas eller visas här.',
  },
  data_failure_quota: {
    en: 'The storage is full (the disk or the browser’s quota), so nothing was saved. Free some disk space, or delete old conversations with the setting below.',
    de: 'Der Speicher ist voll (die Festplatte oder das Kontingent des Browsers), daher wurde nichts gespeichert. Bitte Speicherplatz freigeben oder alte Gespräche mit der Einstellung unten löschen.',
    sv: 'Lagringen är full (disken eller webbläsarens kvot), så inget sparades. Frigör diskutrymme, eller radera gamla konversationer med inställningen nedan.',
  },
  data_failure_blocked: {
    en: 'Customer memory is waiting for another open Replykit tab or window to close before it can update. Close or reload the other Replykit tabs.',
    de: 'Das Kundengedächtnis wartet darauf, dass ein anderer geöffneter Replykit-Tab oder ein anderes Fenster geschlossen wird, bevor es sich aktualisieren kann. Bitte die anderen Replykit-Tabs schließen oder neu laden.',
    sv: 'Kundminnet väntar på att en annan öppen Replykit-flik eller ett annat fönster stängs innan det kan uppdateras. Stäng eller läs om de andra Replykit-flikarna.',
  },
  data_failure_version: {
    en: 'Customer memory was written by a newer version of Replykit. Update the extension to use it.',
    de: 'Das Kundengedächtnis wurde von einer neueren Version von Replykit geschrieben. Bitte die Erweiterung aktualisieren.',
    sv: 'Kundminnet skrevs av en nyare version av Replykit. Uppdatera tillägget för att använda det.',
  },
  data_failure_not_found: {
    en: 'That record is no longer in customer memory (forgotten or changed in another tab). Nothing was changed.',
    de: 'Dieser Eintrag ist nicht mehr im Kundengedächtnis (vergessen oder in einem anderen Tab geändert). Es wurde nichts geändert.',
    sv: 'Den posten finns inte längre i kundminnet (glömd eller ändrad i en annan flik). Inget ändrades.',
  },
  data_failure_conflict: {
    en: 'That could not be done, and nothing was changed:',
    de: 'Das ging nicht, und es wurde nichts geändert:',
    sv: 'Det gick inte, och inget ändrades:',
    description: 'Followed by the technical reason on the next line (in English).',
  },
  data_failure_unknown: {
    en: 'Customer memory failed, and nothing was changed:',
    de: 'Das Kundengedächtnis hat einen Fehler gemeldet, und es wurde nichts geändert:',
    sv: 'Kundminnet misslyckades, och inget ändrades:',
    description: 'Followed by the technical reason on the next line (in English).',
  },

  data_search_heading: { en: 'Contacts', de: 'Kontakte', sv: 'Kontakter' },
  data_search_label: {
    en: 'Search by name, handle or tag',
    de: 'Nach Name, Handle oder Schlagwort suchen',
    sv: 'Sök på namn, användarnamn eller tagg',
  },
  data_search_hint: {
    en: 'Without a search: the contacts you answered most recently.',
    de: 'Ohne Suche: die Kontakte, denen zuletzt geantwortet wurde.',
    sv: 'Utan sökning: de kontakter ni senast svarade.',
  },
  data_searching: { en: 'Searching…', de: 'Suche läuft …', sv: 'Söker …' },
  data_found_one: { en: '1 contact found.', de: '1 Kontakt gefunden.', sv: '1 kontakt hittades.' },
  data_found_other: {
    en: '{count} contacts found.',
    de: '{count} Kontakte gefunden.',
    sv: '{count} kontakter hittades.',
  },
  data_results_label: { en: 'Contacts found', de: 'Gefundene Kontakte', sv: 'Hittade kontakter' },
  data_no_match: {
    en: 'No contact matches “{query}”.',
    de: 'Kein Kontakt passt zu „{query}“.',
    sv: 'Ingen kontakt matchar ”{query}”.',
  },
  data_empty: {
    en: 'No contacts yet: Replykit remembers a customer when you send a reply.',
    de: 'Noch keine Kontakte: Replykit merkt sich eine Kundin oder einen Kunden, sobald eine Antwort gesendet wird.',
    sv: 'Inga kontakter än: Replykit kommer ihåg en kund när du skickar ett svar.',
  },
  data_result_last: {
    en: 'Last contact {date}',
    de: 'Zuletzt {date}',
    sv: 'Senast {date}',
    description: '{date}: a date and time.',
  },
  data_conversations_one: { en: '1 conversation', de: '1 Gespräch', sv: '1 konversation' },
  data_conversations_other: {
    en: '{count} conversations',
    de: '{count} Gespräche',
    sv: '{count} konversationer',
  },

  data_close: { en: 'Close', de: 'Schließen', sv: 'Stäng' },
  data_contact_gone: {
    en: 'This contact is no longer in customer memory.',
    de: 'Dieser Kontakt ist nicht mehr im Kundengedächtnis.',
    sv: 'Den här kontakten finns inte längre i kundminnet.',
  },
  data_identities_heading: { en: 'Accounts', de: 'Konten', sv: 'Konton' },
  data_identity_on: {
    en: '{who} on {platform}',
    de: '{who} auf {platform}',
    sv: '{who} på {platform}',
    description: '{who}: a handle or name; {platform}: a platform such as Instagram.',
  },
  data_profile_link: { en: 'Profile', de: 'Profil', sv: 'Profil' },
  data_unlink: { en: 'Unlink', de: 'Verknüpfung lösen', sv: 'Koppla bort' },
  data_unlink_identity: {
    en: 'Unlink {who}',
    de: 'Verknüpfung von {who} lösen',
    sv: 'Koppla bort {who}',
  },

  data_notes_heading: {
    en: 'Notes and tags',
    de: 'Notizen und Schlagwörter',
    sv: 'Anteckningar och taggar',
  },
  data_name_label: { en: 'Name', de: 'Name', sv: 'Namn' },
  data_notes_label: { en: 'Notes', de: 'Notizen', sv: 'Anteckningar' },
  data_tags_label: { en: 'Tags', de: 'Schlagwörter', sv: 'Taggar' },
  data_tags_hint: {
    en: 'Separate tags with commas.',
    de: 'Schlagwörter durch Kommas trennen.',
    sv: 'Skilj taggar åt med kommatecken.',
  },
  data_save: { en: 'Save', de: 'Speichern', sv: 'Spara' },

  data_notice_saved: { en: 'Saved.', de: 'Gespeichert.', sv: 'Sparat.' },
  data_notice_linked: {
    en: 'Linked: the accounts are one contact now.',
    de: 'Verknüpft: Die Konten sind jetzt ein Kontakt.',
    sv: 'Kopplade: kontona är nu en kontakt.',
  },
  data_notice_unlinked: {
    en: 'Unlinked: that account is a contact of its own now.',
    de: 'Verknüpfung gelöst: Das Konto ist jetzt ein eigener Kontakt.',
    sv: 'Bortkopplat: det kontot är nu en egen kontakt.',
  },
  data_notice_merged: {
    en: 'Merged into one contact.',
    de: 'Zu einem Kontakt zusammengeführt.',
    sv: 'Sammanslagna till en kontakt.',
  },
  data_notice_undone: { en: 'Undone.', de: 'Rückgängig gemacht.', sv: 'Ångrat.' },
  data_undo: { en: 'Undo', de: 'Rückgängig', sv: 'Ångra' },
  data_undo_record: { en: 'Undo: {what}', de: 'Rückgängig: {what}', sv: 'Ångra: {what}' },

  data_suggestions_heading: {
    en: 'Possibly the same person',
    de: 'Möglicherweise dieselbe Person',
    sv: 'Kanske samma person',
  },
  data_suggestions_none: {
    en: 'No other account looks like this person.',
    de: 'Kein anderes Konto sieht nach dieser Person aus.',
    sv: 'Inget annat konto ser ut att vara den här personen.',
  },
  data_suggestion_text: {
    en: '{who} (contact {contact}) may be the same person as {own}.',
    de: '{who} (Kontakt {contact}) ist vielleicht dieselbe Person wie {own}.',
    sv: '{who} (kontakten {contact}) kan vara samma person som {own}.',
  },
  data_evidence_label: { en: 'Why', de: 'Warum', sv: 'Varför' },
  data_evidence_same_display_name: {
    en: 'Same display name: {value}',
    de: 'Gleicher Anzeigename: {value}',
    sv: 'Samma visningsnamn: {value}',
  },
  data_evidence_similar_handle: {
    en: 'Similar handle: {value}',
    de: 'Ähnlicher Handle: {value}',
    sv: 'Liknande användarnamn: {value}',
  },
  data_evidence_same_order_number: {
    en: 'Same order number in both conversations: {value}',
    de: 'Gleiche Bestellnummer in beiden Gesprächen: {value}',
    sv: 'Samma ordernummer i båda konversationerna: {value}',
  },
  data_evidence_same_email: {
    en: 'Same e-mail address in both conversations: {value}',
    de: 'Gleiche E-Mail-Adresse in beiden Gesprächen: {value}',
    sv: 'Samma e-postadress i båda konversationerna: {value}',
  },
  data_link: { en: 'Link', de: 'Verknüpfen', sv: 'Koppla ihop' },
  data_link_identity: {
    en: 'Link {who}',
    de: '{who} verknüpfen',
    sv: 'Koppla ihop med {who}',
  },

  data_merge_heading: {
    en: 'Merge with another contact',
    de: 'Mit einem anderen Kontakt zusammenführen',
    sv: 'Slå ihop med en annan kontakt',
  },
  data_merge_label: {
    en: 'Find the other contact',
    de: 'Den anderen Kontakt suchen',
    sv: 'Hitta den andra kontakten',
  },
  data_merge_results: {
    en: 'Contacts to merge with',
    de: 'Kontakte zum Zusammenführen',
    sv: 'Kontakter att slå ihop med',
  },
  data_merge_with: {
    en: 'Merge with:',
    de: 'Zusammenführen mit:',
    sv: 'Slå ihop med:',
    description: 'Before a contact’s name in the list of contacts to merge with.',
  },

  data_history_heading: { en: 'History', de: 'Verlauf', sv: 'Historik' },
  data_history_none: {
    en: 'No replies kept (older ones may have been deleted by the retention setting).',
    de: 'Keine Antworten gespeichert (ältere wurden eventuell durch die Aufbewahrungseinstellung gelöscht).',
    sv: 'Inga svar sparade (äldre kan ha raderats av inställningen för lagringstid).',
  },
  data_history_show_all: {
    en: 'Show all {count}',
    de: 'Alle {count} anzeigen',
    sv: 'Visa alla {count}',
  },
  data_their_message: { en: 'They wrote', de: 'Nachricht', sv: 'De skrev' },
  data_our_reply: { en: 'We replied', de: 'Unsere Antwort', sv: 'Vi svarade' },
  data_suggestion_as_is: {
    en: 'suggestion used as is',
    de: 'Vorschlag unverändert genutzt',
    sv: 'förslaget användes som det var',
  },
  data_suggestion_edited: {
    en: 'suggestion edited',
    de: 'Vorschlag bearbeitet',
    sv: 'förslaget redigerades',
  },
  data_suggestion_not_used: {
    en: 'written without a suggestion',
    de: 'ohne Vorschlag geschrieben',
    sv: 'skrivet utan förslag',
  },
  data_resolved: { en: 'solved', de: 'gelöst', sv: 'löst' },
  data_unresolved: { en: 'open', de: 'offen', sv: 'öppet' },

  data_links_heading: {
    en: 'Link history',
    de: 'Verlauf der Verknüpfungen',
    sv: 'Historik för kopplingar',
  },
  data_links_none: {
    en: 'No links, unlinks or merges yet.',
    de: 'Noch keine Verknüpfungen, Trennungen oder Zusammenführungen.',
    sv: 'Inga kopplingar, bortkopplingar eller sammanslagningar än.',
  },
  data_record_link: { en: 'Linked {who}', de: 'Verknüpft: {who}', sv: 'Kopplade ihop {who}' },
  data_record_unlink: {
    en: 'Unlinked {who}',
    de: 'Verknüpfung gelöst: {who}',
    sv: 'Kopplade bort {who}',
  },
  data_record_merge: {
    en: 'Merged {who}',
    de: 'Zusammengeführt: {who}',
    sv: 'Slog ihop {who}',
  },
  data_record_by: {
    en: 'Confirmed by {by}, {date}',
    de: 'Bestätigt von {by}, {date}',
    sv: 'Bekräftat av {by}, {date}',
  },
  data_confirmed_by_you: { en: 'you', de: 'dir', sv: 'dig' },
  data_record_undone: {
    en: 'undone {date}',
    de: 'rückgängig gemacht {date}',
    sv: 'ångrat {date}',
  },

  data_forget_heading: { en: 'Forget', de: 'Vergessen', sv: 'Glöm' },
  data_forget_explain: {
    en: 'Deletes every record about this person: accounts, notes, tags, the whole history and the link history. This cannot be undone.',
    de: 'Löscht alle Einträge über diese Person: Konten, Notizen, Schlagwörter, den ganzen Verlauf und den Verlauf der Verknüpfungen. Das lässt sich nicht rückgängig machen.',
    sv: 'Raderar allt som finns om den här personen: konton, anteckningar, taggar, hela historiken och kopplingshistoriken. Det går inte att ångra.',
  },
  data_forget: {
    en: 'Forget this contact…',
    de: 'Diesen Kontakt vergessen …',
    sv: 'Glöm den här kontakten …',
  },
  data_forget_title: { en: 'Forget {name}?', de: '{name} vergessen?', sv: 'Glömma {name}?' },
  data_forget_what: {
    en: 'This deletes {identities} accounts and {conversations} conversations with everything in them, for good.',
    de: 'Damit werden {identities} Konten und {conversations} Gespräche mit allem, was darin steht, endgültig gelöscht.',
    sv: 'Det här raderar {identities} konton och {conversations} konversationer med allt innehåll, för gott.',
  },
  data_forget_type_name: {
    en: 'Type the name to confirm: {name}',
    de: 'Zur Bestätigung den Namen eingeben: {name}',
    sv: 'Skriv namnet för att bekräfta: {name}',
  },
  data_forget_confirm: {
    en: 'Forget for good',
    de: 'Endgültig vergessen',
    sv: 'Glöm för gott',
  },
  data_forgetting: { en: 'Deleting…', de: 'Wird gelöscht …', sv: 'Raderar …' },
  data_cancel: { en: 'Cancel', de: 'Abbrechen', sv: 'Avbryt' },
  data_forgotten: {
    en: '{name} is forgotten: deleted {identities} accounts, {interactions} replies and {links} link records.',
    de: '{name} ist vergessen: {identities} Konten, {interactions} Antworten und {links} Verknüpfungseinträge gelöscht.',
    sv: '{name} är glömd: raderade {identities} konton, {interactions} svar och {links} kopplingsposter.',
  },

  data_export_heading: { en: 'Export', de: 'Exportieren', sv: 'Exportera' },
  data_export_explain: {
    en: 'A full backup to keep or move to another browser, or spreadsheets for a CRM. The files are made here; nothing is uploaded.',
    de: 'Eine vollständige Sicherung zum Aufbewahren oder für einen anderen Browser, oder Tabellen für ein CRM. Die Dateien entstehen hier; nichts wird hochgeladen.',
    sv: 'En fullständig säkerhetskopia att spara eller flytta till en annan webbläsare, eller kalkylblad för ett CRM. Filerna skapas här; inget laddas upp.',
  },
  data_export_json: {
    en: 'Download full backup (JSON)',
    de: 'Vollständige Sicherung herunterladen (JSON)',
    sv: 'Ladda ner fullständig säkerhetskopia (JSON)',
  },
  data_export_contacts_csv: {
    en: 'Contacts (CSV)',
    de: 'Kontakte (CSV)',
    sv: 'Kontakter (CSV)',
  },
  data_export_interactions_csv: {
    en: 'Replies (CSV)',
    de: 'Antworten (CSV)',
    sv: 'Svar (CSV)',
  },
  data_exporting: {
    en: 'Preparing the file…',
    de: 'Datei wird erstellt …',
    sv: 'Förbereder filen …',
  },
  data_hubspot_heading: {
    en: 'Importing the CSV files into HubSpot',
    de: 'Die CSV-Dateien in HubSpot importieren',
    sv: 'Importera CSV-filerna i HubSpot',
  },
  data_hubspot_intro: {
    en: 'The column names match HubSpot’s contact properties, so its import maps most of them by itself:',
    de: 'Die Spaltennamen entsprechen den Kontakteigenschaften von HubSpot, daher ordnet der Import die meisten selbst zu:',
    sv: 'Kolumnnamnen motsvarar HubSpots kontaktegenskaper, så importen mappar de flesta av sig själv:',
  },
  data_hubspot_contacts: {
    en: 'Contacts: one row per contact; import it as Contacts, with “Replykit contact id” as a custom property (single-line text) so later imports update the same records.',
    de: 'Kontakte: eine Zeile pro Kontakt; als Kontakte importieren, mit „Replykit contact id“ als eigener Eigenschaft (einzeiliger Text), damit spätere Importe dieselben Einträge aktualisieren.',
    sv: 'Kontakter: en rad per kontakt; importera som Kontakter, med ”Replykit contact id” som egen egenskap (enradig text) så att senare importer uppdaterar samma poster.',
  },
  data_hubspot_interactions: {
    en: 'Replies: one row per reply, with the contact id, platform, date, their message and our reply; import it as Notes or as a second file associated by “Replykit contact id”.',
    de: 'Antworten: eine Zeile pro Antwort, mit Kontakt-ID, Plattform, Datum, der Nachricht und unserer Antwort; als Notizen importieren oder als zweite Datei, verbunden über „Replykit contact id“.',
    sv: 'Svar: en rad per svar, med kontakt-id, plattform, datum, deras meddelande och vårt svar; importera som Anteckningar eller som en andra fil kopplad via ”Replykit contact id”.',
  },
  data_hubspot_steps: {
    en: 'In HubSpot: Contacts → Import → File from computer → one or two files; check the mapping of each column before you finish.',
    de: 'In HubSpot: Kontakte → Importieren → Datei vom Computer → eine oder zwei Dateien; vor dem Abschluss die Zuordnung jeder Spalte prüfen.',
    sv: 'I HubSpot: Kontakter → Importera → Fil från dator → en eller två filer; kontrollera mappningen av varje kolumn innan du slutför.',
  },

  data_import_heading: { en: 'Import', de: 'Importieren', sv: 'Importera' },
  data_import_explain: {
    en: 'A Replykit backup (JSON). The whole file is checked first: a file with any problem changes nothing.',
    de: 'Eine Replykit-Sicherung (JSON). Die ganze Datei wird zuerst geprüft: Eine Datei mit einem Fehler ändert nichts.',
    sv: 'En säkerhetskopia från Replykit (JSON). Hela filen kontrolleras först: en fil med något fel ändrar ingenting.',
  },
  data_import_mode: {
    en: 'What to do with it',
    de: 'Was damit geschehen soll',
    sv: 'Vad som ska göras',
  },
  data_import_merge: {
    en: 'Add to what is here (records already here are kept)',
    de: 'Zum Vorhandenen hinzufügen (vorhandene Einträge bleiben)',
    sv: 'Lägg till det som finns här (befintliga poster behålls)',
  },
  data_import_replace: {
    en: 'Replace everything here with the backup',
    de: 'Alles hier durch die Sicherung ersetzen',
    sv: 'Ersätt allt här med säkerhetskopian',
  },
  data_import_file: {
    en: 'Choose a backup file',
    de: 'Sicherungsdatei auswählen',
    sv: 'Välj en säkerhetskopia',
  },
  data_import_reading: {
    en: 'Reading {file}…',
    de: '{file} wird gelesen …',
    sv: 'Läser {file} …',
  },
  data_import_writing: {
    en: 'Checking and importing {file}…',
    de: '{file} wird geprüft und importiert …',
    sv: 'Kontrollerar och importerar {file} …',
  },
  data_import_done: {
    en: 'Imported {contacts} contacts, {identities} accounts and {interactions} replies.',
    de: '{contacts} Kontakte, {identities} Konten und {interactions} Antworten importiert.',
    sv: 'Importerade {contacts} kontakter, {identities} konton och {interactions} svar.',
  },
  data_import_invalid: {
    en: 'This file is not a valid Replykit backup:',
    de: 'Diese Datei ist keine gültige Replykit-Sicherung:',
    sv: 'Den här filen är ingen giltig säkerhetskopia från Replykit:',
  },
  data_import_failed: {
    en: 'The import failed: {detail}',
    de: 'Der Import ist fehlgeschlagen: {detail}',
    sv: 'Importen misslyckades: {detail}',
  },
  data_import_problems: {
    en: 'Problems in the file',
    de: 'Fehler in der Datei',
    sv: 'Fel i filen',
  },
  data_import_whole_file: { en: 'file', de: 'Datei', sv: 'fil' },
  data_import_more: {
    en: 'and {count} more',
    de: 'und {count} weitere',
    sv: 'och {count} till',
  },
  data_import_nothing_changed: {
    en: 'Nothing was imported or changed.',
    de: 'Es wurde nichts importiert oder geändert.',
    sv: 'Inget importerades eller ändrades.',
  },

  data_retention_heading: {
    en: 'Keeping conversations',
    de: 'Aufbewahrung der Gespräche',
    sv: 'Lagringstid för konversationer',
  },
  data_retention_label: {
    en: 'Delete conversations older than (days)',
    de: 'Gespräche löschen, die älter sind als (Tage)',
    sv: 'Radera konversationer äldre än (dagar)',
  },
  data_retention_hint: {
    en: '0 keeps them forever. Checked once a day; contacts, notes and tags stay.',
    de: '0 bewahrt sie für immer auf. Einmal täglich geprüft; Kontakte, Notizen und Schlagwörter bleiben.',
    sv: '0 behåller dem för alltid. Kontrolleras en gång om dagen; kontakter, anteckningar och taggar finns kvar.',
  },
  data_retention_invalid: {
    en: 'Type a whole number of days from 0 to {max}.',
    de: 'Bitte eine ganze Zahl von Tagen zwischen 0 und {max} eingeben.',
    sv: 'Skriv ett helt antal dagar från 0 till {max}.',
  },
  data_retention_saved: {
    en: 'Saved: conversations older than {days} days are deleted.',
    de: 'Gespeichert: Gespräche, die älter als {days} Tage sind, werden gelöscht.',
    sv: 'Sparat: konversationer äldre än {days} dagar raderas.',
  },
  data_retention_saved_forever: {
    en: 'Saved: conversations are kept.',
    de: 'Gespeichert: Gespräche werden aufbewahrt.',
    sv: 'Sparat: konversationer behålls.',
  },
  data_retention_not_saved: {
    en: 'The setting could not be saved. Try again.',
    de: 'Die Einstellung konnte nicht gespeichert werden. Bitte erneut versuchen.',
    sv: 'Inställningen kunde inte sparas. Försök igen.',
  },
} as const satisfies Catalog;
