import type { Catalog } from '../types';

/** The options page: where Replykit runs, and what the user types to add a site. */
export const options = {
  options_title: {
    en: 'Replykit settings',
    de: 'Replykit-Einstellungen',
    sv: 'Inställningar för Replykit',
    description: 'The options page’s tab title.',
  },
  options_subtitle: {
    en: 'Settings',
    de: 'Einstellungen',
    sv: 'Inställningar',
    description: 'Subtitle under the product name at the top of the options page.',
  },
  options_footer: {
    en: 'Settings stay on this device.',
    de: 'Die Einstellungen bleiben auf diesem Gerät.',
    sv: 'Inställningarna stannar på den här enheten.',
  },

  options_sites_heading: { en: 'Sites', de: 'Websites', sv: 'Webbplatser' },
  options_supported_heading: {
    en: 'Supported sites',
    de: 'Unterstützte Websites',
    sv: 'Webbplatser som stöds',
  },
  options_supported_description: {
    en: 'Replykit reads the reply box on these sites. Nothing to set up.',
    de: 'Replykit liest das Antwortfeld auf diesen Websites. Keine Einrichtung nötig.',
    sv: 'Replykit läser svarsrutan på de här webbplatserna. Inget att ställa in.',
  },
  options_mastodon_title: {
    en: 'Mastodon instances',
    de: 'Mastodon-Instanzen',
    sv: 'Mastodon-instanser',
  },
  options_mastodon_description: {
    en: 'Mastodon runs on many servers: add the instances your team answers on.',
    de: 'Mastodon läuft auf vielen Servern: Hier die Instanzen hinzufügen, auf denen das Team antwortet.',
    sv: 'Mastodon körs på många servrar: lägg till de instanser där ditt team svarar.',
  },
  options_mastodon_input: {
    en: 'Add a Mastodon instance',
    de: 'Mastodon-Instanz hinzufügen',
    sv: 'Lägg till en Mastodon-instans',
  },
  options_mastodon_empty: {
    en: 'No Mastodon instance: Replykit stays off Mastodon.',
    de: 'Keine Mastodon-Instanz: Replykit bleibt Mastodon fern.',
    sv: 'Ingen Mastodon-instans: Replykit håller sig borta från Mastodon.',
  },
  options_other_title: { en: 'Other sites', de: 'Andere Websites', sv: 'Andra webbplatser' },
  options_other_description: {
    en: 'Any other site with a reply box (a forum, a help desk): Replykit checks the box you write in, without reading who the customer is.',
    de: 'Jede andere Website mit einem Antwortfeld (ein Forum, ein Helpdesk): Replykit prüft das Feld, in dem geschrieben wird, ohne zu lesen, wer die Kundin oder der Kunde ist.',
    sv: 'Alla andra webbplatser med en svarsruta (ett forum, en kundtjänst): Replykit granskar rutan du skriver i, utan att läsa vem kunden är.',
  },
  options_other_input: {
    en: 'Add a site',
    de: 'Website hinzufügen',
    sv: 'Lägg till en webbplats',
  },
  options_other_empty: {
    en: 'No other sites yet.',
    de: 'Noch keine anderen Websites.',
    sv: 'Inga andra webbplatser än.',
  },

  options_access_built_in: {
    en: 'Included',
    de: 'Enthalten',
    sv: 'Ingår',
    description: 'A site the extension already has access to.',
  },
  options_access_granted: {
    en: 'Access granted',
    de: 'Zugriff erteilt',
    sv: 'Åtkomst beviljad',
  },
  options_access_missing: {
    en: 'No access yet',
    de: 'Noch kein Zugriff',
    sv: 'Ingen åtkomst än',
  },
  options_loading: { en: 'Loading…', de: 'Wird geladen …', sv: 'Läser in …' },
  options_grant: { en: 'Grant access', de: 'Zugriff erteilen', sv: 'Bevilja åtkomst' },
  options_grant_site: {
    en: 'Grant access to {site}',
    de: 'Zugriff auf {site} erteilen',
    sv: 'Bevilja åtkomst till {site}',
  },
  options_remove: { en: 'Remove', de: 'Entfernen', sv: 'Ta bort' },
  options_remove_site: {
    en: 'Remove {site}',
    de: '{site} entfernen',
    sv: 'Ta bort {site}',
  },
  options_add: { en: 'Add', de: 'Hinzufügen', sv: 'Lägg till' },
  options_added: {
    en: 'Added {site}.',
    de: '{site} hinzugefügt.',
    sv: '{site} har lagts till.',
  },
  options_removed: {
    en: 'Removed {site}.',
    de: '{site} entfernt.',
    sv: '{site} har tagits bort.',
  },
  options_still_loading: {
    en: 'The saved sites are still loading: try again.',
    de: 'Die gespeicherten Websites werden noch geladen: bitte erneut versuchen.',
    sv: 'De sparade webbplatserna läses fortfarande in: försök igen.',
  },

  options_input_empty: {
    en: 'Type an address, like {example}.',
    de: 'Bitte eine Adresse eingeben, etwa {example}.',
    sv: 'Skriv en adress, till exempel {example}.',
  },
  options_input_not_address: {
    en: '“{text}” is not a web address: type one like {example}.',
    de: '„{text}“ ist keine Webadresse: bitte eine wie {example} eingeben.',
    sv: '”{text}” är ingen webbadress: skriv en som {example}.',
    description: '{text}: what the user typed; {example}: an address such as example.social.',
  },
  options_input_scheme: {
    en: 'Only web addresses work here (https://…), not {scheme}:.',
    de: 'Hier funktionieren nur Webadressen (https://…), nicht {scheme}:.',
    sv: 'Här fungerar bara webbadresser (https://…), inte {scheme}:.',
    description: '{scheme}: the scheme the user typed, such as ftp.',
  },
  options_input_port: {
    en: 'Leave out the port (:{port}): access is given to the whole site.',
    de: 'Bitte den Port (:{port}) weglassen: Der Zugriff gilt für die ganze Website.',
    sv: 'Utelämna porten (:{port}): åtkomsten gäller hela webbplatsen.',
  },
  options_input_not_domain: {
    en: '“{text}” is not a domain name: type the instance’s address, like example.social.',
    de: '„{text}“ ist kein Domainname: bitte die Adresse der Instanz eingeben, etwa example.social.',
    sv: '”{text}” är inget domännamn: skriv instansens adress, till exempel example.social.',
  },
  options_input_supported: {
    en: '{host} is {site}, already supported.',
    de: '{host} ist {site} und wird bereits unterstützt.',
    sv: '{host} är {site}, som redan stöds.',
    description: '{site}: a platform name such as X.',
  },
  options_input_duplicate: {
    en: '{host} is already in the list.',
    de: '{host} steht bereits in der Liste.',
    sv: '{host} finns redan i listan.',
  },
  options_input_in_other_sites: {
    en: '{host} is already under Other sites: remove it there first.',
    de: '{host} steht bereits unter „Andere Websites“: bitte zuerst dort entfernen.',
    sv: '{host} finns redan under Andra webbplatser: ta bort den där först.',
  },
  options_input_in_mastodon: {
    en: '{host} is already a Mastodon instance: remove it there first.',
    de: '{host} ist bereits als Mastodon-Instanz eingetragen: bitte zuerst dort entfernen.',
    sv: '{host} är redan en Mastodon-instans: ta bort den där först.',
  },
} as const satisfies Catalog;
