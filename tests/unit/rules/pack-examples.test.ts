import { describe, expect, it } from 'vitest';
import { BUILTIN_RULE_IDS } from '../../../lib/rules/ids';
import { exampleContext, runPackExamples } from '../../../lib/rules/pack-examples';
import type { VoicePackInput } from '../../../lib/voice/schema';
import { makePack } from './helpers';

/** Every built-in rule off, so only the pack's own rules decide: the tests don't move when a built-in rule changes. */
const ALL_BUILTINS_OFF = Object.fromEntries(BUILTIN_RULE_IDS.map((id) => [id, 'off' as const]));

function packWith(examples: VoicePackInput['examples'], changes: Partial<VoicePackInput> = {}) {
  return makePack({
    overrides: ALL_BUILTINS_OFF,
    rules: [
      {
        kind: 'existence',
        id: 'no-cheap',
        message: 'Say “affordable”, not “%s”',
        tokens: ['cheap'],
      },
      {
        kind: 'existence',
        id: 'no-leider',
        message: 'Kein „%s“ am Anfang',
        tokens: ['leider'],
        languages: ['de'],
      },
    ],
    examples,
    ...changes,
  });
}

describe('runPackExamples', () => {
  it('expect "pass" passes when nothing at all is found', () => {
    const [result] = runPackExamples(
      packWith([{ text: 'Our plans are affordable.', expect: 'pass' }]),
    );
    expect(result).toMatchObject({
      index: 0,
      passed: true,
      findings: [],
      unexpected: [],
      missing: [],
      explanation: '',
    });
  });

  it('expect "pass" fails on any finding and names it with the flagged text', () => {
    const [result] = runPackExamples(packWith([{ text: 'Our plans are cheap.', expect: 'pass' }]));
    expect(result!.passed).toBe(false);
    expect(result!.unexpected.map((f) => f.ruleId)).toEqual(['brand.custom.no-cheap']);
    expect(result!.explanation).toBe(
      'expected no findings, got 1: brand.custom.no-cheap on "cheap"',
    );
  });

  it('expect trips passes when every listed id is among the findings, others allowed', () => {
    const pack = packWith(
      [{ text: 'Cheap, cheap, cheap.', expect: { trips: ['brand.custom.no-cheap'] } }],
      // A built-in rule back on: an extra finding must not fail a `trips` example.
      { overrides: { ...ALL_BUILTINS_OFF, 'human.exclamations': 'warning' } },
    );
    const [result] = runPackExamples(pack);
    expect(result!.passed).toBe(true);
    expect(result!.findings.length).toBeGreaterThanOrEqual(3);
    expect(result!.missing).toEqual([]);
  });

  it('expect trips fails with the missing ids and what was found instead', () => {
    const results = runPackExamples(
      packWith([
        { text: 'Cheap.', expect: { trips: ['brand.custom.no-cheap', 'human.form-letter'] } },
        { text: 'Affordable.', expect: { trips: ['brand.custom.no-cheap'] } },
      ]),
    );
    expect(results.map((r) => r.passed)).toEqual([false, false]);
    expect(results[0]!.missing).toEqual(['human.form-letter']);
    expect(results[0]!.explanation).toBe(
      'expected human.form-letter to trip but it did not; found brand.custom.no-cheap',
    );
    expect(results[1]!.explanation).toBe(
      'expected brand.custom.no-cheap to trip but it did not; nothing was found',
    );
  });

  it('lists several missing ids once each', () => {
    const [result] = runPackExamples(
      packWith([
        {
          text: 'Fine.',
          expect: { trips: ['brand.custom.a', 'brand.custom.b', 'brand.custom.a'] },
        },
      ]),
    );
    expect(result!.missing).toEqual(['brand.custom.a', 'brand.custom.b']);
    expect(result!.explanation).toMatch(
      /^expected brand\.custom\.a, brand\.custom\.b to trip but they did not/,
    );
  });

  it('checks each example with its own language', () => {
    const pack = packWith([
      {
        text: 'Leider ist das Paket weg.',
        language: 'de',
        expect: { trips: ['brand.custom.no-leider'] },
      },
      { text: 'Leider is a German word.', language: 'en', expect: 'pass' },
    ]);
    expect(runPackExamples(pack).map((r) => r.passed)).toEqual([true, true]);
  });

  it('passes platform, language and customer name to the check', () => {
    expect(
      exampleContext({
        text: 'x',
        expect: 'pass',
        platform: 'bluesky',
        language: 'sv',
        customerName: 'Anna',
      }),
    ).toEqual({ platform: 'bluesky', language: 'sv', customerName: 'Anna' });
    expect(exampleContext({ text: 'x', expect: 'pass' })).toEqual({});
  });

  it('keeps the order and index of the examples, and an empty list gives no results', () => {
    const examples = [
      { text: 'One cheap thing.', expect: 'pass' as const },
      { text: 'Two.', expect: 'pass' as const },
      { text: 'Three cheap.', expect: { trips: ['brand.custom.no-cheap'] } },
    ];
    const results = runPackExamples(packWith(examples));
    expect(results.map((r) => [r.index, r.example.text, r.passed])).toEqual([
      [0, 'One cheap thing.', false],
      [1, 'Two.', true],
      [2, 'Three cheap.', true],
    ]);
    expect(runPackExamples(packWith([]))).toEqual([]);
  });

  it('is pure: the same results twice, and the pack is left as it was', () => {
    const pack = packWith([{ text: 'Cheap!', expect: 'pass' }]);
    const before = JSON.stringify(pack);
    expect(runPackExamples(pack)).toEqual(runPackExamples(pack));
    expect(JSON.stringify(pack)).toBe(before);
  });
});
