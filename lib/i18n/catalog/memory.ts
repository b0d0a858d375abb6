import type { Catalog } from '../types';

/**
 * Customer memory in the side panel's customer card: what we know about the person, their earlier
 * conversations, link suggestions with their evidence, and storage problems. Counts get
 * `…_one` / `…_other` (chrome.i18n has no plural rules).
 */
export const memory = {
  memory_loading: {
    en: 'Looking up earlier conversations…',
    de: 'Frühere Gespräche werden gesucht …',
    sv: 'Letar efter tidigare samtal …',
  },
  memory_no_identity: {
    en: 'The page shows no name or handle, so this conversation cannot be remembered.',
    de: 'Die Seite zeigt keinen Namen und kein Handle: Dieses Gespräch kann nicht gemerkt werden.',
    sv: 'Sidan visar inget namn eller användarnamn, så samtalet kan inte sparas.',
  },
  memory_returning_one: {
    en: 'Returning · {count} conversation · last on {platform} {when}',
    de: 'Bekannt · {count} Gespräch · zuletzt auf {platform} {when}',
    sv: 'Återkommande · {count} samtal · senast på {platform} {when}',
    description: '{when} is a relative time such as "2 days ago" or "yesterday".',
  },
  memory_returning_other: {
    en: 'Returning · {count} conversations · last on {platform} {when}',
    de: 'Bekannt · {count} Gespräche · zuletzt auf {platform} {when}',
    sv: 'Återkommande · {count} samtal · senast på {platform} {when}',
    description: '{when} is a relative time such as "2 days ago" or "yesterday".',
  },
  memory_returning_topic_one: {
    en: 'Returning · {count} conversation · last on {platform} {when}: {topic}',
    de: 'Bekannt · {count} Gespräch · zuletzt auf {platform} {when}: {topic}',
    sv: 'Återkommande · {count} samtal · senast på {platform} {when}: {topic}',
    description: '{topic} is what it was about, in the customer’s words ("parcel delayed").',
  },
  memory_returning_topic_other: {
    en: 'Returning · {count} conversations · last on {platform} {when}: {topic}',
    de: 'Bekannt · {count} Gespräche · zuletzt auf {platform} {when}: {topic}',
    sv: 'Återkommande · {count} samtal · senast på {platform} {when}: {topic}',
    description: '{topic} is what it was about, in the customer’s words ("parcel delayed").',
  },
  memory_unresolved_one: {
    en: '{count} problem not marked solved',
    de: '{count} Problem nicht als gelöst markiert',
    sv: '{count} problem inte markerat som löst',
  },
  memory_unresolved_other: {
    en: '{count} problems not marked solved',
    de: '{count} Probleme nicht als gelöst markiert',
    sv: '{count} problem inte markerade som lösta',
  },
  memory_history_heading_one: {
    en: '{count} earlier reply',
    de: '{count} frühere Antwort',
    sv: '{count} tidigare svar',
  },
  memory_history_heading_other: {
    en: '{count} earlier replies',
    de: '{count} frühere Antworten',
    sv: '{count} tidigare svar',
  },
  memory_history_when: {
    en: '{date} on {platform}',
    de: '{date} auf {platform}',
    sv: '{date} på {platform}',
  },
  memory_history_theirs: { en: 'They wrote', de: 'Sie schrieben', sv: 'De skrev' },
  memory_history_ours: { en: 'We replied', de: 'Wir antworteten', sv: 'Vi svarade' },
  memory_resolved: {
    en: 'Solved (latest conversation)',
    de: 'Gelöst (letztes Gespräch)',
    sv: 'Löst (senaste samtalet)',
  },
  memory_link_heading: {
    en: 'Maybe the same person',
    de: 'Vielleicht dieselbe Person',
    sv: 'Kanske samma person',
  },
  memory_link_who: {
    en: '{name} on {platform}',
    de: '{name} auf {platform}',
    sv: '{name} på {platform}',
  },
  memory_link_hint: {
    en: 'Link only if you are sure: the history of both is then shown together.',
    de: 'Nur verknüpfen, wenn es sicher ist: Dann wird der Verlauf beider zusammen gezeigt.',
    sv: 'Länka bara om du är säker: då visas båda historikerna tillsammans.',
  },
  memory_link: { en: 'Link', de: 'Verknüpfen', sv: 'Länka' },
  memory_link_label: {
    en: 'Link with {who}',
    de: 'Mit {who} verknüpfen',
    sv: 'Länka med {who}',
    description: '{who} is e.g. "Dana K (@dana.k) on Instagram".',
  },
  memory_linked: {
    en: 'Linked with {name}. Their earlier conversations are shown here.',
    de: 'Mit {name} verknüpft. Die früheren Gespräche stehen jetzt hier.',
    sv: 'Länkad med {name}. De tidigare samtalen visas här.',
  },
  memory_linked_pending: {
    en: 'Linked with {name}: memory records the link with your first reply to this account.',
    de: 'Mit {name} verknüpft: Das Gedächtnis speichert die Verknüpfung mit der ersten Antwort an dieses Konto.',
    sv: 'Länkad med {name}: minnet sparar länken med ditt första svar till det här kontot.',
  },
  memory_undo: { en: 'Undo', de: 'Rückgängig', sv: 'Ångra' },
  memory_evidence_same_display_name: {
    en: 'Same display name “{value}” on {here} and {there}',
    de: 'Gleicher Anzeigename „{value}“ auf {here} und {there}',
    sv: 'Samma visningsnamn ”{value}” på {here} och {there}',
  },
  memory_evidence_similar_handle: {
    en: 'Similar handles {value} on {here} and {there}',
    de: 'Ähnliche Handles {value} auf {here} und {there}',
    sv: 'Liknande användarnamn {value} på {here} och {there}',
  },
  memory_evidence_same_order_number: {
    en: 'Same order number {value} on {here} and {there}',
    de: 'Gleiche Bestellnummer {value} auf {here} und {there}',
    sv: 'Samma ordernummer {value} på {here} och {there}',
  },
  memory_evidence_same_email: {
    en: 'Same e-mail address {value} on {here} and {there}',
    de: 'Gleiche E-Mail-Adresse {value} auf {here} und {there}',
    sv: 'Samma e-postadress {value} på {here} och {there}',
  },
  memory_problem_unavailable: {
    en: 'Customer memory is unavailable in this window (private mode or storage turned off): replies are not remembered.',
    de: 'Das Kundengedächtnis ist in diesem Fenster nicht verfügbar (privater Modus oder Speicher abgeschaltet): Antworten werden nicht gemerkt.',
    sv: 'Kundminnet är inte tillgängligt i det här fönstret (privat läge eller lagring avstängd): svar sparas inte.',
  },
  memory_problem_quota: {
    en: 'Customer memory is full (disk or browser quota): the last reply was not remembered. Shorten the retention in the options.',
    de: 'Das Kundengedächtnis ist voll (Festplatte oder Browser-Kontingent): Die letzte Antwort wurde nicht gemerkt. In den Optionen die Aufbewahrung verkürzen.',
    sv: 'Kundminnet är fullt (disk eller webbläsarens kvot): det senaste svaret sparades inte. Korta lagringstiden i inställningarna.',
  },
  memory_problem_blocked: {
    en: 'Customer memory waits for another Replykit tab to close before it can update. Close or reload the other Replykit tabs.',
    de: 'Das Kundengedächtnis wartet, bis ein anderer Replykit-Tab geschlossen ist. Die anderen Replykit-Tabs schließen oder neu laden.',
    sv: 'Kundminnet väntar på att en annan Replykit-flik stängs. Stäng eller ladda om de andra Replykit-flikarna.',
  },
  memory_problem_version: {
    en: 'Customer memory was written by a newer version of Replykit. Update the extension to use it.',
    de: 'Das Kundengedächtnis stammt von einer neueren Replykit-Version. Die Erweiterung aktualisieren, um es zu nutzen.',
    sv: 'Kundminnet skrevs av en nyare version av Replykit. Uppdatera tillägget för att använda det.',
  },
  memory_problem_other: {
    en: 'Customer memory failed: {message}',
    de: 'Das Kundengedächtnis hat einen Fehler: {message}',
    sv: 'Kundminnet fungerade inte: {message}',
  },
} as const satisfies Catalog;
