import { say, type Speaker } from './say';

/** Levenshtein distance, case-insensitive: "Human.Form-Letter" is one typo away from nothing. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const substitution = previous[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[t.length]!;
}

/**
 * The candidate closest to `word`, when it is close enough to be what was meant: at most a third
 * of the word's length away (and at least 2 edits allowed), so "foo.bar" suggests nothing.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const allowed = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= allowed && best !== word ? best : undefined;
}

/** "; did you mean "x"?" to add to a message, or nothing when no candidate is close. */
export function didYouMean(
  word: string,
  candidates: Iterable<string>,
  speaker: Speaker = {},
): string {
  const suggestion = closest(word, candidates);
  if (suggestion === undefined) return '';
  // Placeholders are shown as written, in braces; names and ids in quotes.
  return say(speaker, 'voice_did_you_mean', {
    suggestion: suggestion.startsWith('{') ? suggestion : `"${suggestion}"`,
  });
}
