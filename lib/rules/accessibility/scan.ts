import type { Doc } from '../rule';
import type { Fix } from '../types';
import { findEmoji, type EmojiCluster } from '../text/emoji';
import { linksOf, type UrlMatch } from '../text/links';

/**
 * One pass over the text shared by the accessibility rules: links, hashtags, mentions and emoji,
 * and which words are prose. Cached per `Doc`, so sixteen rules pay for it once per check.
 */

export interface Hashtag {
  /** Offset of "#". */
  start: number;
  end: number;
  /** The tag without "#". */
  body: string;
}

export interface Scan {
  urls: readonly UrlMatch[];
  hashtags: readonly Hashtag[];
  mentions: readonly { start: number; end: number }[];
  emoji: readonly EmojiCluster[];
  /** Per word of `doc.words`: 0 prose, 1 inside a link, 2 inside a hashtag, 3 inside a mention. */
  wordKind: Uint8Array;
}

export const WORD_PROSE = 0;
export const WORD_LINK = 1;
export const WORD_HASHTAG = 2;
export const WORD_MENTION = 3;

/** No rule reports more than this many findings: past it, the text is not a reply any more. */
export const MAX_HITS = 200;

// A hashtag starts after a space, punctuation or the start, never inside a word, an HTML entity
// ("&#39;") or a path. Its body may hold letters, marks, digits and "_", as on X and Instagram.
// Tried with the sticky flag at each "#" and "@" only (a lookbehind at every position is slow).
const HASHTAG = /#[\p{L}\p{M}\p{N}_]+/uy;
const NOT_BEFORE_HASHTAG = /[\p{L}\p{M}\p{N}_&#/]/u;
const MENTION = /@[\p{L}\p{M}\p{N}_]+(?:@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?/uy;
const NOT_BEFORE_MENTION = /[\p{L}\p{M}\p{N}_.@]/u;

/** Sticky matches of `pattern` at each `sign` not preceded by a character in `notBefore`. */
function matchesAt(
  text: string,
  sign: string,
  pattern: RegExp,
  notBefore: RegExp,
  limit: number,
): { start: number; end: number; text: string }[] {
  const found: { start: number; end: number; text: string }[] = [];
  let from = 0;
  for (
    let at = text.indexOf(sign);
    at >= 0 && found.length < limit;
    at = text.indexOf(sign, from)
  ) {
    from = at + 1;
    if (at > 0) {
      const before = text.charCodeAt(at - 1);
      // ASCII fast path: a letter, digit, "_" or the sign itself is never a start.
      if (before < 0x80) {
        if (
          isAsciiWord(before) ||
          before === sign.charCodeAt(0) ||
          ASCII_BLOCKERS[sign]!.includes(text[at - 1]!)
        )
          continue;
      } else if (notBefore.test(previousChar(text, at))) {
        continue;
      }
    }
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) continue;
    found.push({ start: at, end: at + match[0].length, text: match[0] });
    from = at + match[0].length;
  }
  return found;
}

const ASCII_BLOCKERS: Record<string, string> = { '#': '&#/', '@': '.@' };

function isAsciiWord(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f
  );
}

function previousChar(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) return text.slice(index - 2, index);
  return text[index - 1]!;
}

const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;

/**
 * "#12345" is an order number and "#1" a rank, not a hashtag; "#INC0012345" is a ticket. A tag
 * needs a letter, and more letters than digits ("#covid19" and "#web3" are tags).
 */
function isTagBody(body: string): boolean {
  let letters = 0;
  let digits = 0;
  // The first 64 characters decide; a 100 KB "tag" is not worth a longer look.
  const limit = Math.min(body.length, 64);
  for (let i = 0; i < limit; i++) {
    const c = body.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digits++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++;
    else if (c >= 0x80 && c < 0xd800 && LETTER.test(body[i]!)) letters++;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const char = String.fromCodePoint(body.codePointAt(i)!);
      if (LETTER.test(char)) letters++;
      else if (DIGIT.test(char)) digits++;
      i++;
    }
  }
  return letters > 0 && letters > digits;
}

const cache = new WeakMap<Doc, Scan>();

function inside(ranges: readonly { start: number; end: number }[], position: number): boolean {
  // Ranges are sorted and few; a binary search keeps 100 KB inputs linear enough.
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const range = ranges[mid]!;
    if (position < range.start) high = mid - 1;
    else if (position >= range.end) low = mid + 1;
    else return true;
  }
  return false;
}

export function scan(doc: Doc): Scan {
  const cached = cache.get(doc);
  if (cached) return cached;
  const { text, words } = doc;
  const urls = linksOf(doc);
  const hashtags: Hashtag[] = [];
  for (const m of matchesAt(text, '#', HASHTAG, NOT_BEFORE_HASHTAG, 5_000)) {
    const body = m.text.slice(1);
    if (!isTagBody(body) || inside(urls, m.start)) continue;
    hashtags.push({ start: m.start, end: m.end, body });
  }
  const mentions: { start: number; end: number }[] = [];
  for (const m of matchesAt(text, '@', MENTION, NOT_BEFORE_MENTION, 5_000)) {
    if (!inside(urls, m.start)) mentions.push({ start: m.start, end: m.end });
  }
  const wordKind = new Uint8Array(words.length);
  markWords(words, urls, WORD_LINK, wordKind);
  markWords(words, hashtags, WORD_HASHTAG, wordKind);
  markWords(words, mentions, WORD_MENTION, wordKind);
  const result: Scan = {
    urls,
    hashtags,
    mentions,
    emoji: findEmoji(text),
    wordKind,
  };
  cache.set(doc, result);
  return result;
}

function markWords(
  words: Doc['words'],
  ranges: readonly { start: number; end: number }[],
  kind: number,
  out: Uint8Array,
): void {
  let w = 0;
  for (const range of ranges) {
    while (w < words.length && words[w]!.end <= range.start) w++;
    while (w < words.length && words[w]!.start < range.end) {
      out[w] = kind;
      w++;
    }
  }
}

/** Index of the sentence that contains `position`, or -1. */
export function sentenceAt(doc: Doc, position: number): number {
  const sentences = doc.sentences;
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const sentence = sentences[mid]!;
    if (position < sentence.start) high = mid - 1;
    else if (position >= sentence.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

export function isInside(
  ranges: readonly { start: number; end: number }[],
  position: number,
): boolean {
  return inside(ranges, position);
}

/** The code point at `index` as a string (two UTF-16 units for astral characters). */
export function charAt(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** Index of the start of the code point that ends just before `index`. */
export function previousCodePointStart(text: string, index: number): number {
  if (index <= 0) return 0;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return index - 2;
  }
  return index - 1;
}

function isHorizontalSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

/**
 * A fix that deletes `[start, end)` with the spaces before it ("Thanks 🔥" → "Thanks"), or the
 * spaces after it when it starts a line, so no double space is left behind.
 */
export function removalFix(text: string, start: number, end: number, label: string): Fix {
  let from = start;
  let to = end;
  while (from > 0 && isHorizontalSpace(text.charCodeAt(from - 1))) from--;
  const atLineStart = from === 0 || text[from - 1] === '\n' || text[from - 1] === '\r';
  if (atLineStart) {
    while (to < text.length && isHorizontalSpace(text.charCodeAt(to))) to++;
  }
  return { label, start: from, end: to, replacement: '' };
}

/** Text quoted in a message, shortened so a 100 KB run does not become a 100 KB message. */
export function quote(text: string, max = 40): string {
  if (text.length <= max) return text;
  let cut = max;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return `${text.slice(0, cut)}…`;
}
