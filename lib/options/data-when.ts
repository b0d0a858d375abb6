import { uiLanguage } from '../i18n';

let format: Intl.DateTimeFormat | undefined;

/** A moment in the UI language's date and time format ("7 Mar 2025, 14:05"). */
export function formatWhen(at: number): string {
  format ??= new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
  return format.format(at);
}
