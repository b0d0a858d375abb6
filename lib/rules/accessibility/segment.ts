import type { Language, VoicePack } from '../../voice/schema';
import { DE_WORDS, EN_WORDS, SV_WORDS, type WordClasses } from './hashtag-words';

/**
 * Splits a run of lower-case letters into dictionary words with a dynamic programme over the
 * run: fewest words wins ("weekend" stays one word rather than "wee kend"). Words are looked up in
 * character tries, so a 40-letter run costs a few hundred steps and no substrings. A split is only
 * *reliable* when the best split is unique and not made only of tiny words ("to get her").
 */

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Set when a word ends here. */
  word?: { joinable: boolean; term?: string };
}

function node(): TrieNode {
  return { next: new Map() };
}

function insert(root: TrieNode, word: string, joinable: boolean, term?: string): void {
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
    // A word in both classes counts as joinable: the cautious reading for compounds.
    current.word.joinable ||= joinable;
    if (term) current.word.term = term;
  } else {
    current.word = term ? { joinable, term } : { joinable };
  }
}

function buildTrie(classes: WordClasses): TrieNode {
  const root = node();
  for (const word of classes.joinable.split(/\s+/)) if (word) insert(root, word, true);
  for (const word of classes.phrase.split(/\s+/)) if (word) insert(root, word, false);
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
 * Words that never start a new word after another one: they are suffixes in longer words
 * ("friendship", "awesome", "careless", "message"), so "friend|ship" is not a split.
 */
const NO_CONTINUE = new Set([
  'ship',
  'ships',
  'less',
  'able',
  'ness',
  'ment',
  'ments',
  'hood',
  'dom',
  'ward',
  'wards',
  'wise',
  'some',
  'age',
  'ages',
  'ant',
  'ants',
  'ion',
  'ions',
  'ism',
  'ist',
  'ful',
  'like',
  'ever',
  'ten',
  'ice',
  'son',
  'sons',
  'her',
  'ate',
  'tion',
  'heit',
  'keit',
  'ung',
  'schaft',
  'lich',
  'bar',
  'sam',
  'het',
  'lig',
  'skap',
  'ning',
  'else',
  'en',
  'et',
  'na',
]);

export const MAX_SEGMENT_LENGTH = 40;

export interface Segment {
  text: string;
  joinable: boolean;
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
      insert(terms, lower, true, term);
    }
    segmenter = { terms, cache: new Map() };
    packSegmenters.set(pack, segmenter);
  }
  return segmenter;
}

const CACHE_LIMIT = 512;

/**
 * The best split of `run` (lower case, letters only) into known words, or null when no split
 * covers it. English words are always known; German or Swedish ones in those languages.
 */
export function segment(run: string, language: Language, pack: VoicePack): Segmentation | null {
  if (run.length === 0 || run.length > MAX_SEGMENT_LENGTH) return null;
  const segmenter = segmenterFor(pack);
  const key = `${language}:${run}`;
  const cached = segmenter.cache.get(key);
  if (cached !== undefined) return cached;
  const roots: TrieNode[] = [trieFor('en')];
  if (language !== 'en') roots.push(trieFor(language));
  if (segmenter.terms) roots.push(segmenter.terms);
  const result = split(run, roots);
  if (segmenter.cache.size >= CACHE_LIMIT) segmenter.cache.clear();
  segmenter.cache.set(key, result);
  return result;
}

function split(run: string, roots: readonly TrieNode[]): Segmentation | null {
  const n = run.length;
  const INF = 1 << 20;
  const best = new Array<number>(n + 1).fill(INF);
  const ways = new Array<number>(n + 1).fill(0);
  const from = new Array<number>(n + 1).fill(-1);
  const info: ({ joinable: boolean; term?: string } | undefined)[] = new Array(n + 1);
  best[0] = 0;
  ways[0] = 1;
  // Candidates found from position i: end → word info (merged over tries).
  const ends = new Map<number, { joinable: boolean; term?: string }>();
  for (let i = 0; i < n; i++) {
    if (best[i] === INF) continue;
    ends.clear();
    for (const root of roots) {
      let current: TrieNode | undefined = root;
      for (let j = i; j < n && current; j++) {
        current = current.next.get(run.charCodeAt(j));
        const word = current?.word;
        if (!word) continue;
        if (i > 0 && NO_CONTINUE.has(run.slice(i, j + 1))) continue;
        record(ends, j + 1, word);
        // English plurals of nouns: "customers", "ideas".
        if (word.joinable && run.charCodeAt(j + 1) === 0x73 /* s */) record(ends, j + 2, word);
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
      joinable: word.joinable,
      ...(word.term ? { term: word.term } : {}),
    });
  }
  segments.reverse();
  // "to|get|her": a split into nothing but tiny words is more likely one word we do not know.
  const allTiny = segments.length >= 3 && segments.every((s) => s.text.length <= 3);
  return { segments, reliable: ways[n] === 1 && !allTiny };
}

function record(
  ends: Map<number, { joinable: boolean; term?: string }>,
  end: number,
  word: { joinable: boolean; term?: string },
): void {
  const existing = ends.get(end);
  if (!existing) {
    ends.set(end, word);
    return;
  }
  if (existing.joinable && (existing.term || !word.term)) return;
  ends.set(end, {
    joinable: existing.joinable || word.joinable,
    ...(existing.term || word.term ? { term: existing.term ?? word.term } : {}),
  });
}
