import { describe, expect, it } from 'vitest';
import { prepareDoc } from '../../../../lib/rules/text/doc';
import {
  englishSyllables,
  fleschKincaidGrade,
  letterCount,
  lix,
  metrics,
} from '../../../../lib/rules/text/readability';
import type { Language } from '../../../../lib/voice/schema';
import { applyFix, excerpts, findingsOf, makePack } from '../helpers';

const pack = makePack();
const LENGTH = 'accessibility.sentence-length';
const LEVEL = 'accessibility.reading-level';
const LAYOUT = 'accessibility.layout-spacing';

describe('readability formulas', () => {
  it.each([
    ['the', 1],
    ['make', 1],
    ['table', 2],
    ['asked', 1],
    ['wanted', 2],
    ['boxes', 2],
    ['changes', 2],
    ['makes', 1],
    ['lovely', 2],
    ['going', 2],
    ['media', 3],
    ['radio', 3],
    ['video', 3],
    ['usual', 3],
    ['nation', 2],
    ['people', 2],
    ['customer', 3],
    ['information', 4],
    ['apologize', 4],
    ["don't", 1],
    ['2024', 1],
  ])('%s has %i syllables', (word, count) => {
    expect(englishSyllables(word)).toBe(count);
  });

  it('computes Flesch-Kincaid and LIX', () => {
    expect(fleschKincaidGrade(100, 5, 150)).toBeCloseTo(0.39 * 20 + 11.8 * 1.5 - 15.59, 6);
    expect(lix(100, 5, 30)).toBeCloseTo(20 + 30, 6);
    expect(fleschKincaidGrade(0, 0, 0)).toBe(0);
  });

  it('counts long words by letters', () => {
    expect(letterCount('Kundenservice')).toBe(13);
    expect(letterCount("don't")).toBe(4);
    expect(letterCount('Malmö')).toBe(5);
  });

  it('measures a text, leaving out links, hashtags and mentions', () => {
    const doc = prepareDoc(
      'Hi @anna_b! Your parcel ships today. Track it at https://acme.com/track/123 #AcmeCares',
      'en',
      'en',
    );
    const m = metrics(doc);
    // Hi | Your parcel ships today | Track it at
    expect(m.words).toBe(8);
    expect(m.sentences).toBe(3);
    expect(m.wordsPerSentence).toBeCloseTo(8 / 3, 6);
    expect(m.longWords).toBe(0);
  });
});

describe('accessibility.sentence-length', () => {
  it.each([
    [
      'en',
      'Sorry! We are really sorry that your order has not arrived yet and we have already contacted the courier who told us that the parcel is in the local depot and will be delivered tomorrow morning.',
    ],
    [
      'de',
      'Danke! Es tut uns wirklich leid, dass deine Bestellung noch nicht angekommen ist, und wir haben bereits beim Paketdienst nachgefragt, der uns mitgeteilt hat, dass das Paket im Depot liegt und morgen früh zugestellt wird.',
    ],
    [
      'sv',
      'Hej! Vi är verkligen ledsna över att din beställning inte har kommit fram ännu och vi har redan kontaktat budfirman som berättade att paketet ligger på terminalen och kommer att levereras i morgon bitti.',
    ],
  ] as const)('%s: flags the long sentence only', (language, text) => {
    const findings = findingsOf(LENGTH, text, pack, { language });
    expect(findings).toHaveLength(1);
    expect(text.slice(findings[0]!.start, findings[0]!.end)).toBe(
      text.slice(text.indexOf(' ') + 1),
    );
  });

  it('does not count the words of a link', () => {
    const text =
      'You can track the parcel and change the delivery day on our tracking page at https://acme.com/track/order/123456/delivery/change/day/slot/evening today.';
    expect(excerpts(LENGTH, text, pack, { language: 'en' })).toEqual([]);
  });

  it('follows the pack', () => {
    const text = 'Your parcel is at the depot and will arrive tomorrow morning.';
    expect(excerpts(LENGTH, text, makePack({ readability: { maxSentenceWords: 5 } }))).toEqual([
      text,
    ]);
  });
});

describe('accessibility.reading-level', () => {
  it.each([
    [
      'en',
      'We sincerely apologise for the inconvenience experienced. Unfortunately, the replacement authorisation necessitates verification of your purchase documentation. Subsequently, our fulfilment department will expedite processing accordingly.',
      'Unfortunately, the replacement authorisation necessitates verification of your purchase documentation.',
    ],
    [
      'de',
      'Bedauerlicherweise erfordert die Ersatzlieferungsgenehmigung eine Überprüfung Ihrer Kaufunterlagen. Anschließend veranlasst unsere Versandabteilung die beschleunigte Bearbeitung. Wir bitten um Verständnis für die Unannehmlichkeiten.',
      // LIX per sentence: 8 + 5/8 long words (70.5) against 7 + 5/7 (78.4).
      'Anschließend veranlasst unsere Versandabteilung die beschleunigte Bearbeitung.',
    ],
    [
      'sv',
      'Beklagligtvis förutsätter ersättningsleveransen en kontroll av hela inköpsdokumentationen. Därefter påskyndar leveransavdelningen hanteringen av ärendet. Vi ber om överseende med olägenheterna.',
      'Därefter påskyndar leveransavdelningen hanteringen av ärendet.',
    ],
  ] as const)('%s: points at the hardest sentence', (language, text, hardest) => {
    const findings = findingsOf(LEVEL, text, pack, { language: language as Language });
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual([hardest]);
    expect(findings[0]!.severity).toBe('suggestion');
  });

  it.each([
    [
      'en',
      'Sorry about this. To send a replacement, we need your receipt. Once we have it, we will send the new one quickly.',
    ],
    [
      'de',
      'Das tut mir leid. Für den Ersatz brauche ich deinen Kaufbeleg. Dann schicke ich dir schnell ein neues Gerät.',
    ],
    [
      'sv',
      'Förlåt för strulet. Skicka ditt kvitto så skickar jag en ny vara direkt. Den kommer i morgon.',
    ],
    // Too short to judge, however hard the words.
    ['en', 'Unfortunately, authorisation necessitates verification.'],
    ['de', 'Bedauerlicherweise Ersatzlieferungsgenehmigung erforderlich.'],
  ] as const)('%s: no finding in %s', (language, text) => {
    expect(excerpts(LEVEL, text, pack, { language: language as Language })).toEqual([]);
  });
});

describe('accessibility.layout-spacing', () => {
  it('flags tabs and runs of spaces used as columns', () => {
    const text = 'Mon–Fri\t9–17\nSat     10–14';
    const findings = findingsOf(LAYOUT, text, pack, { language: 'en' });
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['\t', '     ']);
    let fixed = text;
    for (const f of [...findings].reverse()) fixed = applyFix(fixed, f.fixes[0]!);
    expect(fixed).toBe('Mon–Fri 9–17\nSat 10–14');
  });

  it('removes a tab indent', () => {
    const text = 'Steps:\n\tOpen the app';
    const [finding] = findingsOf(LAYOUT, text, pack, { language: 'en' });
    expect(applyFix(text, finding!.fixes[0]!)).toBe('Steps:\nOpen the app');
  });

  it.each([
    'One space between words.',
    'Two  spaces after a full stop happen.',
    'Trailing spaces at the end   \nof a line are invisible   ',
    '  An indent with spaces',
    'Hej!\n\nNy rad är okej.',
  ])('no finding in %s', (text) => {
    expect(excerpts(LAYOUT, text, pack)).toEqual([]);
  });
});
