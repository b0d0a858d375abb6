import { describe, expect, it } from 'vitest';
import {
  formatDeadline,
  formatReturn,
  isoInZone,
  isOpen,
  nextOpening,
  updateDue,
} from '../../../lib/compose/suggest/hours';
import { defaultPack, type ServiceHours } from '../../../lib/voice';

const berlin = defaultPack.hours!;
const newYork: ServiceHours = {
  timeZone: 'America/New_York',
  week: {
    mon: [{ from: '09:00', to: '17:00' }],
    tue: [{ from: '09:00', to: '17:00' }],
    wed: [{ from: '09:00', to: '17:00' }],
    thu: [{ from: '09:00', to: '17:00' }],
    fri: [{ from: '09:00', to: '17:00' }],
    sat: [],
    sun: [{ from: '01:00', to: '05:00' }],
  },
  closed: [],
  afterHours: {},
};
const at = (iso: string) => Date.parse(iso);
const due = (hours: ServiceHours, iso: string) =>
  isoInZone(updateDue(hours, at(iso))!, hours.timeZone);

describe('service hours in the pack’s time zone', () => {
  it.each([
    ['2026-03-25T07:00:00Z', true], // Wed 08:00 CET: opening minute
    ['2026-03-25T06:59:00Z', false],
    ['2026-03-25T19:00:00Z', false], // 20:00 CET: closed at the end minute
    ['2026-03-28T09:30:00Z', true], // Sat 10:30 CET
    ['2026-03-29T10:00:00Z', false], // Sunday
    ['2026-12-24T10:00:00Z', false], // a holiday on a Thursday
    ['2026-07-01T17:59:00Z', true], // 19:59 CEST, summer time
    ['2026-07-01T18:00:00Z', false], // 20:00 CEST
  ])('%s open: %s', (iso, open) => {
    expect(isOpen(berlin, at(iso))).toBe(open);
  });

  it('finds the next opening across weekends, holidays and the change to summer time', () => {
    const next = (iso: string) => isoInZone(nextOpening(berlin, at(iso))!, berlin.timeZone);
    expect(next('2026-03-28T16:00:00Z')).toBe('2026-03-30T08:00:00+02:00');
    expect(next('2026-12-23T19:30:00Z')).toBe('2026-12-28T08:00:00+01:00');
    expect(next('2026-10-24T21:00:00Z')).toBe('2026-10-26T08:00:00+01:00');
    expect(nextOpening(berlin, at('2026-03-25T10:00:00Z'))).toBeUndefined();
  });

  it('promises an update within two business hours, rounded up to the next half hour', () => {
    expect(due(berlin, '2026-03-25T13:10:00Z')).toBe('2026-03-25T16:30:00+01:00');
    expect(due(berlin, '2026-03-25T13:00:00Z')).toBe('2026-03-25T16:00:00+01:00');
    // 19:50 on a Friday: ten minutes left, the rest from Saturday 10:00.
    expect(due(berlin, '2026-03-27T18:50:00Z')).toBe('2026-03-28T12:00:00+01:00');
    // Closed: the two hours start when the team is back.
    expect(due(berlin, '2026-03-29T10:00:00Z')).toBe('2026-03-30T10:00:00+02:00');
    // New York, on the night summer time ends (1 Nov 2026, 01:00–02:00 happens twice).
    // 01:30 EDT plus two real hours is 02:30 EST: the clock shows one hour more, not two.
    expect(due(newYork, '2026-11-01T05:30:00Z')).toBe('2026-11-01T02:30:00-05:00');
    // Friday 16:30 EDT has 30 minutes left; the other 90 run from the first 01:00 (EDT) on Sunday.
    expect(due(newYork, '2026-10-30T20:30:00Z')).toBe('2026-11-01T01:30:00-05:00');
  });

  it('is never due when the hours are never open', () => {
    const never = {
      ...newYork,
      week: { ...newYork.week, mon: [], tue: [], wed: [], thu: [], fri: [], sun: [] },
    };
    expect(updateDue(never, at('2026-03-25T10:00:00Z'))).toBeUndefined();
    expect(isOpen(never, at('2026-03-25T10:00:00Z'))).toBe(false);
    expect(nextOpening(never, at('2026-03-25T10:00:00Z'))).toBeUndefined();
  });
});

describe('times in words', () => {
  const now = at('2026-03-25T13:10:00Z'); // Wednesday 14:10 in Berlin
  const zone = 'Europe/Berlin';
  it.each([
    ['2026-03-25T15:30:00Z', 'by 4:30 pm today', 'bis heute 16:30 Uhr', 'senast kl. 16.30 i dag'],
    [
      '2026-03-26T09:00:00Z',
      'by 10 am tomorrow',
      'bis morgen 10:00 Uhr',
      'senast kl. 10.00 i morgon',
    ],
    [
      '2026-03-26T11:00:00Z',
      'by noon tomorrow',
      'bis morgen 12:00 Uhr',
      'senast kl. 12.00 i morgon',
    ],
    [
      '2026-03-30T08:00:00Z',
      'by 10 am on Monday',
      'bis Montag 10:00 Uhr',
      'senast kl. 10.00 på måndag',
    ],
    [
      '2026-04-06T08:00:00Z',
      'by 10 am on 6 April',
      'bis zum 6. April, 10:00 Uhr',
      'senast kl. 10.00 den 6 april',
    ],
  ])('deadline %s', (iso, en, de, sv) => {
    expect(formatDeadline(at(iso), now, zone, 'en')).toBe(en);
    expect(formatDeadline(at(iso), now, zone, 'de')).toBe(de);
    expect(formatDeadline(at(iso), now, zone, 'sv')).toBe(sv);
  });

  it('says when someone is back', () => {
    const monday = at('2026-03-30T06:00:00Z');
    const saturday = at('2026-03-28T16:00:00Z');
    expect(formatReturn(monday, saturday, zone, 'en')).toBe('on Monday at 8 am');
    expect(formatReturn(monday, saturday, zone, 'de')).toBe('am Montag um 8:00 Uhr');
    expect(formatReturn(monday, saturday, zone, 'sv')).toBe('på måndag kl. 8.00');
    const sunday = at('2026-03-29T20:00:00Z');
    expect(formatReturn(monday, sunday, zone, 'en')).toBe('tomorrow at 8 am');
    expect(formatReturn(monday, sunday, zone, 'de')).toBe('morgen um 8:00 Uhr');
    expect(formatReturn(monday, sunday, zone, 'sv')).toBe('i morgon kl. 8.00');
  });
});
