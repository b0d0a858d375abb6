import type { Catalog } from '../types';

/** Settings an administrator sets through enterprise policy, shown as locked. */
export const managed = {
  managed_locked: {
    en: 'Set by your organisation',
    de: 'Von Ihrer Organisation festgelegt',
    sv: 'Angivet av din organisation',
    description:
      'Badge beside a setting the IT administrator fixed through browser enterprise policy. Any section may reuse it.',
  },
  managed_locked_why: {
    en: 'Your IT administrator set this through the browser’s enterprise policy, so it cannot be changed here. Ask them if it needs to change.',
    de: 'Ihre IT-Abteilung hat dies über eine Unternehmensrichtlinie des Browsers festgelegt, daher lässt es sich hier nicht ändern. Für eine Änderung wenden Sie sich bitte an die IT-Abteilung.',
    sv: 'Din IT-administratör har bestämt detta via webbläsarens företagspolicy, så det går inte att ändra här. Fråga IT-administratören om det behöver ändras.',
    description: 'Explains a locked setting; shown under it and tied to the control.',
  },
} as const satisfies Catalog;
