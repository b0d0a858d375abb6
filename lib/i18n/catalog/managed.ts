import type { Catalog } from '../types';

/** Settings an administrator sets through enterprise policy, shown as locked. */
export const managed = {
  managed_locked: {
    en: 'Set by your organisation',
    de: 'Von deiner Organisation festgelegt',
    sv: 'Angivet av din organisation',
    description:
      'Badge beside a setting the IT administrator fixed through browser enterprise policy. Any section may reuse it.',
  },
  managed_locked_why: {
    en: 'Your IT administrator set this through the browser’s enterprise policy, so it cannot be changed here. Ask them if it needs to change.',
    de: 'Deine IT-Abteilung hat dies über eine Unternehmensrichtlinie des Browsers festgelegt, daher lässt es sich hier nicht ändern. Für eine Änderung wende dich bitte an die IT-Abteilung.',
    sv: 'Din IT-administratör har bestämt detta via webbläsarens företagspolicy, så det går inte att ändra här. Fråga IT-administratören om det behöver ändras.',
    description: 'Explains a locked setting; shown under it and tied to the control.',
  },
  managed_notice_heading: {
    en: 'Managed by your organisation',
    de: 'Von deiner Organisation verwaltet',
    sv: 'Hanteras av din organisation',
  },
  managed_notice_intro: {
    en: 'Your IT administrator sets these through the browser’s enterprise policy:',
    de: 'Deine IT-Abteilung legt Folgendes über eine Unternehmensrichtlinie des Browsers fest:',
    sv: 'Din IT-administratör bestämmer följande via webbläsarens företagspolicy:',
  },
  managed_notice_lock_packs: {
    en: 'Voice packs: only your organisation’s packs are used, wherever you reply.',
    de: 'Stimmpakete: Es gelten nur die Pakete deiner Organisation, überall, wo du antwortest.',
    sv: 'Röstpaket: bara din organisations paket används, var du än svarar.',
  },
  managed_notice_inline_pack: {
    en: 'A voice pack from your organisation: “{name}”.',
    de: 'Ein Stimmpaket deiner Organisation: „{name}“.',
    sv: 'Ett röstpaket från din organisation: ”{name}”.',
    description: '{name} is the pack’s own name.',
  },
  managed_notice_inline_pack_broken: {
    en: 'A voice pack from your organisation, which has errors (see below) and is not used.',
    de: 'Ein Stimmpaket deiner Organisation, das Fehler enthält (siehe unten) und nicht verwendet wird.',
    sv: 'Ett röstpaket från din organisation, som har fel (se nedan) och inte används.',
  },
  managed_notice_pack_urls: {
    en: 'Subscribed pack addresses, which you cannot remove: {urls}',
    de: 'Abonnierte Paketadressen, die du nicht entfernen kannst: {urls}',
    sv: 'Prenumererade paketadresser som du inte kan ta bort: {urls}',
    description: '{urls} is a comma-separated list of web addresses.',
  },
  managed_notice_retention: {
    en: 'Conversations are kept for {days} days.',
    de: 'Gespräche werden {days} Tage aufbewahrt.',
    sv: 'Konversationer sparas i {days} dagar.',
  },
  managed_notice_interval: {
    en: 'Subscribed packs are checked for a new version every {hours} hours.',
    de: 'Abonnierte Pakete werden alle {hours} Stunden auf eine neue Version geprüft.',
    sv: 'Prenumererade paket kontrolleras efter en ny version var {hours}:e timme.',
  },
  managed_notice_problems: {
    en: 'Some of these settings could not be used and are ignored. Please pass this on to your IT administrator:',
    de: 'Einige dieser Einstellungen konnten nicht verwendet werden und werden ignoriert. Bitte gib Folgendes an deine IT-Abteilung weiter:',
    sv: 'Några av inställningarna kunde inte användas och ignoreras. Skicka vidare detta till din IT-administratör:',
  },
} as const satisfies Catalog;
