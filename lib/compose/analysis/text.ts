/**
 * Small text helpers shared by the readers. JavaScript's `\b` is ASCII-only even with the `u`
 * flag, so "Lieferung" or "måndag" would get boundaries inside words; these use letter classes.
 */

const L = '\\p{L}\\p{M}\\p{N}';
/** A word boundary that knows about ä, ö, å, ß and every other letter. */
export const BEFORE = `(?<![${L}])`;
export const AFTER = `(?![${L}])`;

/** Folds typographic apostrophes and quotes so one lexicon entry matches both spellings. */
export function fold(text: string): string {
  return text
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[‐‑–—]/g, '-')
    .replace(/\s+/g, ' ');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex source that matches `source` as whole words (the source may contain regex syntax). */
export function wordRegex(source: string, flags = 'iu'): RegExp {
  // Lexicons write `\w` for "a word character"; in German and Swedish that includes ä, ö, å, ß.
  const unicode = source.replace(/(?<!\\)\\w/g, '[\\p{L}\\p{N}_]');
  return new RegExp(`${BEFORE}(?:${unicode})${AFTER}`, flags);
}

/** A phrase as written by a person (a pack trigger): literal, whole words, any spacing. */
export function literalPhraseRegex(phrase: string): RegExp {
  const source = fold(phrase)
    .trim()
    .split(' ')
    .map(escapeRegExp)
    .join('[\\s-]+')
    // A pack may write "someone else’s order"; the message may use either apostrophe.
    .replace(/'/g, "['’]");
  return wordRegex(source, 'giu');
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({
      text: match[0],
      lower: match[0].toLowerCase().replace(/’/g, "'"),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return tokens;
}

/** Sorted, deduplicated, first occurrence wins; comparison ignores case and outer punctuation. */
export function uniqueInOrder(items: Iterable<{ at: number; text: string }>): string[] {
  const sorted = [...items].sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of sorted) {
    const text = item.text.replace(/^[\s,.;:!?"'()]+|[\s,.;:!?"'()]+$/gu, '');
    const key = text.toLowerCase();
    if (!text || seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}
