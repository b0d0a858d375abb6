/**
 * Small text helpers shared by the readers. JavaScript's `\b` is ASCII-only even with the `u`
 * flag, so "Lieferung" or "måndag" would get boundaries inside words; these use letter classes.
 */

// Latin letters with their accents (Latin-1 and Extended-A/B) and digits: every letter English,
// German and Swedish use. Not \p{L}: hundreds of patterns each compiling the whole Unicode letter
// class, case-folded, made the first message in each language take 150-400 ms instead of a few.
export const L = 'A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
/** A word boundary that knows about ä, ö, å, ß and the other Latin letters. */
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
export function wordRegex(source: string, flags = 'i'): RegExp {
  // Lexicons write `\w` for "a word character"; in German and Swedish that includes ä, ö, å, ß.
  const latin = source.replace(/(?<!\\)\\w/g, `[${L}_]`);
  // Without the `u` flag: the patterns are Latin text, and V8 compiles case-insensitive Unicode
  // patterns several times slower (the panel's first message paid for it).
  return new RegExp(`${BEFORE}(?:${latin})${AFTER}`, flags.replace('u', ''));
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
