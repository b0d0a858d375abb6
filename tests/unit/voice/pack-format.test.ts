import { describe, expect, it } from 'vitest';
import { DEFAULT_ABUSE_STEPS, parsePack, type ParseResult } from '../../../lib/voice';

const minimal = { id: 'acme-care', name: 'Acme care', version: '1.0.0', languages: ['en'] };
const week = { mon: [{ from: '09:00', to: '17:00' }] };

function problems(result: ParseResult): string[] {
  return result.ok ? [] : result.errors.map((p) => `${p.path}: ${p.message}`);
}

describe('pack format: reply blocks', () => {
  it('takes a text or a list of variants, intensities and an audience', () => {
    const result = parsePack({
      ...minimal,
      blocks: [
        {
          id: 'sorry',
          label: 'Sorry',
          kind: 'empathy',
          intents: ['complaint'],
          intensities: ['angry', 'distressed'],
          text: { en: ['I’m sorry, {name}.', 'That’s on us, {name}.'] },
        },
        {
          id: 'again',
          label: 'Again',
          kind: 'greeting',
          audience: 'returning',
          text: { en: 'Hi {name}, last time we {last-outcome}.' },
        },
        { id: 'ask', label: 'Ask', kind: 'question', text: { en: 'Which order, {order}?' } },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.blocks[0]!.text.en).toEqual(['I’m sorry, {name}.', 'That’s on us, {name}.']);
    expect(result.pack.blocks[1]!.audience).toBe('returning');
  });

  it('rejects unknown intents, intensities, placeholders and memory outside returning blocks', () => {
    const result = parsePack({
      ...minimal,
      blocks: [
        {
          id: 'a',
          label: 'A',
          kind: 'answer',
          intents: ['delivry', 'complaint', 'weather'],
          intensities: ['furious'],
          audience: 'everyone',
          text: { en: ['Fine.', 'By {tme}.'] },
        },
        { id: 'b', label: 'B', kind: 'greeting', text: { en: 'Hi, did {last-topic} work?' } },
        { id: 'c', label: 'C', kind: 'greeting', text: { en: [] } },
      ],
    });
    expect(problems(result)).toEqual([
      'blocks[0].intensities[0]: expected one of "calm", "annoyed", "angry", "distressed", got "furious"',
      'blocks[0].audience: expected one of "first-contact", "returning", got "everyone"',
      'blocks[0].text.en[1]: unknown placeholder {tme}; did you mean {time}?',
      'blocks[0].intents[0]: unknown intent "delivry"; did you mean "delivery"?',
      'blocks[0].intents[2]: unknown intent "weather"; use one of question, complaint, praise, delivery, refund, outage, feature-request, account, abuse, mention',
      'blocks[1].text.en: placeholder {last-topic} needs a block with "audience": "returning"',
      expect.stringMatching(/^blocks\[2\]\.text\.en: /),
    ]);
  });
});

describe('pack format: service hours', () => {
  it('accepts hours with holidays and after-hours text; absent days are closed', () => {
    const result = parsePack({
      ...minimal,
      hours: {
        timeZone: 'America/New_York',
        week,
        closed: ['2026-07-04'],
        afterHours: { en: 'We are back {time}.' },
      },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.hours?.week.mon).toEqual([{ from: '09:00', to: '17:00' }]);
    expect(result.pack.hours?.week.sun).toEqual([]);
  });

  it('rejects an unknown time zone, bad times, from at or after to, and bad dates', () => {
    const result = parsePack({
      ...minimal,
      hours: {
        timeZone: 'Europe/Berlinn',
        week: {
          mon: [{ from: '9:00', to: '17:00' }],
          tue: [{ from: '17:00', to: '09:00' }],
          wed: [
            { from: '08:00', to: '12:00' },
            { from: '11:00', to: '18:00' },
          ],
          thu: [{ from: '10:00', to: '10:00' }],
          fry: [],
        },
        closed: ['24.12.2026'],
        afterHours: { en: 'Back {when}.' },
      },
    });
    expect(problems(result)).toEqual([
      'hours.timeZone: unknown time zone "Europe/Berlinn"; use an IANA name such as "Europe/Berlin"',
      'hours.week.mon[0].from: must be a time "HH:MM", e.g. "08:00"',
      'hours.week.fry: unknown field; did you mean "fri"?',
      'hours.closed[0]: must be a date "YYYY-MM-DD"',
      'hours.week.tue[0].to: must be later than "from" (17:00)',
      'hours.week.wed[1].from: overlaps the hours before it; list them in order',
      'hours.week.thu[0].to: must be later than "from" (10:00)',
      'hours.afterHours.en: unknown placeholder {when}; use {name}, {agent}, {initials}, {time}',
    ]);
  });

  it('warns when an after-hours text is missing for a language', () => {
    const result = parsePack({
      ...minimal,
      languages: ['en', 'de'],
      hours: { timeZone: 'UTC', week, afterHours: { en: 'Back {time}.' } },
    });
    expect(result.ok && result.warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([
      'hours.afterHours: no "de" text for after hours',
    ]);
  });
});

describe('pack format: abuse guidance and older packs', () => {
  it('fills in "don’t feed it" defaults, so a pack written before stays valid', () => {
    const result = parsePack({
      ...minimal,
      blocks: [{ id: 'hi', label: 'Hi', kind: 'greeting', text: { en: 'Hi {name},' } }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.abuse).toEqual({ replyAllowed: false, steps: DEFAULT_ABUSE_STEPS });
    expect(result.pack.hours).toBeUndefined();
  });

  it('takes the pack’s own steps and permission', () => {
    const result = parsePack({ ...minimal, abuse: { replyAllowed: true, steps: ['Hide it.'] } });
    expect(result.ok && result.pack.abuse).toEqual({ replyAllowed: true, steps: ['Hide it.'] });
    expect(problems(parsePack({ ...minimal, abuse: { steps: [] } }))).toEqual([
      'abuse.steps: must not be empty',
    ]);
  });
});
