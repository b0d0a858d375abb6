import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeMessage, type Analysis, type CustomerHistory } from '../../../lib/compose';
import { defaultPack, INTENSITIES, INTENTS, LANGUAGES, voicePackSchema } from '../../../lib/voice';

const analyze = (text: string, history?: CustomerHistory): Analysis =>
  analyzeMessage(text, { pack: defaultPack, ...(history ? { history } : {}) });

describe('analyzeMessage: language', () => {
  it.each([
    ['My order still hasn’t arrived, can you check?', 'en'],
    ['Mein Paket ist seit Montag nicht angekommen.', 'de'],
    ['Min order har inte kommit fram än.', 'sv'],
    ['Danke!', 'de'],
    ['Tack!', 'sv'],
  ])('%s → %s', (text, language) => {
    const analysis = analyze(text);
    expect(analysis.language).toBe(language);
    expect(analysis.languageDetected).toBe(true);
  });

  it.each(['???', '😡😡😡', '👍', 'ok'])(
    '%s is too short to tell: the pack default, said so',
    (text) => {
      expect(analyze(text)).toMatchObject({ language: 'en', languageDetected: false });
    },
  );

  it('only chooses among the pack’s languages', () => {
    const pack = voicePackSchema.parse({
      id: 'sv-only',
      name: 'SV',
      version: '1.0.0',
      languages: ['sv'],
    });
    const analysis = analyzeMessage('Where is my parcel? It was due on Monday.', { pack });
    expect(analysis.language).toBe('sv');
  });
});

describe('analyzeMessage: any input', () => {
  const valid = (analysis: Analysis) => {
    expect(LANGUAGES).toContain(analysis.language);
    expect(INTENTS).toContain(analysis.intent);
    expect(INTENSITIES).toContain(analysis.intensity);
    expect(analysis.intensityScore).toBeGreaterThanOrEqual(0);
    expect(analysis.intensityScore).toBeLessThanOrEqual(1);
    expect(analysis.secondaryIntent).not.toBe(analysis.intent);
    expect(typeof analysis.topic).toBe('string');
  };

  it('returns a valid analysis for any string up to 2,000 characters (emoji, RTL, control characters)', () => {
    const pieces = fc.constantFrom(
      '😡',
      '😭',
      '🙄',
      '❤️',
      '👍🏽',
      '‮',
      '\u200f',
      'مرحبا',
      'שלום',
      '\u0000',
      '\t',
      '\n',
      '!!!',
      '???',
      'my order',
      'Paket',
      'nicht',
      'inte',
      'lawyer',
      '#48213',
      'a@b.se',
      ' ',
      'I’m Jonas',
      '– Maya',
    );
    const text = fc.oneof(
      fc.string({ maxLength: 2000, unit: 'grapheme' }),
      fc.array(pieces, { maxLength: 200 }).map((parts) => parts.join('').slice(0, 2000)),
    );
    fc.assert(
      fc.property(text, (t) => {
        valid(analyze(t, { conversations: 3, unresolved: 2 }));
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    const text = 'WHERE IS MY PARCEL?!? Order #48213, since last Tuesday. – Maya';
    expect(analyze(text)).toEqual(analyze(text));
  });
});
