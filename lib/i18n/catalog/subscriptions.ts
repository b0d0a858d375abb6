import type { Catalog } from '../types';

/** Pack subscriptions by URL: subscribe, check now, pinning, what changed, why an update was refused. */
export const subscriptions = {
  subs_heading: { en: 'Subscriptions', de: 'Abonnements', sv: 'Prenumerationer' },
  subs_intro: {
    en: 'Packs your team publishes at a web address. Replykit checks them once a day (or as often as your organisation sets) and uses a new version only when it is valid and its own examples pass.',
    de: 'Pakete, die dein Team unter einer Webadresse veröffentlicht. Replykit prüft sie einmal am Tag (oder so oft, wie deine Organisation es festlegt) und übernimmt eine neue Version nur, wenn sie gültig ist und ihre eigenen Beispiele bestehen.',
    sv: 'Paket som ditt team publicerar på en webbadress. Replykit kontrollerar dem en gång om dagen (eller så ofta som din organisation bestämmer) och använder en ny version bara när den är giltig och dess egna exempel går igenom.',
  },
  subs_url_label: {
    en: 'Address of the pack (URL)',
    de: 'Adresse des Pakets (URL)',
    sv: 'Paketets adress (URL)',
  },
  subs_url_placeholder: {
    en: 'https://example.com/voice-pack.json',
    de: 'https://example.com/voice-pack.json',
    sv: 'https://example.com/voice-pack.json',
    description: 'An example address; keep it a valid https URL.',
  },
  subs_url_hint: {
    en: 'https:// on any server; plain http:// only from this computer (localhost).',
    de: 'https:// auf jedem Server; einfaches http:// nur von diesem Computer (localhost).',
    sv: 'https:// på vilken server som helst; vanlig http:// bara från den här datorn (localhost).',
  },
  subs_allow_access: {
    en: 'Give Replykit access to {host} and try again',
    de: 'Replykit Zugriff auf {host} geben und erneut versuchen',
    sv: 'Ge Replykit åtkomst till {host} och försök igen',
    description:
      'Button under a download that failed: the server may not allow cross-origin reads, which access to its host gets around.',
  },
  subs_subscribe: { en: 'Subscribe', de: 'Abonnieren', sv: 'Prenumerera' },
  subs_url_not_url: {
    en: '“{text}” is not a web address. Write it as https://…',
    de: '„{text}“ ist keine Webadresse. Bitte als https://… schreiben.',
    sv: '”{text}” är ingen webbadress. Skriv den som https://…',
  },
  subs_url_credentials: {
    en: 'The address must not contain a user name or password.',
    de: 'Die Adresse darf keinen Benutzernamen und kein Passwort enthalten.',
    sv: 'Adressen får inte innehålla användarnamn eller lösenord.',
  },
  subs_url_http: {
    en: 'Plain http:// is allowed only for this computer (localhost). Use https:// for {host}.',
    de: 'Einfaches http:// ist nur für diesen Computer (localhost) erlaubt. Für {host} bitte https:// verwenden.',
    sv: 'Vanlig http:// är bara tillåten för den här datorn (localhost). Använd https:// för {host}.',
  },
  subs_url_protocol: {
    en: 'The address must start with https://, not {protocol}',
    de: 'Die Adresse muss mit https:// beginnen, nicht mit {protocol}',
    sv: 'Adressen måste börja med https://, inte {protocol}',
  },
  subs_url_duplicate: {
    en: 'You already subscribe to this address.',
    de: 'Diese Adresse ist bereits abonniert.',
    sv: 'Du prenumererar redan på den här adressen.',
  },
  subs_subscribed: {
    en: 'Subscribed to {url}. Downloading the pack…',
    de: '{url} abonniert. Das Paket wird geladen …',
    sv: 'Prenumererar på {url}. Paketet hämtas …',
  },
  subs_access_refused: {
    en: 'Replykit was not given access to {host}. It will still try, but that works only if the server allows requests from other sites (CORS).',
    de: 'Replykit hat keinen Zugriff auf {host} erhalten. Es versucht es trotzdem, aber das klappt nur, wenn der Server Anfragen von anderen Websites erlaubt (CORS).',
    sv: 'Replykit fick inte åtkomst till {host}. Det försöker ändå, men det fungerar bara om servern tillåter anrop från andra webbplatser (CORS).',
  },
  subs_locked: {
    en: 'Your organisation manages the packs, so no subscriptions can be added here.',
    de: 'Deine Organisation verwaltet die Pakete, daher können hier keine Abonnements hinzugefügt werden.',
    sv: 'Din organisation hanterar paketen, så inga prenumerationer kan läggas till här.',
  },
  subs_empty: {
    en: 'No subscriptions yet.',
    de: 'Noch keine Abonnements.',
    sv: 'Inga prenumerationer än.',
  },
  subs_list_label: {
    en: 'Subscribed packs',
    de: 'Abonnierte Pakete',
    sv: 'Prenumererade paket',
  },
  subs_in_use: {
    en: '{name} {version} in use',
    de: '{name} {version} in Verwendung',
    sv: '{name} {version} används',
  },
  subs_none_in_use: {
    en: 'No version downloaded yet',
    de: 'Noch keine Version geladen',
    sv: 'Ingen version hämtad än',
  },
  subs_checked: {
    en: 'Last checked {when}',
    de: 'Zuletzt geprüft {when}',
    sv: 'Senast kontrollerad {when}',
    description: '{when} is a relative time such as “5 minutes ago”.',
  },
  subs_never_checked: {
    en: 'Not checked yet',
    de: 'Noch nicht geprüft',
    sv: 'Inte kontrollerad än',
  },
  subs_managed: {
    en: 'Set by your organisation',
    de: 'Von deiner Organisation festgelegt',
    sv: 'Inställt av din organisation',
  },
  subs_pinned: { en: 'Pinned', de: 'Festgehalten', sv: 'Fäst' },
  subs_check_now: { en: 'Check now', de: 'Jetzt prüfen', sv: 'Kontrollera nu' },
  subs_check_now_for: {
    en: 'Check now: {url}',
    de: 'Jetzt prüfen: {url}',
    sv: 'Kontrollera nu: {url}',
  },
  subs_pin: {
    en: 'Pin this version',
    de: 'Diese Version festhalten',
    sv: 'Fäst den här versionen',
  },
  subs_pin_for: {
    en: 'Pin this version: {url}',
    de: 'Diese Version festhalten: {url}',
    sv: 'Fäst den här versionen: {url}',
  },
  subs_unpin: { en: 'Unpin', de: 'Nicht mehr festhalten', sv: 'Lossa' },
  subs_unpin_for: {
    en: 'Unpin: {url}',
    de: 'Nicht mehr festhalten: {url}',
    sv: 'Lossa: {url}',
  },
  subs_unpin_hint: {
    en: 'Unpinning takes a waiting version into use at once.',
    de: 'Wer nicht mehr festhält, übernimmt eine wartende Version sofort.',
    sv: 'När du lossar tas en väntande version i bruk direkt.',
  },
  subs_remove: { en: 'Remove', de: 'Entfernen', sv: 'Ta bort' },
  subs_remove_for: {
    en: 'Remove: {url}',
    de: 'Entfernen: {url}',
    sv: 'Ta bort: {url}',
  },
  subs_removed: {
    en: 'Subscription to {url} removed.',
    de: 'Abonnement von {url} entfernt.',
    sv: 'Prenumerationen på {url} togs bort.',
  },
  subs_checking: { en: 'Checking {url}…', de: '{url} wird geprüft …', sv: 'Kontrollerar {url} …' },
  subs_outcome_updated: {
    en: '{url}: version {version} is now in use.',
    de: '{url}: Version {version} ist jetzt in Verwendung.',
    sv: '{url}: version {version} används nu.',
  },
  subs_outcome_unchanged: {
    en: '{url}: no new version.',
    de: '{url}: keine neue Version.',
    sv: '{url}: ingen ny version.',
  },
  subs_outcome_available: {
    en: '{url}: version {version} is available; the pinned version stays in use.',
    de: '{url}: Version {version} ist verfügbar; die festgehaltene Version bleibt in Verwendung.',
    sv: '{url}: version {version} finns; den fästa versionen används fortfarande.',
  },
  subs_outcome_failed: {
    en: '{url}: the update was refused because {reason}.',
    de: '{url}: Die Aktualisierung wurde abgelehnt, weil {reason}.',
    sv: '{url}: Uppdateringen avvisades eftersom {reason}.',
  },
  subs_outcome_gone: {
    en: 'That subscription no longer exists.',
    de: 'Dieses Abonnement gibt es nicht mehr.',
    sv: 'Den prenumerationen finns inte längre.',
  },
  subs_check_error: {
    en: 'Replykit could not run the check:',
    de: 'Replykit konnte die Prüfung nicht ausführen:',
    sv: 'Replykit kunde inte köra kontrollen:',
    description: 'Followed by the technical reason (in English).',
  },
  subs_failure_network: {
    en: 'the server could not be reached or answered with an error',
    de: 'der Server nicht erreichbar war oder mit einem Fehler geantwortet hat',
    sv: 'servern inte gick att nå eller svarade med ett fel',
    description: 'Completes “… refused because …”.',
  },
  subs_failure_too_large: {
    en: 'the pack is larger than 1 MB',
    de: 'das Paket größer als 1 MB ist',
    sv: 'paketet är större än 1 MB',
    description: 'Completes “… refused because …”.',
  },
  subs_failure_invalid: {
    en: 'it is not a valid voice pack',
    de: 'es kein gültiges Stimmpaket ist',
    sv: 'det inte är ett giltigt röstpaket',
    description: 'Completes “… refused because …”.',
  },
  subs_failure_tests: {
    en: 'its own examples fail',
    de: 'seine eigenen Beispiele fehlschlagen',
    sv: 'dess egna exempel inte går igenom',
    description: 'Completes “… refused because …”.',
  },
  subs_failure_older: {
    en: 'it is older than the version in use',
    de: 'es älter als die verwendete Version ist',
    sv: 'det är äldre än versionen som används',
    description: 'Completes “… refused because …”.',
  },
  subs_refused: {
    en: 'Update to {version} refused because {reason}.',
    de: 'Aktualisierung auf {version} abgelehnt, weil {reason}.',
    sv: 'Uppdateringen till {version} avvisades eftersom {reason}.',
  },
  subs_refused_unknown_version: {
    en: 'The last update was refused because {reason}.',
    de: 'Die letzte Aktualisierung wurde abgelehnt, weil {reason}.',
    sv: 'Den senaste uppdateringen avvisades eftersom {reason}.',
  },
  subs_still_using: {
    en: 'Still using version {version}.',
    de: 'Version {version} bleibt in Verwendung.',
    sv: 'Version {version} används fortfarande.',
  },
  subs_problems_label: {
    en: 'What is wrong',
    de: 'Was nicht stimmt',
    sv: 'Vad som är fel',
  },
  subs_changed: {
    en: 'Updated {from} → {to}',
    de: 'Aktualisiert {from} → {to}',
    sv: 'Uppdaterad {from} → {to}',
  },
  subs_first_version: {
    en: 'Version {version} downloaded',
    de: 'Version {version} geladen',
    sv: 'Version {version} hämtad',
  },
  subs_changes_label: {
    en: 'What changed',
    de: 'Was sich geändert hat',
    sv: 'Vad som ändrades',
  },
  subs_available: {
    en: '{version} available:',
    de: '{version} verfügbar:',
    sv: '{version} finns:',
    description: 'Followed by the list of changes in the waiting version.',
  },
  subs_apply_available: {
    en: 'Use {version}',
    de: '{version} verwenden',
    sv: 'Använd {version}',
  },
  subs_applied: {
    en: 'Version {version} is now in use.',
    de: 'Version {version} ist jetzt in Verwendung.',
    sv: 'Version {version} används nu.',
  },
  subs_notice_updated: {
    en: '{name} updated {from} → {to}',
    de: '{name} aktualisiert {from} → {to}',
    sv: '{name} uppdaterad {from} → {to}',
  },
  subs_notice_available: {
    en: '{version} available (pinned)',
    de: '{version} verfügbar (festgehalten)',
    sv: '{version} finns (fäst)',
  },
  subs_notice_label: {
    en: 'Pack updates',
    de: 'Paket-Aktualisierungen',
    sv: 'Paketuppdateringar',
  },
} as const satisfies Catalog;
