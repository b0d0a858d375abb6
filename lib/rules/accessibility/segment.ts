import type { Language, VoicePack } from '../../voice/schema';
import { DE_WORDS, EN_WORDS, SV_WORDS, type WordClasses } from './hashtag-words';

/**
 * Splits a run of lower-case letters into dictionary words with a dynamic programme over the
 * run: fewest words wins ("weekend" stays one word rather than "wee kend"). Words are looked up in
 * character tries, so a 40-letter run costs a few hundred steps and no substrings. A split is only
 * *reliable* when the best split is unique and not made only of tiny words ("to get her").
 */

interface WordInfo {
  /** German and Swedish: the word starts a phrase, never a compound (see hashtag-words.ts). */
  starter: boolean;
  /** The pack's spelling when the word is a vocabulary term ("iPhone"). */
  term?: string;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Set when a word ends here. */
  word?: WordInfo;
}

function node(): TrieNode {
  return { next: new Map() };
}

function insert(root: TrieNode, word: string, starter: boolean, term?: string): void {
  let current = root;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    let child = current.next.get(code);
    if (!child) {
      child = node();
      current.next.set(code, child);
    }
    current = child;
  }
  if (current.word) {
    // A word in both classes is not a starter: the cautious reading for compounds.
    current.word.starter &&= starter;
    if (term) current.word.term = term;
  } else {
    current.word = term ? { starter, term } : { starter };
  }
}

function buildTrie(classes: WordClasses): TrieNode {
  const root = node();
  for (const word of classes.phrase.split(/\s+/)) if (word) insert(root, word, true);
  for (const word of classes.joinable.split(/\s+/)) if (word) insert(root, word, false);
  return root;
}

const tries = new Map<Language, TrieNode>();
function trieFor(language: Language): TrieNode {
  let trie = tries.get(language);
  if (!trie) {
    trie = buildTrie(language === 'en' ? EN_WORDS : language === 'de' ? DE_WORDS : SV_WORDS);
    tries.set(language, trie);
  }
  return trie;
}

/**
 * Pieces that never start a new word after another one: they are suffixes or endings of longer
 * words ("friend|ship", "awe|some", "mensch|heit", "stanna|de", "person|er"), so a split there
 * is wrong.
 */
const NO_CONTINUE: Record<Language, ReadonlySet<string>> = {
  en: new Set(
    'ship ships less able ness ment ments hood dom ward wards wise some age ages ant ants ion ions ism ist ful like ever ten ice son sons her ate tion'.split(
      ' ',
    ),
  ),
  de: new Set('heit keit ung schaft lich bar sam er en es in ern test e n s'.split(' ')),
  sv: new Set('het lig skap ning else en et na de ade are ar er or te n a'.split(' ')),
};

/** Words that never end a phrase ("connect|or", "project|or"). */
const NO_END: Record<Language, ReadonlySet<string>> = {
  en: new Set('or and of the a an to my our your'.split(' ')),
  de: new Set('der die das den dem des und oder zu mit'.split(' ')),
  sv: new Set('och eller att den det en ett'.split(' ')),
};

export const MAX_SEGMENT_LENGTH = 40;

export interface Segment {
  text: string;
  /** German and Swedish: a word that starts a phrase ("frohes", "trevlig"). */
  starter: boolean;
  /** The pack's spelling when the segment is a vocabulary term ("iPhone"). */
  term?: string;
}

export interface Segmentation {
  segments: Segment[];
  /** Unique best split that is not mostly tiny words. */
  reliable: boolean;
}

interface PackSegmenter {
  terms: TrieNode | null;
  cache: Map<string, Segmentation | null>;
}

const packSegmenters = new WeakMap<VoicePack, PackSegmenter>();

function segmenterFor(pack: VoicePack): PackSegmenter {
  let segmenter = packSegmenters.get(pack);
  if (!segmenter) {
    let terms: TrieNode | null = null;
    for (const term of pack.vocabulary.terms) {
      // Single-word terms only: a tag has no spaces.
      const lower = term.toLowerCase();
      if (!/^[\p{L}\p{N}]+$/u.test(lower)) continue;
      terms ??= node();
      insert(terms, lower, false, term);
    }
    segmenter = { terms, cache: new Map() };
    packSegmenters.set(pack, segmenter);
  }
  return segmenter;
}

const CACHE_LIMIT = 512;

/**
 * The best split of `run` (lower case, letters only) into words of one language's list (plus
 * the pack's terms), or null when no split covers it. Languages are not mixed: "die|be" (German
 * "die", English "be") is not a split of "diebe".
 */
export function segment(run: string, language: Language, pack: VoicePack): Segmentation | null {
  if (run.length === 0 || run.length > MAX_SEGMENT_LENGTH) return null;
  const segmenter = segmenterFor(pack);
  const key = `${language}:${run}`;
  const cached = segmenter.cache.get(key);
  if (cached !== undefined) return cached;
  const roots: TrieNode[] = [trieFor(language)];
  if (segmenter.terms) roots.push(segmenter.terms);
  const result = split(run, roots, language);
  if (segmenter.cache.size >= CACHE_LIMIT) segmenter.cache.clear();
  segmenter.cache.set(key, result);
  return result;
}

function split(run: string, roots: readonly TrieNode[], language: Language): Segmentation | null {
  const noContinue = NO_CONTINUE[language];
  const n = run.length;
  const INF = 1 << 20;
  const best = new Array<number>(n + 1).fill(INF);
  const ways = new Array<number>(n + 1).fill(0);
  const from = new Array<number>(n + 1).fill(-1);
  const info: (WordInfo | undefined)[] = new Array(n + 1);
  best[0] = 0;
  ways[0] = 1;
  // Candidates found from position i: end → word info (merged over tries).
  const ends = new Map<number, WordInfo>();
  for (let i = 0; i < n; i++) {
    if (best[i] === INF) continue;
    ends.clear();
    for (const root of roots) {
      let current: TrieNode | undefined = root;
      for (let j = i; j < n && current; j++) {
        current = current.next.get(run.charCodeAt(j));
        const word = current?.word;
        if (!word) continue;
        if (i > 0 && noContinue.has(run.slice(i, j + 1))) continue;
        record(ends, j + 1, word);
        // English plurals: "customers", "ideas".
        if (language === 'en' && !word.starter && run.charCodeAt(j + 1) === 0x73 /* s */) {
          record(ends, j + 2, word);
        }
      }
    }
    for (const [end, word] of ends) {
      if (end > n) continue;
      const cost = best[i]! + 1;
      if (cost < best[end]!) {
        best[end] = cost;
        ways[end] = ways[i]!;
        from[end] = i;
        info[end] = word;
      } else if (cost === best[end]) {
        ways[end] = Math.min(2, ways[end]! + ways[i]!);
      }
    }
  }
  if (best[n] === INF) return null;
  const segments: Segment[] = [];
  for (let end = n; end > 0; end = from[end]!) {
    const start = from[end]!;
    const word = info[end]!;
    segments.push({
      text: run.slice(start, end),
      starter: word.starter,
      ...(word.term ? { term: word.term } : {}),
    });
  }
  segments.reverse();
  // "to|get|her": a split into nothing but tiny words is more likely one word we do not know.
  const allTiny = segments.length >= 3 && segments.every((s) => s.text.length <= 3);
  // A one-letter word is only believable as "I" at the start or "a" before a real word
  // ("#haveaniceday"), not inside a word ("product|i|on", "color|a|do").
  let strayLetter = false;
  for (let k = 0; k < segments.length; k++) {
    const text = segments[k]!.text;
    if (text.length !== 1) continue;
    const next = segments[k + 1];
    if (text === 'i' ? k > 0 : !next || next.text.length < 3) strayLetter = true;
  }
  const badEnd = segments.length > 1 && NO_END[language].has(segments[segments.length - 1]!.text);
  return { segments, reliable: ways[n] === 1 && !allTiny && !strayLetter && !badEnd };
}

function record(ends: Map<number, WordInfo>, end: number, word: WordInfo): void {
  const existing = ends.get(end);
  if (!existing) {
    ends.set(end, word);
    return;
  }
  if (!existing.starter && (existing.term || !word.term)) return;
  ends.set(end, {
    starter: existing.starter && word.starter,
    ...(existing.term || word.term ? { term: existing.term ?? word.term } : {}),
  });
}
