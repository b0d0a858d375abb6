import { describe, expect, it } from 'vitest';
import { applyFix, excerpts, findingsOf, makePack } from '../helpers';

describe('custom rules from the voice pack', () => {
  it('existence: tokens, raw patterns and exceptions', () => {
    const pack = makePack({
      rules: [
        {
          kind: 'existence',
          id: 'no-hedging',
          message: 'Don’t hedge: “%s”.',
          tokens: ['kind of', 'sort of'],
          raw: ['\\d+\\s?%\\s?off'],
          exceptions: ['sort of'],
        },
      ],
    });
    const text = 'It is kind of broken, sort of. Get 20% off today.';
    const findings = findingsOf('brand.custom.no-hedging', text, pack, { language: 'en' });
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['kind of', '20% off']);
    expect(findings[0]!.message).toBe('Don’t hedge: “kind of”.');
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.category).toBe('brand');
  });

  it('existence: respects case when ignorecase is false', () => {
    const pack = makePack({
      rules: [
        { kind: 'existence', id: 'apple', message: 'x', tokens: ['Apple'], ignorecase: false },
      ],
    });
    expect(excerpts('brand.custom.apple', 'An apple a day. Apple Pay works.', pack)).toEqual([
      'Apple',
    ]);
  });

  it('substitution swaps and keeps the capital', () => {
    const pack = makePack({
      rules: [
        {
          kind: 'substitution',
          id: 'plain',
          message: 'Say it plainly',
          swap: { utilize: 'use', 'in order to': 'to' },
        },
      ],
    });
    const text = 'Utilize the app in order to track it.';
    const findings = findingsOf('brand.custom.plain', text, pack);
    expect(findings.map((f) => f.fixes[0]!.replacement)).toEqual(['Use', 'to']);
    expect(applyFix(text, findings[1]!.fixes[0]!)).toBe('Utilize the app to track it.');
  });

  it('occurrence: flags each use beyond the maximum, and a missing minimum', () => {
    const pack = makePack({
      rules: [
        {
          kind: 'occurrence',
          id: 'one-sorry',
          message: 'One “%s” is enough',
          token: 'sorry',
          max: 1,
        },
        {
          kind: 'occurrence',
          id: 'a-question',
          message: 'Ask something',
          token: '\\?',
          min: 1,
          level: 'suggestion',
        },
      ],
    });
    const text = 'Sorry! So sorry. Really sorry.';
    expect(excerpts('brand.custom.one-sorry', text, pack)).toEqual(['sorry', 'sorry']);
    expect(findingsOf('brand.custom.a-question', text, pack)[0]?.severity).toBe('suggestion');
    expect(excerpts('brand.custom.a-question', 'Does that help?', pack)).toEqual([]);
  });

  it('capitalization: sentences start with a capital', () => {
    const pack = makePack({
      rules: [
        {
          kind: 'capitalization',
          id: 'caps',
          message: 'Capitalize “%s”',
          match: '$sentence',
          exceptions: ['iPhone'],
        },
      ],
    });
    const text = 'thanks! iPhone users can update. 3 days left. @sam yes. the end';
    const findings = findingsOf('brand.custom.caps', text, pack, { language: 'en' });
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['thanks', 'the']);
    expect(applyFix(text, findings[0]!.fixes[0]!)).toMatch(/^Thanks!/);
  });

  it('consistency: the spelling used first wins', () => {
    const pack = makePack({
      rules: [
        {
          kind: 'consistency',
          id: 'email',
          message: 'Pick one: %s',
          either: [['email', 'e-mail']],
        },
      ],
    });
    const text = 'Send an e-mail. We answer every email.';
    const findings = findingsOf('brand.custom.email', text, pack);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['email']);
    expect(findings[0]!.fixes[0]!.replacement).toBe('e-mail');
    expect(excerpts('brand.custom.email', 'Send an email. We answer every email.', pack)).toEqual(
      [],
    );
  });

  it('conditional: an acronym must be spelled out somewhere', () => {
    const pack = makePack({
      rules: [
        {
          kind: 'conditional',
          id: 'acronyms',
          message: 'Spell out %s the first time',
          first: '\\b([A-Z]{3,5})\\b',
          second: '(?:\\b[A-Z][a-z]+ )+\\(([A-Z]{3,5})\\)',
          exceptions: ['FAQ'],
        },
      ],
    });
    expect(excerpts('brand.custom.acronyms', 'Your RMA is ready. See the FAQ.', pack)).toEqual([
      'RMA',
    ]);
    expect(
      excerpts(
        'brand.custom.acronyms',
        'Your Return Merchandise Authorization (RMA) is ready. The RMA expires.',
        pack,
      ),
    ).toEqual([]);
  });

  it('metric: flags a reply that is too long', () => {
    const pack = makePack({
      rules: [
        {
          kind: 'metric',
          id: 'short',
          message: 'Keep it under 10 words (now %s)',
          metric: 'words',
          max: 10,
        },
      ],
    });
    const [finding] = findingsOf(
      'brand.custom.short',
      'one two three four five six seven eight nine ten eleven',
      pack,
    );
    expect(finding!.message).toBe('Keep it under 10 words (now 11)');
    expect(findingsOf('brand.custom.short', 'one two three', pack)).toEqual([]);
  });

  it('runs only for the languages a rule names', () => {
    const pack = makePack({
      rules: [
        { kind: 'existence', id: 'de-only', message: 'x', tokens: ['bitte'], languages: ['de'] },
      ],
    });
    expect(
      excerpts('brand.custom.de-only', 'Bitte sehr, das ist für dich.', pack, { language: 'de' }),
    ).toEqual(['Bitte']);
    expect(excerpts('brand.custom.de-only', 'bitte', pack, { language: 'en' })).toEqual([]);
  });

  it('can be turned off or re-levelled by an override', () => {
    const rules = [{ kind: 'existence' as const, id: 'x', message: 'x', tokens: ['foo'] }];
    expect(
      excerpts(
        'brand.custom.x',
        'foo',
        makePack({ rules, overrides: { 'brand.custom.x': 'off' } }),
      ),
    ).toEqual([]);
    const [finding] = findingsOf(
      'brand.custom.x',
      'foo',
      makePack({ rules, overrides: { 'brand.custom.x': 'error' } }),
    );
    expect(finding!.severity).toBe('error');
  });
});
