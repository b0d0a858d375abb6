import { describe, expect, it } from 'vitest';
import { applyFix, excerpts, findingsOf, makePack } from '../helpers';

const pack = makePack({
  vocabulary: {
    terms: ['iPhone', 'YouTube', 'Wi-Fi', 'Northwind Pro'],
    banned: [
      { term: 'cheap', reason: 'we say affordable', replacement: 'affordable' },
      { term: 'valued customer', reason: 'nobody talks like that' },
    ],
    preferred: [
      { use: 'help', insteadOf: ['assist'] },
      { use: 'buy', insteadOf: ['purchase'] },
    ],
    avoidPhrases: [
      { phrase: 'at the end of the day', reason: 'filler', replacement: 'in the end' },
    ],
  },
});

describe('brand.term-case', () => {
  it.each([
    ['Restart your iphone and try again.', ['iphone']],
    ['Restart your IPhone and try again.', ['IPhone']],
    ['The Wi-fi at the store is free.', ['Wi-fi']],
    ['The wi fi at the store is free.', ['wi fi']],
    ['Check out the northwind pro manual.', ['northwind pro']],
    ['Restart your iPhone and try again.', []],
    ['Our videos are on YouTube and youtube.com/northwind.', []],
    ['Follow @youtube or #iphone for news.', []],
  ])('%s', (text, expected) => {
    expect(excerpts('brand.term-case', text, pack, { language: 'en' })).toEqual(expected);
  });

  it('fixes to the exact spelling', () => {
    const text = 'Restart your iphone.';
    const [finding] = findingsOf('brand.term-case', text, pack, { language: 'en' });
    expect(applyFix(text, finding!.fixes[0]!)).toBe('Restart your iPhone.');
  });
});

describe('brand.banned', () => {
  it('flags banned terms with the reason and offers the replacement', () => {
    const text = 'Cheap shipping for every valued customer!';
    const findings = findingsOf('brand.banned', text, pack, { language: 'en' });
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['Cheap', 'valued customer']);
    expect(findings[0]!.message).toContain('we say affordable');
    expect(findings[0]!.severity).toBe('error');
    expect(applyFix(text, findings[0]!.fixes[0]!)).toBe(
      'Affordable shipping for every valued customer!',
    );
    expect(findings[1]!.fixes).toEqual([]);
  });

  it('leaves words that only contain a banned term alone', () => {
    expect(excerpts('brand.banned', 'Cheapest? No, but the cheaper one lasts.', pack)).toEqual([]);
  });
});

describe('brand.preferred and brand.avoid-phrase', () => {
  it('suggests the preferred word', () => {
    const text = 'I can assist you with that purchase.';
    const findings = findingsOf('brand.preferred', text, pack, { language: 'en' });
    expect(findings.map((f) => f.fixes[0]!.replacement)).toEqual(['help', 'buy']);
  });

  it('flags a phrase to avoid with its reason', () => {
    const text = 'At the end of the day, it ships Monday.';
    const [finding] = findingsOf('brand.avoid-phrase', text, pack, { language: 'en' });
    expect(finding!.message).toContain('filler');
    expect(applyFix(text, finding!.fixes[0]!)).toBe('In the end, it ships Monday.');
  });
});

describe('brand.sign-off', () => {
  const signed = makePack({ tone: { signOff: { template: '^{initials}', platforms: ['x'] } } });

  it.each([
    ['Your new charger ships today. ^JD', []],
    ['Your new charger ships today ^AB', []],
    ['Your new charger ships today.', ['today.']],
  ])('%s', (text, expected) => {
    expect(excerpts('brand.sign-off', text, signed, { platform: 'x', language: 'en' })).toEqual(
      expected,
    );
  });

  it('says what the sign-off is made of when the agent’s initials are not known', () => {
    const [finding] = findingsOf('brand.sign-off', 'Your new charger ships today.', signed, {
      platform: 'x',
    });
    expect(finding!.message).toBe('End the reply with your sign-off: “^” and your initials.');
    expect(finding!.fixes).toEqual([]);
  });

  it('only applies on the platforms the pack names', () => {
    expect(
      excerpts('brand.sign-off', 'Your charger ships today.', signed, { platform: 'facebook' }),
    ).toEqual([]);
  });

  it('adds the agent’s own sign-off', () => {
    const text = 'Your new charger ships today.';
    const [finding] = findingsOf('brand.sign-off', text, signed, {
      platform: 'x',
      agent: { initials: 'JD' },
    });
    expect(applyFix(text, finding!.fixes[0]!)).toBe('Your new charger ships today. ^JD');
    expect(
      excerpts('brand.sign-off', 'Your new charger ships today. ^AB', signed, {
        platform: 'x',
        agent: { initials: 'JD' },
      }),
    ).toEqual(['^AB']);
  });
});
