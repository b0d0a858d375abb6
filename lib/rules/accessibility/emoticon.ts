import { defineRule, type Hit } from '../rule';
import { say } from '../say';
import type { Fix } from '../types';
import { MAX_HITS, isInside, quote, removalFix, scan } from './scan';
import { SOURCES } from './sources';

/**
 * ASCII emoticons and kaomoji, which screen readers read character by character ("colon right
 * parenthesis"). Decisions:
 * - Eyes ":" or ";" may follow a word ("Thanks:)") but never a digit or ":" (times "10:30",
 *   ratios "1:3", "http://"); the emoticon must end the word (":Dear", ":30" are not faces).
 * - "=", "xD", "<3", "^^", "-_-" and the like must stand alone (after a space or at the start).
 * - "8)" is never a face: it is item 8 of a numbered list. "a)" and "B)" are list items too.
 * - "<3" before a unit ("<3 days") means "less than 3".
 */
const EMOTICON = new RegExp(
  '(?:' +
    [
      String.raw`(?<![\p{N}:;=<>/\\&#*])[:;][-'’^o]?(?:\)+|\(+|[DPpOo3/\\|*@\]\[SsXx$])`,
      String.raw`(?<!\S)(?:=[-^]?(?:\)+|\(+|[DPp3/\\|])|xD|XD|xd|<\/?3+|[8B]-\)|\^_*\^|\^\.\^|-_-|[oO0]_[oO0]|[Tt]_[Tt]|;_;|>_<|>\.<|\\o\/)`,
    ].join('|') +
    String.raw`)(?![\p{L}\p{N}_/\\])`,
  'gu',
);

const UNIT_AFTER_LESS_THAN =
  /^\s*(?:s|sec|secs|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?|%|kg|km|m|cm|mm|gb|mb|tb|x|times|stunden?|tagen?|tage|wochen?|monaten?|jahren?|minuten?|sekunden?|dagar?|timmar?|veckor?|månader?|år|minuter?|sekunder?)\b/i;

const EMOJI_FOR: readonly [RegExp, string][] = [
  [/^[:=][)\]]+$/, '🙂'],
  [/^[:=][([]+$/, '🙁'],
  [/^;\)+$/, '😉'],
  [/^[:=]D$|^xD$|^XD$|^xd$/, '😄'],
  [/^[:=;][Pp]$/, '😛'],
  [/^:'\(+$/, '😢'],
  [/^[:=][/\\]$/, '😕'],
  [/^:[oO]$/, '😮'],
  [/^:\|$/, '😐'],
  [/^:\*$/, '😘'],
  [/^<3+$/, '❤️'],
  [/^<\/3+$/, '💔'],
  [/^\^_*\^$|^\^\.\^$/, '😊'],
  [/^-_-$/, '😑'],
  [/^[Tt]_[Tt]$|^;_;$/, '😭'],
  [/^>_<$|^>\.<$/, '😣'],
  [/^[8B]\)$/, '😎'],
  [/^\\o\/$/, '🙌'],
];

function emojiFor(emoticon: string): string | undefined {
  // Drop the nose: ":-)" is ":)".
  const face = emoticon.replace(/^([:;=8B])[-'’^o](?=.)/, (_, eyes: string) =>
    emoticon.startsWith(":'") ? ":'" : eyes,
  );
  for (const [pattern, emoji] of EMOJI_FOR) if (pattern.test(face)) return emoji;
  return undefined;
}

// Characters found almost only in kaomoji and text art (¯\_(ツ)_/¯, (╯°□°)╯︵ ┻━┻, ( ͡° ͜ʖ ͡°), ಠ_ಠ).
const KAOMOJI_MARK = /[ツ‿◕ʖಠᴥ╯︵┻┬━ノ益ಥ◡ᵔ≧≦▽∀｡･づ˘⌐☉⊙ʘ︶╥ﾟ]|\u0361|\u035C/gu;
const KAOMOJI_MARK_ANY = new RegExp(KAOMOJI_MARK.source, 'gu');
// Letters of Latin-script words (IPA letters such as ʖ belong to the art).
const LATIN_OR_DIGIT = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\p{N}]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const STRUCTURE = /[()[\]{}ʕʔ（）_/\\]/u;
const MAX_REACH = 40;
const MAX_ART_LOOKS = 2_000;

function isArtChar(char: string): boolean {
  if (char === '') return false;
  const c = char.charCodeAt(0);
  if (c < 0x80) {
    // ASCII: punctuation and symbols are art, letters, digits and white space are not.
    return c > 0x20 && !(c >= 0x30 && c <= 0x39) && !((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  }
  if (c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029) {
    return false;
  }
  if (c <= 0x24f) return !LATIN_OR_DIGIT.test(char);
  if (c >= 0xd800 && c <= 0xdbff) return !PICTOGRAPH.test(char) && !LATIN_OR_DIGIT.test(char);
  return !PICTOGRAPH.test(char) && !/\p{N}/u.test(char);
}

function codePointBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) return text.slice(index - 2, index);
  return text[index - 1]!;
}

function codePointAt(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** The stretch of text art around a marker at `index`: non-Latin symbols, with single spaces inside. */
function artSpan(text: string, index: number, floor: number): { start: number; end: number } {
  let start = index;
  while (index - start < MAX_REACH && start > floor) {
    const before = codePointBefore(text, start);
    if (isArtChar(before)) {
      start -= before.length;
      continue;
    }
    // Bridge one space when art continues behind it: "( ͡° ͜ʖ ͡°)".
    if (before === ' ' && isArtChar(codePointBefore(text, start - 1))) {
      start -= 1;
      continue;
    }
    break;
  }
  let end = index;
  while (end - index < MAX_REACH) {
    const at = codePointAt(text, end);
    if (isArtChar(at)) {
      end += at.length;
      continue;
    }
    if (at === ' ' && isArtChar(codePointAt(text, end + 1))) {
      end += 1;
      continue;
    }
    break;
  }
  // Sentence punctuation after the art is not part of it.
  while (end > index + 1 && /[.,!?;:]/.test(text[end - 1]!)) end--;
  return { start, end };
}

export const emoticon = defineRule({
  id: 'accessibility.emoticon',
  category: 'accessibility',
  severity: 'warning',
  title: 'No ASCII emoticons or text art',
  why: 'Screen readers read emoticons and text art character by character ("colon right parenthesis"); an emoji or a word carries the feeling instead.',
  link: SOURCES.w3cH86,
  examples: [
    { language: 'en', bad: 'Glad we could help :)', good: 'Glad we could help 🙂' },
    { language: 'de', bad: 'Gern geschehen ;-)', good: 'Gern geschehen 😉' },
    { language: 'sv', bad: 'Tack för tålamodet <3', good: 'Tack för tålamodet ❤️' },
    {
      language: 'en',
      bad: 'No idea why ¯\\_(ツ)_/¯',
      good: 'We are looking into why this happened.',
    },
  ],
  check({ doc, context }) {
    const { text } = doc;
    const { urls } = scan(doc);
    const hits: Hit[] = [];
    EMOTICON.lastIndex = 0;
    for (let m = EMOTICON.exec(text); m && hits.length < MAX_HITS; m = EMOTICON.exec(text)) {
      const face = m[0];
      const start = m.index;
      const end = start + face.length;
      if (isInside(urls, start)) continue;
      if (/^<3+$/.test(face) && UNIT_AFTER_LESS_THAN.test(text.slice(end, end + 12))) continue;
      const emoji = emojiFor(face);
      const fixes: Fix[] = [];
      if (emoji) {
        fixes.push({
          label: say(context, 'rule_fix_use', { text: emoji }),
          start,
          end,
          replacement: emoji,
        });
      }
      fixes.push(removalFix(text, start, end, say(context, 'rule_fix_remove', { text: face })));
      hits.push({
        start,
        end,
        message: emoji
          ? say(context, 'rule_accessibility_emoticon_message_emoji', { face, emoji })
          : say(context, 'rule_accessibility_emoticon_message', { face }),
        fixes,
      });
    }
    EMOTICON.lastIndex = 0;
    // Kaomoji and text art.
    let covered = -1;
    let looked = 0;
    KAOMOJI_MARK.lastIndex = 0;
    for (
      let m = KAOMOJI_MARK.exec(text);
      m && hits.length < MAX_HITS;
      m = KAOMOJI_MARK.exec(text)
    ) {
      if (m.index < covered) continue;
      // A guard for 100 KB of such symbols: a reply never has this many.
      if (++looked > MAX_ART_LOOKS) break;
      const span = artSpan(text, m.index, Math.max(covered, 0));
      covered = span.end;
      KAOMOJI_MARK.lastIndex = Math.max(KAOMOJI_MARK.lastIndex, span.end);
      if (span.end - span.start < 3) continue;
      const art = text.slice(span.start, span.end);
      const visible = Array.from(art.replace(/\s/g, '')).length;
      if (visible < 3) continue;
      const marks = art.match(KAOMOJI_MARK_ANY)?.length ?? 0;
      if (!STRUCTURE.test(art) && marks < 2) continue;
      const shrug = art.includes('ツ') && art.includes('¯');
      const fixes: Fix[] = shrug
        ? [
            {
              label: say(context, 'rule_fix_use', { text: '🤷' }),
              start: span.start,
              end: span.end,
              replacement: '🤷',
            },
          ]
        : [];
      fixes.push(removalFix(text, span.start, span.end, say(context, 'rule_fix_remove_it')));
      hits.push({
        start: span.start,
        end: span.end,
        message: say(
          context,
          shrug
            ? 'rule_accessibility_emoticon_message_shrug'
            : 'rule_accessibility_emoticon_message_art',
          { text: quote(art) },
        ),
        fixes,
      });
    }
    KAOMOJI_MARK.lastIndex = 0;
    return hits.sort((a, b) => a.start - b.start);
  },
});
