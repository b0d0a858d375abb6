import type { Language, ServiceHours } from '../../voice/schema';

/**
 * Service hours in the pack's time zone: whether someone is in, when the next person is back,
 * and when a promised update is due (business time). Pure: the time of replying comes in as
 * epoch milliseconds; time zones and daylight saving come from Intl.
 */

const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const MINUTE = 60_000;
const DAY = 86_400_000;
/** Far enough for a long holiday; beyond it the hours are treated as never open. */
const HORIZON_DAYS = 21;
/** A promised update is due within this much business time. */
export const UPDATE_MINUTES = 120;

/** A calendar date and wall-clock time in the pack's zone. */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

function wallClock(epoch: number, timeZone: string): { local: LocalTime; asUtc: number } {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(epoch))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const { year, month, day, hour, minute, second } = parts as Record<string, number>;
  const asUtc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  const weekday = (new Date(Date.UTC(year!, month! - 1, day!)).getUTCDay() + 6) % 7;
  return {
    local: { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, weekday },
    asUtc,
  };
}

export function localTime(epoch: number, timeZone: string): LocalTime {
  return wallClock(epoch, timeZone).local;
}

/** Offset of the zone from UTC at `epoch`, in milliseconds (+01:00 → 3 600 000). */
function offsetAt(epoch: number, timeZone: string): number {
  const whole = Math.floor(epoch / 1000) * 1000;
  return wallClock(whole, timeZone).asUtc - whole;
}

/** The instant a wall-clock time happens in the zone (minutes may run past midnight: 24:00). */
function zonedEpoch(year: number, month: number, day: number, minutes: number, zone: string) {
  const naive = Date.UTC(year, month - 1, day) + minutes * MINUTE;
  const first = naive - offsetAt(naive, zone);
  // Near a daylight-saving change the offset at the guess may differ from the one at the result.
  const second = naive - offsetAt(first, zone);
  return second;
}

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':');
  return Number(hours) * 60 + Number(minutes);
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Opening intervals as instants, in order, from the day of `now` on. */
function* intervals(hours: ServiceHours, now: number): Generator<[number, number]> {
  const today = localTime(now, hours.timeZone);
  const closed = new Set(hours.closed);
  for (let offset = 0; offset < HORIZON_DAYS; offset++) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day) + offset * DAY);
    const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    if (closed.has(isoDate(year, month, day))) continue;
    const weekday = WEEK[(date.getUTCDay() + 6) % 7]!;
    const slots = [...hours.week[weekday]].sort((a, b) => minutesOf(a.from) - minutesOf(b.from));
    for (const slot of slots) {
      const start = zonedEpoch(year, month, day, minutesOf(slot.from), hours.timeZone);
      const end = zonedEpoch(year, month, day, minutesOf(slot.to), hours.timeZone);
      if (end > now) yield [start, end];
    }
  }
}

export function isOpen(hours: ServiceHours, now: number): boolean {
  for (const [start, end] of intervals(hours, now)) return start <= now && now < end;
  return false;
}

/** When the next person is in, if nobody is now; undefined when open or never open. */
export function nextOpening(hours: ServiceHours, now: number): number | undefined {
  for (const [start] of intervals(hours, now)) return start > now ? start : undefined;
  return undefined;
}

/**
 * When an update promised now is due: `minutes` of business time later, rounded up to the next
 * half hour on the zone's clock (never past the end of that opening). Undefined when never open.
 */
export function updateDue(
  hours: ServiceHours,
  now: number,
  minutes = UPDATE_MINUTES,
): number | undefined {
  let remaining = minutes * MINUTE;
  for (const [start, end] of intervals(hours, now)) {
    const from = Math.max(start, now);
    if (from + remaining > end) {
      remaining -= end - from;
      continue;
    }
    const due = from + remaining;
    const local = wallClock(due, hours.timeZone);
    // The zone's wall clock as if it were UTC: whole half hours there are multiples of 30 minutes.
    const intoHalfHour = (local.asUtc + (due % 1000)) % (30 * MINUTE);
    const rounded = intoHalfHour === 0 ? due : due + 30 * MINUTE - intoHalfHour;
    return Math.min(rounded, end);
  }
  return undefined;
}

/** "2026-11-24T09:00:00+01:00": the instant as the zone's wall clock with its offset. */
export function isoInZone(epoch: number, timeZone: string): string {
  const offset = offsetAt(epoch, timeZone);
  const t = localTime(epoch, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset) / MINUTE;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${isoDate(t.year, t.month, t.day)}T${pad(t.hour)}:${pad(t.minute)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const WEEKDAYS: Record<Language, readonly string[]> = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  de: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
  sv: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
};
const DATE_LOCALE: Record<Language, string> = { en: 'en-GB', de: 'de-DE', sv: 'sv-SE' };

function clock(t: LocalTime, language: Language): string {
  const mm = String(t.minute).padStart(2, '0');
  if (language === 'de') return `${t.hour}:${mm} Uhr`;
  if (language === 'sv') return `${t.hour}.${mm}`;
  if (t.hour === 12 && t.minute === 0) return 'noon';
  const hour12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
  return `${hour12}${t.minute === 0 ? '' : `:${mm}`} ${t.hour < 12 ? 'am' : 'pm'}`;
}

type Day = 'today' | 'tomorrow' | 'weekday' | 'date';

function dayOf(t: LocalTime, now: LocalTime): Day {
  const days = Math.round(
    (Date.UTC(t.year, t.month - 1, t.day) - Date.UTC(now.year, now.month - 1, now.day)) / DAY,
  );
  if (days <= 0) return 'today';
  if (days === 1) return 'tomorrow';
  return days < 7 ? 'weekday' : 'date';
}

function dateText(t: LocalTime, language: Language): string {
  return new Intl.DateTimeFormat(DATE_LOCALE[language], {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(Date.UTC(t.year, t.month - 1, t.day));
}

/** A phrasing per language and day: `time` the clock time, `on` the weekday or the date. */
type Phrasing = Record<Language, Record<Day, (time: string, on: string) => string>>;

const DEADLINE: Phrasing = {
  en: {
    today: (time) => `by ${time} today`,
    tomorrow: (time) => `by ${time} tomorrow`,
    weekday: (time, on) => `by ${time} on ${on}`,
    date: (time, on) => `by ${time} on ${on}`,
  },
  de: {
    today: (time) => `bis heute ${time}`,
    tomorrow: (time) => `bis morgen ${time}`,
    weekday: (time, on) => `bis ${on} ${time}`,
    date: (time, on) => `bis zum ${on}, ${time}`,
  },
  sv: {
    today: (time) => `senast kl. ${time} i dag`,
    tomorrow: (time) => `senast kl. ${time} i morgon`,
    weekday: (time, on) => `senast kl. ${time} på ${on}`,
    date: (time, on) => `senast kl. ${time} den ${on}`,
  },
};

const RETURN: Phrasing = {
  en: {
    today: (time) => `today at ${time}`,
    tomorrow: (time) => `tomorrow at ${time}`,
    weekday: (time, on) => `on ${on} at ${time}`,
    date: (time, on) => `on ${on} at ${time}`,
  },
  de: {
    today: (time) => `heute um ${time}`,
    tomorrow: (time) => `morgen um ${time}`,
    weekday: (time, on) => `am ${on} um ${time}`,
    date: (time, on) => `am ${on} um ${time}`,
  },
  sv: {
    today: (time) => `i dag kl. ${time}`,
    tomorrow: (time) => `i morgon kl. ${time}`,
    weekday: (time, on) => `på ${on} kl. ${time}`,
    date: (time, on) => `den ${on} kl. ${time}`,
  },
};

function phrase(
  phrasing: Phrasing,
  epoch: number,
  now: number,
  timeZone: string,
  language: Language,
): string {
  const t = localTime(epoch, timeZone);
  const day = dayOf(t, localTime(now, timeZone));
  // The date only when it is said: Intl.DateTimeFormat is costly to build.
  const on =
    day === 'weekday'
      ? WEEKDAYS[language][t.weekday]!
      : day === 'date'
        ? dateText(t, language)
        : '';
  return phrasing[language][day](clock(t, language), on);
}

/** A deadline for the next update: "by 3:30 pm today", "bis morgen 10:00 Uhr", "senast kl. 10.00 på måndag". */
export function formatDeadline(
  epoch: number,
  now: number,
  timeZone: string,
  language: Language,
): string {
  return phrase(DEADLINE, epoch, now, timeZone, language);
}

/** When someone is back: "tomorrow at 8 am", "am Montag um 8:00 Uhr", "i dag kl. 10.00". */
export function formatReturn(
  epoch: number,
  now: number,
  timeZone: string,
  language: Language,
): string {
  return phrase(RETURN, epoch, now, timeZone, language);
}

/** Without service hours someone is always in: the promise is relative, and still concrete. */
export const WITHIN_TWO_HOURS: Record<Language, string> = {
  en: 'within two hours',
  de: 'innerhalb von zwei Stunden',
  sv: 'inom två timmar',
};
