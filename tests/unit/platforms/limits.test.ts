import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PLATFORM_IDS } from '../../../lib/platforms';
import { measureLength, PLATFORM_LIMITS, platformLabel } from '../../../lib/platforms/limits';

const FAMILY = '👨‍👩‍👧‍👦'; // 7 code points, 11 UTF-16 units, one grapheme
const URL_60 = 'https://example.com/orders/track?id=12345&ref=care-reply-xyz';

function lengthOn(platform: Parameters<typeof measureLength>[1], text: string) {
  return measureLength(text, platform).length;
}

describe('PLATFORM_LIMITS', () => {
  it('covers every platform with a label, and a source wherever there is a limit', () => {
    for (const id of PLATFORM_IDS) {
      const limit = PLATFORM_LIMITS[id];
      expect(platformLabel(id)).toBe(limit.label);
      if (limit.maxChars !== null) expect(limit.source, id).toMatch(/^https:\/\//);
    }
  });

  it('has the real limits for replies, comments and messages', () => {
    const limits = Object.fromEntries(PLATFORM_IDS.map((id) => [id, PLATFORM_LIMITS[id].maxChars]));
    expect(limits).toEqual({
      x: 280,
      linkedin: 1250,
      facebook: 8000,
      instagram: 2200,
      youtube: 10000,
      reddit: 10000,
      bluesky: 300,
      mastodon: 500,
      threads: 500,
      whatsapp: 65536,
      messenger: 20000,
      generic: null,
    });
    expect(platformLabel('generic')).toBe('Other site');
  });
});

describe('X: twitter-text v3 weighted length', () => {
  it.each([
    ['plain ASCII', 'Hello, world', 12],
    ['accented Latin weighs 1', 'Grüße aus Malmö', 15],
    ['decomposed text is normalized to NFC first', 'Gru\u0308ße', 5],
    ['CJK weighs 2', '日本語のテキスト', 16],
    ['curly apostrophe and em dash weigh 1', 'I’m here — really', 17],
    ['the ellipsis character weighs 2', 'Wait…', 6],
    ['an emoji weighs 2', 'Thanks 👍', 9],
    ['skin tone modifier sequence weighs 2 in total', '👋🏽', 2],
    ['ZWJ family weighs 2 in total', FAMILY, 2],
    ['flag weighs 2', '🇸🇪', 2],
    ['keycap weighs 2', '1️⃣', 2],
    ['a 60-character URL counts 23', URL_60, 23],
    ['a URL in a sentence counts 23, its full stop 1', `Track it here: ${URL_60}.`, 15 + 23 + 1],
    ['a bare domain counts 23', 'See example.com/help', 4 + 23],
    ['an email address is not a link', 'info@example.com', 16],
  ])('%s', (_name, text, expected) => {
    expect(URL_60).toHaveLength(60);
    expect(lengthOn('x', text)).toBe(expected);
  });

  it('accepts exactly 280 and marks where 281 runs over', () => {
    expect(measureLength('a'.repeat(280), 'x')).toEqual({
      length: 280,
      limit: 280,
      overflowStart: null,
    });
    expect(measureLength('a'.repeat(281), 'x')).toEqual({
      length: 281,
      limit: 280,
      overflowStart: 280,
    });
  });

  it('puts the overflow at the start of the character that crosses the limit', () => {
    // 279 + an emoji (2) = 281: the emoji is what no longer fits.
    expect(measureLength(`${'a'.repeat(279)}👍`, 'x').overflowStart).toBe(279);
    expect(measureLength(`${'a'.repeat(278)}👍`, 'x').overflowStart).toBeNull();
    // 140 CJK characters are exactly 280.
    expect(measureLength('語'.repeat(140), 'x')).toMatchObject({
      length: 280,
      overflowStart: null,
    });
    expect(measureLength('語'.repeat(141), 'x')).toMatchObject({ length: 282, overflowStart: 140 });
    // A link that crosses the limit overflows from its first character.
    expect(measureLength(`${'a'.repeat(270)} ${URL_60}`, 'x')).toEqual({
      length: 294,
      limit: 280,
      overflowStart: 271,
    });
  });

  it('takes a house limit from the voice pack instead of the platform’s', () => {
    expect(measureLength('a'.repeat(201), 'x', 200)).toEqual({
      length: 201,
      limit: 200,
      overflowStart: 200,
    });
  });
});

describe('Bluesky: 300 graphemes', () => {
  it.each([
    ['plain text', 'Hello', 5],
    ['a family emoji is one grapheme', FAMILY, 1],
    ['a letter with a combining accent is one grapheme', 'e\u0301', 1],
    ['links count in full', 'https://example.com/path', 24],
  ])('%s', (_name, text, expected) => {
    expect(lengthOn('bluesky', text)).toBe(expected);
  });

  it('overflows at the 301st grapheme, on its UTF-16 offset', () => {
    expect(measureLength(FAMILY.repeat(300), 'bluesky')).toEqual({
      length: 300,
      limit: 300,
      overflowStart: null,
    });
    expect(measureLength(FAMILY.repeat(301), 'bluesky')).toEqual({
      length: 301,
      limit: 300,
      overflowStart: 300 * FAMILY.length,
    });
  });
});

describe('Mastodon: 500, links 23, remote mentions by username only', () => {
  it.each([
    ['a remote mention counts as @user', '@anna@mastodon.social thanks!', '@anna thanks!'.length],
    ['a long link counts 23', `Here: https://example.com/${'x'.repeat(100)}`, 6 + 23],
    ['a bare domain is not a link on Mastodon', 'example.com', 11],
    ['a mention inside a link is part of the link', 'https://mastodon.social/@anna@foo.bar', 23],
    ['emoji count as one grapheme', `${FAMILY}👍`, 2],
  ])('%s', (_name, text, expected) => {
    expect(lengthOn('mastodon', text)).toBe(expected);
  });

  it('overflows inside the username, never inside the free domain part', () => {
    const text = `${'a'.repeat(495)} @anna@mastodon.social`;
    // 495 + " @anna" = 501: the last "a" of "anna" is the 501st character.
    expect(measureLength(text, 'mastodon')).toEqual({
      length: 501,
      limit: 500,
      overflowStart: 500,
    });
  });

  it('overflows at a link that crosses the limit', () => {
    const text = `${'a'.repeat(490)} https://example.com/${'x'.repeat(80)}`;
    expect(measureLength(text, 'mastodon')).toEqual({
      length: 514,
      limit: 500,
      overflowStart: 491,
    });
  });
});

describe('Threads: 500, emoji count their UTF-8 bytes', () => {
  it.each([
    ['plain text', 'Thanks', 6],
    ['a thumbs-up is 4 bytes', 'Thanks 👍', 11],
    ['a family emoji is 25 bytes', FAMILY, 25],
  ])('%s', (_name, text, expected) => {
    expect(lengthOn('threads', text)).toBe(expected);
  });
});

describe('UTF-16 and code point counting', () => {
  it('counts UTF-16 units on Facebook and never splits a surrogate pair', () => {
    expect(lengthOn('facebook', '👍')).toBe(2);
    expect(measureLength('a'.repeat(8000), 'facebook').overflowStart).toBeNull();
    expect(measureLength(`${'a'.repeat(7999)}👍`, 'facebook')).toEqual({
      length: 8001,
      limit: 8000,
      overflowStart: 7999,
    });
  });

  it('counts code points on Reddit', () => {
    expect(measureLength('👍'.repeat(10000), 'reddit')).toEqual({
      length: 10000,
      limit: 10000,
      overflowStart: null,
    });
    expect(measureLength('👍'.repeat(10001), 'reddit').overflowStart).toBe(20000);
  });

  it('has no limit on other sites', () => {
    expect(measureLength('x'.repeat(100000), 'generic')).toEqual({
      length: 100000,
      limit: null,
      overflowStart: null,
    });
  });
});

describe('measureLength shortcut for plain text', () => {
  // Plain text within the limit is counted without walking the characters; with a limit of 0
  // the full walk runs, so both must agree on every text and platform.
  const plainText = fc
    .array(
      fc.oneof(
        fc.string({
          unit: fc.constantFrom(...'abcXYZ äöüßå ÉÈ.,!?’“”–—\t\n'.split('')),
          maxLength: 40,
        }),
        fc.constantFrom(
          'https://example.com/help?x=1',
          'www.example.org',
          'example.se/hjälp',
          '@anna@mastodon.social',
          '(see https://x.com/a).',
          '\r\n',
        ),
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join(' '));

  it('agrees with the full count', () => {
    fc.assert(
      fc.property(plainText, fc.constantFrom(...PLATFORM_IDS), (text, platform) => {
        expect(measureLength(text, platform).length).toBe(measureLength(text, platform, 0).length);
      }),
      { numRuns: 500 },
    );
  });
});
