import type { Language, VoicePack } from '../../voice/schema';
import type { Entities } from '../types';
import { englishEntities, type Span } from './english';
import { type Lexicon, matchesOf } from './lexicon';
import { literalPhraseRegex } from './text';
import { EMAIL, HASH_NUMBER, numberAfterKeyword, ORDER_KEYWORDS, TRACKING } from './identifiers';

const NUMBER_AFTER_KEYWORD = numberAfterKeyword(ORDER_KEYWORDS);

function digits(text: string): number {
  return (text.match(/\d/g) ?? []).length;
}

const productCache = new WeakMap<VoicePack, { term: string; re: RegExp }[]>();

function productMatchers(pack: VoicePack): { term: string; re: RegExp }[] {
  let list = productCache.get(pack);
  if (!list) {
    list = pack.vocabulary.terms.map((term) => ({ term, re: literalPhraseRegex(term) }));
    productCache.set(pack, list);
  }
  return list;
}

/** Longer spans win over the spans they overlap ("since last Tuesday" over "Tuesday"). */
function mergeSpans(spans: Span[]): string[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: Span[] = [];
  for (const span of sorted) {
    if (!kept.some((k) => span.start < k.end && k.start < span.end)) kept.push(span);
  }
  kept.sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const span of kept) {
    // A German ordinal keeps its point ("zum 10."); other trailing punctuation goes.
    const text = span.text
      .replace(/^[\s,.;:!?"'()–—-]+|[\s,;:!?"'()–—-]+$/gu, '')
      .replace(/(?<!\d)\.+$/u, '');
    if (!text || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    out.push(text);
  }
  return out;
}

// A signature: a dash or slash and a name at the end ("– Maya", "/Erik", "//Anna"), or a
// closing word and a name ("Cheers, Tom", "LG Lena", "Mvh Erik").
const SIGNATURE =
  /(?:(?:^|\s)(?:[-–—~]+|\/\/?|\^)\s?|(?:thanks|thank you|cheers|regards|best|br|kind regards|many thanks|danke|viele grüße|liebe grüße|grüße|gruß|lg|vg|mfg|beste grüße|mvh|hälsningar|vänliga hälsningar|med vänlig hälsning|tack|kram|hälsar)[,!.]?\s+)(\p{Lu}[\p{Ll}]+(?:[ -]\p{Lu}[\p{Ll}]+)?)[\s.!]*$/iu;

function names(
  text: string,
  lex: Lexicon,
  english: Span[] | undefined,
  terms: Set<string>,
): string[] {
  const spans: Span[] = [];
  const acceptable = (name: string) => {
    const first = name.split(/[\s-]/)[0] ?? '';
    // Names are not written in caps: "THIS IS THE WORST" names nobody.
    const shouted = name.length > 2 && name === name.toUpperCase();
    return (
      !shouted &&
      name.split(/[\s-]/).every((part) => /^\p{Lu}/u.test(part)) &&
      !lex.notNames.has(first) &&
      !terms.has(name.toLowerCase()) &&
      name.length >= 2
    );
  };
  for (const re of lex.introductions) {
    for (const m of matchesOf(re, text)) {
      // The lead-in is matched without regard to case, so "Erik och" may come with a lower-case
      // second word: keep the capitalised part.
      const name = m[1]!
        .split(' ')
        .filter((w, i, all) => all.slice(0, i + 1).every((p) => /^\p{Lu}/u.test(p)))
        .join(' ');
      if (name && acceptable(name)) {
        const start = m.index + m[0].lastIndexOf(name);
        spans.push({ start, end: start + name.length, text: name });
      }
    }
  }
  const signature = SIGNATURE.exec(text.trimEnd());
  if (signature && acceptable(signature[1]!)) {
    const start =
      text.trimEnd().length - signature[0].length + signature[0].lastIndexOf(signature[1]!);
    spans.push({ start, end: start + signature[1]!.length, text: signature[1]! });
  }
  for (const span of english ?? []) {
    const name = span.text.replace(/['’]s$/u, '').replace(/[^\p{L}\s'-]+$/u, '');
    if (acceptable(name)) spans.push({ ...span, text: name });
  }
  return mergeSpans(spans);
}

export function readEntities(
  text: string,
  language: Language,
  lex: Lexicon,
  pack: VoicePack,
): Entities {
  // compromise reads English only, and is the slowest step: other languages never pay for it.
  const english = language === 'en' && /\p{L}/u.test(text) ? englishEntities(text) : undefined;
  const terms = new Set(pack.vocabulary.terms.map((t) => t.toLowerCase()));

  const orders: Span[] = [];
  for (const m of matchesOf(NUMBER_AFTER_KEYWORD, text)) {
    const value = m[1]!;
    if (digits(value) >= 3) {
      const start = m.index + m[0].lastIndexOf(value);
      orders.push({ start, end: start + value.length, text: value });
    }
  }
  for (const m of matchesOf(HASH_NUMBER, text)) {
    orders.push({ start: m.index + 1, end: m.index + m[0].length, text: m[1]! });
  }
  for (const m of matchesOf(TRACKING, text)) {
    orders.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }

  const products: Span[] = [];
  for (const { term, re } of productMatchers(pack)) {
    for (const m of matchesOf(re, text))
      products.push({ start: m.index, end: m.index + m[0].length, text: term });
  }

  const dates: Span[] = [...(english?.dates ?? [])];
  for (const m of matchesOf(lex.dates, text)) {
    // "May I ask" is not a date; English month names need a day next to them (see data/en.ts).
    dates.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }

  const emails = matchesOf(EMAIL, text).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
  return {
    names: names(text, lex, english?.people, terms),
    orderNumbers: mergeSpans(orders),
    products: mergeSpans(products),
    dates: mergeSpans(dates),
    emails: mergeSpans(emails),
  };
}
