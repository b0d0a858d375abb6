import type { AfterHours } from '../compose/types';
import { uiLanguage } from '../i18n';

/** When a person is back, in the pack's time zone and the UI language ("Monday 09:00"). */
export function formatNextOpen(afterHours: AfterHours, language: string = uiLanguage()): string {
  const at = new Date(afterHours.nextOpen);
  if (Number.isNaN(at.getTime())) return afterHours.nextOpen;
  return new Intl.DateTimeFormat(language, {
    weekday: 'long',
    // 'numeric' hours: "Tuesday 8:00 AM" in English, "Dienstag 08:00" in German, as each writes it.
    hour: 'numeric',
    minute: '2-digit',
    timeZone: afterHours.timeZone,
  }).format(at);
}
