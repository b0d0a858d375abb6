import { similarity } from '../../rules/human/repeated-reply';
import { splitWords } from '../../rules/text/words';

/** FNV-1a, 32 bits: the same string gives the same number everywhere, without Math.random. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One of `count` choices, the same for the same key and seed, spread across seeds. */
export function pick(count: number, seed: number, key: string): number {
  return count <= 1 ? 0 : hash(`${seed}\u0000${key}`) % count;
}

/** Word pairs as the repeated-reply rule forms them (lower-cased words, neighbours joined). */
function pairsOf(text: string): Set<string> {
  const words = splitWords(text).map((w) => w.lower);
  const pairs = new Set<string>();
  for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`);
  return pairs;
}

/**
 * How close a candidate is to the closest of our recent replies, with the measure of the
 * repeated-reply rule (shared word pairs): 0 = nothing in common, 1 = the same reply.
 */
export function closenessToRecent(text: string, recent: readonly Set<string>[]): number {
  if (recent.length === 0) return 0;
  const pairs = pairsOf(text);
  let best = 0;
  for (const other of recent) best = Math.max(best, similarity(pairs, other));
  return best;
}

export function recentPairs(replies: readonly string[] | undefined): Set<string>[] {
  return (replies ?? []).map(pairsOf);
}
