import { describe, expect, it } from 'vitest';
import { countEmoji, emojiKey, findEmoji } from '../../../../lib/rules/text/emoji';
import type { Language } from '../../../../lib/voice/schema';
import { applyFix, excerpts, findingsOf, makePack } from '../helpers';

const pack = makePack(); // emoji.max 3
const COUNT = 'accessibility.emoji-count';
const REPEAT = 'accessibility.emoji-repeat';
const FOR_WORDS = 'accessibility.emoji-for-words';

describe('emoji clusters', () => {
  it('counts ZWJ sequences, flags, keycaps, skin tones and tag sequences once', () => {
    const text = '👨‍👩‍👧 🇸🇪 1️⃣ #️⃣ 👍🏽 🏴󠁧󠁢󠁳󠁣󠁴󠁿 ❤️ 🚚';
    expect(findEmoji(text).map((e) => e.text)).toEqual([
      '👨‍👩‍👧',
      '🇸🇪',
      '1️⃣',
      '#️⃣',
      '👍🏽',
      '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
      '❤️',
      '🚚',
    ]);
  });

  it('does not count text-style symbols, order numbers or digits', () => {
    expect(countEmoji('Acme™ © 2024 ‼ Order #12345, call 555-0199 → done')).toBe(0);
  });

  it('treats skin tones and the variation selector as the same emoji', () => {
    expect(emojiKey('👍🏽')).toBe(emojiKey('👍'));
    expect(emojiKey('❤️')).toBe('❤');
  });

  it('has offsets on code point boundaries', () => {
    const text = 'a😀b👍🏽c';
    const [first, second] = findEmoji(text);
    expect([first!.start, first!.end, second!.start, second!.end]).toEqual([1, 3, 4, 8]);
  });
});

describe('accessibility.emoji-count', () => {
  it('flags the emoji past the limit and offers to remove each', () => {
    const text = 'Your refund is on its way 🎉🥳💸🙌';
    const findings = findingsOf(COUNT, text, pack, { language: 'en' });
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['🙌']);
    expect(applyFix(text, findings[0]!.fixes[0]!)).toBe('Your refund is on its way 🎉🥳💸');
  });

  it('counts a family or a flag as one emoji', () => {
    expect(excerpts(COUNT, 'Hej från oss 🇸🇪 👨‍👩‍👧 💙', pack, { language: 'sv' })).toEqual([]);
  });

  it('follows the pack', () => {
    const strict = makePack({ tone: { emoji: { max: 1 } } });
    expect(excerpts(COUNT, 'Danke 😊 bis bald 👋', strict, { language: 'de' })).toEqual(['👋']);
  });

  it.each(['Thanks for waiting, it ships today 🚚', 'No emoji here at all.', 'Tack! 😊🙏'])(
    'no finding in %s',
    (text) => {
      expect(excerpts(COUNT, text, pack)).toEqual([]);
    },
  );
});

describe('accessibility.emoji-repeat', () => {
  it('flags a run of the same emoji and keeps one', () => {
    const text = 'Thanks for your patience 🙏🙏🙏';
    const [finding] = findingsOf(REPEAT, text, pack, { language: 'en' });
    expect(text.slice(finding!.start, finding!.end)).toBe('🙏🙏🙏');
    expect(applyFix(text, finding!.fixes[0]!)).toBe('Thanks for your patience 🙏');
  });

  it('treats spaces and skin tones inside a run as the same run', () => {
    const text = 'Great news 👍 👍🏽';
    expect(excerpts(REPEAT, text, pack, { language: 'en' })).toEqual(['👍 👍🏽']);
  });

  it('flags the third use of one emoji across the text', () => {
    const text = 'Hej 😊 tack för att du skrev 😊 vi hör av oss 😊';
    const [finding] = findingsOf(REPEAT, text, pack, { language: 'sv' });
    expect(text.slice(finding!.start)).toBe('😊');
    expect(applyFix(text, finding!.fixes[0]!)).toBe(
      'Hej 😊 tack för att du skrev 😊 vi hör av oss',
    );
  });

  it.each([
    'Danke 😊 und bis bald 😊',
    'Fixed 🎉 and shipped 🚚 and done ✅',
    '🇸🇪🇩🇪 we ship to both',
  ])('no finding in %s', (text) => {
    expect(excerpts(REPEAT, text, pack)).toEqual([]);
  });
});

describe('accessibility.emoji-for-words', () => {
  it.each([
    ['en', 'I ❤️ this new feature', '❤️'],
    ['en', 'We 💯 agree with you', '💯'],
    ['en', "I'm so ☺️ the replacement arrived!", '☺️'],
    ['en', 'Our new 📱 is here', '📱'],
    ['en', 'See you at the 🏖️', '🏖️'],
    ['de', 'Wir ❤️ Feedback', '❤️'],
    ['de', 'Dein neues 📱 ist unterwegs', '📱'],
    ['sv', 'Vi ❤️ feedback', '❤️'],
    ['sv', 'Din nya 📱 är på väg', '📱'],
  ] as const)('%s: %s', (language, text, excerpt) => {
    expect(excerpts(FOR_WORDS, text, pack, { language: language as Language })).toEqual([excerpt]);
  });

  it('flags emoji used as bullets and offers a dash', () => {
    const text = 'You get:\n✅ Free returns\n✅ 30-day warranty';
    const findings = findingsOf(FOR_WORDS, text, pack, { language: 'en' });
    const second = text.lastIndexOf('✅');
    expect(findings.map((f) => [f.start, f.end])).toEqual([
      [9, 10],
      [second, second + 1],
    ]);
    expect(applyFix(text, findings[0]!.fixes[0]!)).toBe(
      'You get:\n- Free returns\n✅ 30-day warranty',
    );
  });

  it.each([
    ['en', 'Your refund is on its way 🎉'],
    ['en', 'Thank you 😊 have a nice day'],
    ['en', 'Thanks Anna 👋 Your order ships today'],
    ['en', "Sorry 😔 that's not ok"],
    ['en', 'Great job 👍 keep it up'],
    ['en', 'Made with ❤️'],
    ['en', '👋 Hi Anna, thanks for writing.'],
    ['en', 'Track it at https://acme.com/x 📦 and let me know'],
    ['en', 'Meet us at 10:30 🕥 ok'],
    ['de', 'Danke 😊 Wir melden uns'],
    ['de', 'Gern geschehen! 😊'],
    ['sv', 'Tack 😊 vi hör av oss'],
    ['sv', 'Ha en fin dag ☀️'],
  ] as const)('%s: no finding in %s', (language, text) => {
    expect(excerpts(FOR_WORDS, text, pack, { language: language as Language })).toEqual([]);
  });
});
