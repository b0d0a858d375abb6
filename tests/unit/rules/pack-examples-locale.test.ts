import { describe, expect, it } from 'vitest';
import { BUILTIN_RULE_IDS } from '../../../lib/rules/ids';
import { runPackExamples } from '../../../lib/rules/pack-examples';
import { makePack } from './helpers';

const ALL_BUILTINS_OFF = Object.fromEntries(BUILTIN_RULE_IDS.map((id) => [id, 'off' as const]));

/** One example of each way to fail, and one that passes. */
const pack = makePack({
  overrides: { ...ALL_BUILTINS_OFF, 'human.exclamations': 'warning' },
  rules: [{ kind: 'existence', id: 'no-cheap', message: 'Not “%s”', tokens: ['cheap'] }],
  examples: [
    { text: 'Our plans are cheap.', expect: 'pass' },
    { text: 'Cheap.', expect: { trips: ['brand.custom.no-cheap', 'human.form-letter'] } },
    { text: 'Affordable.', expect: { trips: ['brand.custom.no-cheap'] } },
    { text: 'Fine.', expect: { trips: ['brand.custom.a', 'brand.custom.b'] } },
    { text: 'Cheap!!!', expect: { trips: ['brand.custom.a', 'brand.custom.b'] } },
    { text: 'Cheap.', expect: { trips: ['brand.custom.no-cheap'] } },
  ],
});

describe('pack test explanations in the UI language', () => {
  it('English stays as it was without a locale and with locale "en"', () => {
    const plain = runPackExamples(pack).map((r) => r.explanation);
    expect(runPackExamples(pack, { locale: 'en' }).map((r) => r.explanation)).toEqual(plain);
    expect(plain).toEqual([
      'expected no findings, got 1: brand.custom.no-cheap on "cheap"',
      'expected human.form-letter to trip but it did not; found brand.custom.no-cheap',
      'expected brand.custom.no-cheap to trip but it did not; nothing was found',
      'expected brand.custom.a, brand.custom.b to trip but they did not; nothing was found',
      'expected brand.custom.a, brand.custom.b to trip but they did not; found brand.custom.no-cheap, human.exclamations',
      '',
    ]);
  });

  it('German and Swedish explain every failure, with the same results and rule ids as written', () => {
    expect(runPackExamples(pack, { locale: 'de' }).map((r) => r.explanation)).toEqual([
      'keine Hinweise erwartet, aber 1 gefunden: brand.custom.no-cheap bei "cheap"',
      'human.form-letter sollte auslösen, hat es aber nicht; gefunden: brand.custom.no-cheap',
      'brand.custom.no-cheap sollte auslösen, hat es aber nicht; gefunden wurde nichts',
      'brand.custom.a, brand.custom.b sollten auslösen, haben es aber nicht; gefunden wurde nichts',
      'brand.custom.a, brand.custom.b sollten auslösen, haben es aber nicht; gefunden: brand.custom.no-cheap, human.exclamations',
      '',
    ]);
    expect(runPackExamples(pack, { locale: 'sv' }).map((r) => r.explanation)).toEqual([
      'förväntade inga anmärkningar men fick 1: brand.custom.no-cheap vid "cheap"',
      'human.form-letter skulle utlösas men gjorde det inte; hittade brand.custom.no-cheap',
      'brand.custom.no-cheap skulle utlösas men gjorde det inte; inget hittades',
      'brand.custom.a, brand.custom.b skulle utlösas men gjorde det inte; inget hittades',
      'brand.custom.a, brand.custom.b skulle utlösas men gjorde det inte; hittade brand.custom.no-cheap, human.exclamations',
      '',
    ]);
    const outcome = (locale?: 'de' | 'sv') =>
      runPackExamples(pack, locale ? { locale } : {}).map((r) => [r.passed, r.missing]);
    expect(outcome('de')).toEqual(outcome());
    expect(outcome('sv')).toEqual(outcome());
  });

  it('the findings of a test speak the locale too; the example’s language still picks the word lists', () => {
    const [english] = runPackExamples(pack);
    const [german] = runPackExamples(pack, { locale: 'de' });
    expect(german!.findings.map((f) => f.ruleId)).toEqual(english!.findings.map((f) => f.ruleId));
    // The pack's own message is the pack's text; a built-in rule's explanation is translated.
    const [, , , , withBuiltin] = runPackExamples(pack, { locale: 'de' });
    const [, , , , withBuiltinEn] = runPackExamples(pack);
    const builtinDe = withBuiltin!.findings.find((f) => f.ruleId === 'human.exclamations')!;
    const builtinEn = withBuiltinEn!.findings.find((f) => f.ruleId === 'human.exclamations')!;
    expect(builtinDe.message).not.toBe(builtinEn.message);
  });
});
