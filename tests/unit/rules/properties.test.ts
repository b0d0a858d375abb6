import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../../lib/rules';
import type { Finding } from '../../../lib/rules/types';
import { LANGUAGES } from '../../../lib/voice/schema';
import { PLATFORM_IDS } from '../../../lib/platforms';
import { defaultPack } from '../../../lib/voice';
import { applyFix } from './helpers';

function isHighSurrogate(code: number) {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number) {
  return code >= 0xdc00 && code <= 0xdfff;
}
/** An offset that would cut a surrogate pair in half. */
function splitsPair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

// Fragments that trip rules, mixed with the hard parts of Unicode.
const FRAGMENTS = [
  'We apologize for any inconvenience. ',
  'Please email support@example.com ',
  "I'm sorry you feel that way. ",
  'Thanks guys! ',
  'That is crazy!!! ',
  '#bestcustomerserviceever ',
  '#a #b #c #d ',
  '🔥🔥🔥 ',
  '👨‍👩‍👧‍👦 ',
  '🇸🇪 ',
  'I ❤️ it ',
  '𝐁𝐨𝐥𝐝 𝘁𝗲𝘅𝘁 ',
  'ⓒⓘⓡⓒⓛⓔ ',
  'ＦＵＬＬ ',
  'ᴛɪɴʏ ',
  'THIS IS HUGE NEWS ',
  'sPoNgEbOb ',
  ':) ;-) ¯\\_(ツ)_/¯ ',
  'Click here: https://bit.ly/3abc ',
  'col1\tcol2    col3 ',
  'Kind regards, the team ',
  'Mit freundlichen Grüßen ',
  'Vi ber om ursäkt för eventuella besvär. ',
  'Wir entschuldigen uns für die Unannehmlichkeiten. ',
  'مرحبا بك ',
  'שלום ',
  'e\u0301\u0301\u0301 ',
  '\ud800 ',
  '\udc00x ',
  '\u200d\u200d ',
  '\n\n',
  'Ünïcödé Größe ärlig ',
  'iphone youtube ',
];

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((parts) => parts.join('')),
  fc
    .tuple(
      fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 10 }),
      fc.string({ unit: 'binary', maxLength: 50 }),
    )
    .map(([parts, noise]) => parts.join(noise)),
);

const context = fc.record(
  {
    platform: fc.constantFrom(...PLATFORM_IDS),
    language: fc.constantFrom(...LANGUAGES),
    customerName: fc.constantFrom('Sam', 'Jürgen Müller', '@åsa_l', '🙂', ''),
    recentReplies: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

function assertWellFormed(input: string, findings: Finding[]) {
  for (const finding of findings) {
    expect(finding.start).toBeGreaterThanOrEqual(0);
    expect(finding.end).toBeLessThanOrEqual(input.length);
    expect(finding.start).toBeLessThanOrEqual(finding.end);
    expect(splitsPair(input, finding.start), `${finding.ruleId} start`).toBe(false);
    expect(splitsPair(input, finding.end), `${finding.ruleId} end`).toBe(false);
    expect(finding.message.length).toBeGreaterThan(0);
    for (const fix of finding.fixes) {
      expect(fix.start).toBeGreaterThanOrEqual(0);
      expect(fix.end).toBeLessThanOrEqual(input.length);
      expect(fix.start).toBeLessThanOrEqual(fix.end);
      expect(splitsPair(input, fix.start), `${finding.ruleId} fix start`).toBe(false);
      expect(splitsPair(input, fix.end), `${finding.ruleId} fix end`).toBe(false);
      // Everything outside the fix's range survives untouched.
      const fixed = applyFix(input, fix);
      expect(fixed.slice(0, fix.start)).toBe(input.slice(0, fix.start));
      expect(fixed.slice(fix.start + fix.replacement.length)).toBe(input.slice(fix.end));
      expect(fixed.slice(fix.start, fix.start + fix.replacement.length)).toBe(fix.replacement);
    }
  }
}

describe('check on any input', () => {
  it('never throws, and every offset is in bounds and on a code-point boundary', () => {
    fc.assert(
      fc.property(text, context, (input, ctx) => {
        assertWellFormed(input, check(input, defaultPack, ctx));
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same findings for the same input, whatever ran before', () => {
    fc.assert(
      fc.property(text, text, context, (input, other, ctx) => {
        const first = check(input, defaultPack, ctx);
        check(other, defaultPack, ctx);
        expect(check(input, defaultPack, ctx)).toEqual(first);
      }),
      { numRuns: 150 },
    );
  });

  it.each([
    ['letters', 'a'.repeat(100_000)],
    ['spaces', ' '.repeat(100_000)],
    ['hashes', '#'.repeat(100_000)],
    ['emoji', '😀'.repeat(50_000)],
    ['exclamations', '!'.repeat(100_000)],
    ['emoticons', ':)'.repeat(50_000)],
    ['url fragments', 'http://'.repeat(14_000)],
    ['alternating case', 'aB'.repeat(50_000)],
    ['lone surrogates', '\ud800'.repeat(100_000)],
    ['combining marks', 'e' + '\u0301'.repeat(99_999)],
    ['one long sentence', 'word '.repeat(20_000)],
    ['right-to-left', 'مرحبا '.repeat(16_000)],
  ])('handles 100 KB of %s', (_name, input) => {
    assertWellFormed(input, check(input, defaultPack, { platform: 'x' }));
  });
});
