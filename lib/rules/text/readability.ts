import type { Language } from '../../voice/schema';
import type { Doc, Word } from '../rule';
import { linksOf } from './links';

/**
 * Readability numbers for a reply: Flesch-Kincaid grade (English) and LIX (German, Swedish; it
 * needs no syllables). The names match `METRICS` in the voice schema so custom `metric` rules can
 * use them. Words inside links, hashtags and @mentions are not prose and are left out.
 *
 * - Flesch-Kincaid grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59
 * - LIX = words/sentences + 100 × long words/words, a long word having more than 6 letters
 */
export interface Metrics {
  words: number;
  sentences: number;
  wordsPerSentence: number;
  fleschKincaidGrade: number;
  lix: number;
  longWords: number;
  syllables: number;
}

export interface SentenceMetrics {
  /** Index into `Doc.sentences`. */
  sentence: number;
  words: number;
  syllables: number;
  longWords: number;
}

export function fleschKincaidGrade(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

export function lix(words: number, sentences: number, longWords: number): number {
  if (words === 0 || sentences === 0) return 0;
  return words / sentences + (100 * longWords) / words;
}

// English words the vowel-group heuristic gets wrong, with their syllable count.
const ENGLISH_EXCEPTIONS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    people: 2,
    business: 2,
    businesses: 3,
    every: 2,
    everyone: 3,
    everything: 3,
    different: 3,
    evening: 2,
    area: 3,
    idea: 3,
    ideas: 3,
    create: 2,
    created: 3,
    creating: 3,
    real: 1,
    really: 2,
    science: 2,
    quiet: 2,
    poem: 2,
    being: 2,
    seeing: 2,
    fire: 1,
    hour: 1,
    hours: 1,
    our: 1,
    ours: 1,
    prepared: 2,
    statement: 2,
    someone: 2,
    somewhere: 2,
    sometimes: 2,
    anyone: 3,
    wednesday: 2,
    queue: 1,
    queues: 1,
    recipe: 3,
    recipes: 3,
    apologise: 4,
    apologize: 4,
    apologies: 4,
    inconvenience: 5,
    naive: 2,
    video: 3,
    videos: 3,
  }),
);

function isEnglishVowel(c: number): boolean {
  // a e i o u y
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
}

/** Heuristic syllable count for one lower-case English word: vowel groups with common exceptions. */
export function englishSyllables(lower: string): number {
  if (lower.length <= 3) return 1;
  const known = ENGLISH_EXCEPTIONS.get(lower);
  if (known !== undefined) return known;
  // Letters a–z only ("don't" → "dont"); other scripts and numbers count as one syllable.
  let w = lower;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 97 || c > 122) {
      w = lower.replace(/[^a-z]+/g, '');
      break;
    }
  }
  const n = w.length;
  if (n <= 3) return 1;
  let count = 0;
  let inVowel = false;
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    // "y" at the start of a word is a consonant ("you", "year").
    const vowel = isEnglishVowel(c) && !(c === 121 && i === 0);
    if (vowel && !inVowel) count++;
    inVowel = vowel;
  }
  const last = w.charCodeAt(n - 1);
  const beforeLast = w.charCodeAt(n - 2);
  const third = w.charCodeAt(n - 3);
  // Silent final e ("make"), but not "-le" after a consonant ("table") or after a vowel ("free").
  if (last === 101 && consonant(beforeLast) && !(beforeLast === 108 && consonant(third))) count--;
  // Silent "-es" and "-ed" ("makes", "asked"); "boxes", "changes", "wanted", "needed" keep theirs.
  if (last === 115 && beforeLast === 101 && consonant(third) && !SOUNDED_ES.has(third)) count--;
  if (last === 100 && beforeLast === 101 && consonant(third) && third !== 116 && third !== 100) {
    count--;
  }
  // Silent e before "-ly" ("lovely", "likely").
  if (
    n > 4 &&
    last === 121 &&
    beforeLast === 108 &&
    third === 101 &&
    consonant(w.charCodeAt(n - 4))
  ) {
    count--;
  }
  // Vowel pairs spoken as two syllables: "media", "radio", "video", "usual", "going".
  for (let i = 1; i < n; i++) {
    const a = w.charCodeAt(i - 1);
    const b = w.charCodeAt(i);
    const before = i >= 2 ? w.charCodeAt(i - 2) : 0;
    if (a === 105 && (b === 97 || b === 111) && !SOFT_BEFORE_IA.has(before)) count++;
    else if (a === 101 && b === 111) count++;
    else if (a === 117 && b === 97 && before !== 113 && before !== 103) count++;
  }
  // "-ing" after a vowel is its own syllable ("going", "seeing").
  if (
    n > 4 &&
    w.endsWith('ing') &&
    isEnglishVowel(w.charCodeAt(n - 4)) &&
    w.charCodeAt(n - 4) !== 121
  ) {
    count++;
  }
  return count < 1 ? 1 : count;
}

function consonant(c: number): boolean {
  return c >= 97 && c <= 122 && !isEnglishVowel(c);
}

// "-es" is sounded after s, x, z, c, g, h ("boxes", "changes", "wishes").
const SOUNDED_ES = new Set([115, 120, 122, 99, 103, 104]);
// "ia"/"io" is one syllable after c, t, s, x, g ("special", "nation", "mission", "region").
const SOFT_BEFORE_IA = new Set([99, 116, 115, 120, 103]);

function isNordicVowel(c: number): boolean {
  // a e i o u y ä ö ü å é è æ ø
  return (
    isEnglishVowel(c) ||
    c === 0xe4 ||
    c === 0xf6 ||
    c === 0xfc ||
    c === 0xe5 ||
    c === 0xe9 ||
    c === 0xe8 ||
    c === 0xe6 ||
    c === 0xf8
  );
}

/** Vowel groups, for German and Swedish (only used for the Flesch-Kincaid number there). */
export function vowelGroupSyllables(lower: string): number {
  let count = 0;
  let inVowel = false;
  for (let i = 0; i < lower.length; i++) {
    const vowel = isNordicVowel(lower.charCodeAt(i));
    if (vowel && !inVowel) count++;
    inVowel = vowel;
  }
  return count < 1 ? 1 : count;
}

export function syllables(lower: string, language: Language): number {
  return language === 'en' ? englishSyllables(lower) : vowelGroupSyllables(lower);
}

/** Letters in a word (apostrophes and digits do not count), for LIX's "more than 6 letters". */
export function letterCount(word: string): number {
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // second half of a surrogate pair
    if ((c >= 0x30 && c <= 0x39) || c === 0x27 || c === 0x2019) continue;
    if (c >= 0x300 && c <= 0x36f) continue; // combining accents
    letters++;
  }
  return letters;
}

const TAG = /(?<![\p{L}\p{M}\p{N}_])[#@][\p{L}\p{M}\p{N}_]+/gu;

/** 1 for words that are prose: not inside a link, a hashtag or an @mention. */
export function proseWordMask(doc: Doc): Uint8Array {
  const { text, words } = doc;
  const mask = new Uint8Array(words.length).fill(1);
  clearInside(words, linksOf(doc), mask);
  if (text.indexOf('#') >= 0 || text.indexOf('@') >= 0) {
    const tags: { start: number; end: number }[] = [];
    TAG.lastIndex = 0;
    for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
      tags.push({ start: m.index, end: m.index + m[0].length });
    }
    clearInside(words, tags, mask);
  }
  return mask;
}

function clearInside(
  words: readonly Word[],
  ranges: readonly { start: number; end: number }[],
  mask: Uint8Array,
): void {
  let w = 0;
  for (const range of ranges) {
    while (w < words.length && words[w]!.end <= range.start) w++;
    while (w < words.length && words[w]!.start < range.end) mask[w++] = 0;
  }
}

const perSentenceCache = new WeakMap<Doc, SentenceMetrics[]>();
const metricsCache = new WeakMap<Doc, Metrics>();

const wordCountCache = new WeakMap<Doc, Int32Array>();

/** Prose words per sentence (index = sentence index), without the cost of syllables. */
export function sentenceWordCounts(doc: Doc): Int32Array {
  const cached = wordCountCache.get(doc);
  if (cached) return cached;
  const mask = proseMask(doc);
  const counts = new Int32Array(doc.sentences.length);
  for (let s = 0; s < doc.sentences.length; s++) {
    const sentence = doc.sentences[s]!;
    let words = 0;
    for (let w = sentence.firstWord; w < sentence.endWord; w++) words += mask[w]!;
    counts[s] = words;
  }
  wordCountCache.set(doc, counts);
  return counts;
}

const maskCache = new WeakMap<Doc, Uint8Array>();
function proseMask(doc: Doc): Uint8Array {
  let mask = maskCache.get(doc);
  if (!mask) {
    mask = proseWordMask(doc);
    maskCache.set(doc, mask);
  }
  return mask;
}

/** Counts per sentence (sentences without prose words are left out). */
export function sentenceMetrics(doc: Doc): readonly SentenceMetrics[] {
  const cached = perSentenceCache.get(doc);
  if (cached) return cached;
  const mask = proseMask(doc);
  const result: SentenceMetrics[] = [];
  for (let s = 0; s < doc.sentences.length; s++) {
    const sentence = doc.sentences[s]!;
    let words = 0;
    let syllableCount = 0;
    let longWords = 0;
    for (let w = sentence.firstWord; w < sentence.endWord; w++) {
      if (!mask[w]) continue;
      const word = doc.words[w]!;
      words++;
      syllableCount += syllables(word.lower, doc.language);
      if (letterCount(word.text) > 6) longWords++;
    }
    if (words > 0) result.push({ sentence: s, words, syllables: syllableCount, longWords });
  }
  perSentenceCache.set(doc, result);
  return result;
}

/** The readability numbers of the whole text. */
export function metrics(doc: Doc): Metrics {
  const cached = metricsCache.get(doc);
  if (cached) return cached;
  let words = 0;
  let syllableCount = 0;
  let longWords = 0;
  const perSentence = sentenceMetrics(doc);
  for (const s of perSentence) {
    words += s.words;
    syllableCount += s.syllables;
    longWords += s.longWords;
  }
  const sentences = perSentence.length;
  const result: Metrics = {
    words,
    sentences,
    wordsPerSentence: sentences === 0 ? 0 : words / sentences,
    fleschKincaidGrade: fleschKincaidGrade(words, sentences, syllableCount),
    lix: lix(words, sentences, longWords),
    longWords,
    syllables: syllableCount,
  };
  metricsCache.set(doc, result);
  return result;
}
