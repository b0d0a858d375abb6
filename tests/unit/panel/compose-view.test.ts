import { describe, expect, it } from 'vitest';
import { formatNextOpen } from '../../../lib/panel/compose-view';

describe('formatNextOpen: when a person is back, in the pack’s time zone', () => {
  const back = { nextOpen: '2026-11-24T08:00:00+01:00', timeZone: 'Europe/Berlin' };

  it.each([
    ['en', 'Tuesday 8:00 AM'],
    ['de', 'Dienstag, 08:00'],
    ['sv', 'tisdag 08:00'],
  ])('%s: %s', (language, expected) => {
    expect(formatNextOpen(back, language)).toBe(expected);
  });

  it('shows the time where the team is, not where the browser is', () => {
    expect(formatNextOpen({ ...back, timeZone: 'America/New_York' }, 'en')).toBe('Tuesday 2:00 AM');
  });

  it('shows an unreadable time as it came', () => {
    expect(formatNextOpen({ nextOpen: 'soon', timeZone: 'Europe/Berlin' }, 'en')).toBe('soon');
  });
});
