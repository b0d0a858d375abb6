import { describe, expect, it } from 'vitest';
import type { PlatformId } from '../../../../lib/platforms';
import { findingsOf, makePack } from '../helpers';

const pack = makePack();
const URL = 'https://example.com/orders/track?id=12345&ref=care-reply-xyz-0123456789';

describe('length.platform-limit', () => {
  it.each<readonly [string, PlatformId, string, string | null]>([
    ['a reply of exactly 280 on X', 'x', 'a'.repeat(280), null],
    [
      'one character over on X',
      'x',
      'a'.repeat(281),
      'X allows 280 characters on X; this reply counts 281 (1 over).',
    ],
    // 257 + a space + a 70-character link that X counts as 23 = 281.
    [
      'a long link counts 23 on X',
      'x',
      `${'a'.repeat(257)} ${URL}`,
      'X allows 280 characters on X; this reply counts 281 (1 over).',
    ],
    ['a long link that fits', 'x', `${'a'.repeat(256)} ${URL}`, null],
    [
      'emoji weigh 2 on X',
      'x',
      '😀'.repeat(141),
      'X allows 280 characters on X; this reply counts 282 (2 over).',
    ],
    ['Bluesky counts graphemes', 'bluesky', '👨‍👩‍👧‍👦'.repeat(300), null],
    [
      'Bluesky over by one',
      'bluesky',
      'é'.repeat(301),
      'Bluesky allows 300 characters on Bluesky; this reply counts 301 (1 over).',
    ],
    [
      'LinkedIn comments',
      'linkedin',
      'a'.repeat(1251),
      'LinkedIn allows 1250 characters on LinkedIn; this reply counts 1251 (1 over).',
    ],
  ])('%s', (_name, platform, text, message) => {
    const findings = findingsOf('length.platform-limit', text, pack, { platform, language: 'en' });
    expect(findings.map((f) => f.message)).toEqual(message ? [message] : []);
  });

  it('marks the part that does not fit, starting on a whole character', () => {
    const text = `${'a'.repeat(279)}😀 and more`;
    const [finding] = findingsOf('length.platform-limit', text, pack, { platform: 'x' });
    expect(text.slice(finding!.start, finding!.end)).toBe('😀 and more');
    expect(finding!.severity).toBe('error');
  });

  it('uses the team’s own limit from the voice pack', () => {
    const house = makePack({ limits: { facebook: { maxChars: 300 } } });
    const [finding] = findingsOf('length.platform-limit', 'a'.repeat(301), house, {
      platform: 'facebook',
    });
    expect(finding!.message).toBe(
      'Your team’s limit allows 300 characters on Facebook; this reply counts 301 (1 over).',
    );
  });

  it('does nothing without a platform or on sites without a known limit', () => {
    expect(findingsOf('length.platform-limit', 'a'.repeat(100_000), pack)).toEqual([]);
    expect(
      findingsOf('length.platform-limit', 'a'.repeat(100_000), pack, { platform: 'generic' }),
    ).toEqual([]);
  });
});
