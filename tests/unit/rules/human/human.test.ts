import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../lib/voice/schema';
import { applyFix, excerpts, findingsOf, makePack } from '../helpers';

const pack = makePack();
type Row = readonly [Language, string, string[]];

describe('human.form-letter', () => {
  it.each<Row>([
    [
      'en',
      'We apologize for any inconvenience. Your order ships today.',
      ['We apologize for any inconvenience'],
    ],
    ['en', 'Your call is important to us.', ['Your call is important to us']],
    ['en', 'Please be advised that the store closes at 6.', ['Please be advised that']],
    ['en', "Hi Sam, I'm sorry the order is late: a new one ships today.", []],
    ['en', 'Thanks Sam, the fix is live now.', []],
    [
      'de',
      'Wir entschuldigen uns für die Unannehmlichkeiten.',
      ['Wir entschuldigen uns für die Unannehmlichkeiten'],
    ],
    ['de', 'Hallo Jana, tut mir leid, das Paket kommt morgen.', []],
    ['sv', 'Vi ber om ursäkt för eventuella besvär.', ['Vi ber om ursäkt för eventuella besvär']],
    ['sv', 'Hej Åsa, förlåt att paketet är sent. Det kommer i morgon.', []],
  ])('%s: %s', (language, text, expected) => {
    expect(excerpts('human.form-letter', text, pack, { language })).toEqual(expected);
  });
});

describe('human.non-apology', () => {
  it.each<Row>([
    ['en', "I'm sorry you feel that way.", ['sorry you feel that way']],
    ['en', "I'm sorry we sent the wrong size.", []],
    ['de', 'Es tut uns leid, dass Sie das so sehen.', ['Es tut uns leid, dass Sie das so sehen']],
    ['sv', 'Tråkigt att du upplever det så.', ['Tråkigt att du upplever det så']],
    ['sv', 'Förlåt att vi skickade fel storlek.', []],
  ])('%s: %s', (language, text, expected) => {
    const found = excerpts('human.non-apology', text, pack, { language });
    expect(found.length).toBe(expected.length);
    for (const [i, excerpt] of expected.entries())
      expect(excerpt.toLowerCase()).toContain(found[i]!.toLowerCase());
  });
});

describe('human.deflection', () => {
  it.each<Row>([
    ['en', 'Please email support@example.com.', ['Please email']],
    ['en', 'DM us.', ['DM us']],
    ['en', 'We apologize for any inconvenience. Please email info@example.com', ['Please email']],
    [
      'en',
      "I'm sorry the charger broke. Please DM us your order number and I'll send a new one.",
      [],
    ],
    ['en', "That's frustrating, I understand. Send us a DM with the order number?", []],
    ['de', 'Schreiben Sie uns eine E-Mail.', ['Schreiben Sie uns eine E-Mail']],
    ['de', 'Das tut mir leid. Schreib uns bitte eine DM mit der Bestellnummer.', []],
    ['de', 'Hallo Jana, danke, dass du Bescheid sagst. Schickst du mir die Nummer per DM?', []],
    ['sv', 'Mejla oss.', ['Mejla oss']],
    ['sv', 'Vad tråkigt, förlåt! Mejla oss ordernumret så fixar jag det.', []],
  ])('%s: %s', (language, text, expected) => {
    expect(
      excerpts('human.deflection', text, pack, { language }).map((e) => e.toLowerCase()),
    ).toEqual(expected.map((e) => e.toLowerCase()));
  });
});

describe('human.greeting-name', () => {
  it.each<readonly [Language, string, string, string | null]>([
    [
      'en',
      'Thanks for waiting, your refund is on its way.',
      'Sam Lee',
      'Hi Sam, thanks for waiting, your refund is on its way.',
    ],
    ['en', 'Hi there, your refund is on its way.', 'Sam Lee', 'Hi Sam, your refund is on its way.'],
    ['en', 'Hey! Your refund is on its way.', 'Sam', 'Hey Sam! Your refund is on its way.'],
    ['en', 'Hi Sam, your refund is on its way.', 'Sam Lee', null],
    ['en', 'Your refund is on its way, sam.', 'Sam', null],
    [
      'en',
      'Thanks for waiting, your refund is on its way.',
      '@sam',
      'Hi sam, thanks for waiting, your refund is on its way.',
    ],
    [
      'de',
      'Danke fürs Warten, die Erstattung ist unterwegs.',
      'Jürgen',
      'Hallo Jürgen, danke fürs Warten, die Erstattung ist unterwegs.',
    ],
    ['sv', 'Hej! Pengarna är på väg till dig.', 'Åsa', 'Hej Åsa! Pengarna är på väg till dig.'],
    ['sv', 'Hej Åsa, pengarna är på väg.', 'Åsa', null],
  ])('%s: %s (%s)', (language, text, customerName, fixed) => {
    const findings = findingsOf('human.greeting-name', text, pack, { language, customerName });
    if (fixed === null) {
      expect(findings).toEqual([]);
    } else {
      expect(findings).toHaveLength(1);
      expect(applyFix(text, findings[0]!.fixes[0]!)).toBe(fixed);
    }
  });

  it('stays quiet without a known name, for short drafts, and when the pack does not greet by name', () => {
    expect(
      findingsOf('human.greeting-name', 'Your refund is on its way.', pack, { language: 'en' }),
    ).toEqual([]);
    expect(findingsOf('human.greeting-name', 'Your refund', pack, { customerName: 'Sam' })).toEqual(
      [],
    );
    const noGreeting = makePack({ tone: { greetByName: false } });
    expect(
      findingsOf('human.greeting-name', 'Your refund is on its way.', noGreeting, {
        customerName: 'Sam',
      }),
    ).toEqual([]);
  });
});

describe('human.first-person', () => {
  it.each<readonly [Language, string, string | null]>([
    ['en', "We're sorry about the delay.", "I'm sorry about the delay."],
    [
      'en',
      'Thanks Sam, we understand how annoying that is.',
      'Thanks Sam, I understand how annoying that is.',
    ],
    ['en', 'We ship on Mondays.', null],
    ['de', 'Es tut uns leid wegen der Verspätung.', 'Es tut mir leid wegen der Verspätung.'],
    ['sv', 'Vi beklagar förseningen.', 'Jag beklagar förseningen.'],
  ])('singular voice, %s: %s', (language, text, fixed) => {
    const findings = findingsOf('human.first-person', text, pack, { language });
    if (fixed === null) expect(findings).toEqual([]);
    else expect(applyFix(text, findings[0]!.fixes[0]!)).toBe(fixed);
  });

  it('asks for "we" when the pack speaks for the team', () => {
    const team = makePack({ tone: { firstPerson: 'plural' } });
    const text = "Hi Sam, I'm sorry about the delay.";
    const [finding] = findingsOf('human.first-person', text, team, { language: 'en' });
    expect(applyFix(text, finding!.fixes[0]!)).toBe("Hi Sam, we're sorry about the delay.");
    expect(
      findingsOf('human.first-person', "We're sorry about the delay.", team, { language: 'en' }),
    ).toEqual([]);
  });
});

describe('human.exclamations', () => {
  it('allows the pack’s number of exclamation marks and fixes the rest', () => {
    const text = 'Great news!!! Your order shipped! Enjoy!';
    const findings = findingsOf('human.exclamations', text, pack, { language: 'en' });
    expect(findings.map((f) => [text.slice(f.start, f.end), f.fixes[0]!.replacement])).toEqual([
      ['!!!', '!'],
      ['!', '.'],
      ['!', '.'],
    ]);
    expect(findingsOf('human.exclamations', 'Your order shipped today!', pack)).toEqual([]);
  });
});

describe('human.repeated-reply', () => {
  const sent = [
    "Hi Alex, I'm sorry about the delay. Your order ships today and arrives on Friday.",
  ];

  it('flags a reply that is nearly the same as one sent to someone else', () => {
    const text = "Hi Sam, I'm sorry about the delay. Your order ships today and arrives on Friday.";
    const [finding] = findingsOf('human.repeated-reply', text, pack, {
      language: 'en',
      recentReplies: sent,
    });
    expect(finding!.message).toMatch(/\d+% the same/);
  });

  it.each([
    "Hi Sam, the blue one is back in stock: I've put one aside for you until Monday.",
    'Thanks, Sam!',
  ])('leaves a different or short reply alone: %s', (text) => {
    expect(
      findingsOf('human.repeated-reply', text, pack, { recentReplies: [...sent, 'Thanks, Alex!'] }),
    ).toEqual([]);
  });
});
