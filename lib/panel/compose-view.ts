import type { AfterHours } from '../compose/types';
import { uiLanguage } from '../i18n';

/** When a person is back, in the pack's time zone and the UI language ("Monday 09:00"). */
export function formatNextOpen(afterHours: AfterHours, language: string = uiLanguage()): string {
  const at = new Date(afterHours.nextOpen);
  if (Number.isNaN(at.getTime())) return afterHours.nextOpen;
  return new Intl.DateTimeFormat(language, {
    weekday: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: afterHours.timeZone,
  }).format(at);
}
