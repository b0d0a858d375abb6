import type { Word } from '../rule';

// Unicode-aware on purpose: `\b` and `\w` are ASCII-only in JavaScript, even with the `u` flag.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

/** Only these may stand between two words of one phrase: a phrase never spans punctuation or lines. */
function isPhraseGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // space, no-break space, hyphen, non-breaking hyphen, en dash inside a compound
    if (c !== 0x20 && c !== 0xa0 && c !== 0x2d && c !== 0x2011 && c !== 0x2010) return false;
  }
  return true;
}

export function foldWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  let previousEnd = -1;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    words.push({
      start,
      end,
      text: match[0],
      lower: foldWord(match[0]),
      joined: previousEnd >= 0 && isPhraseGap(text, previousEnd, start),
    });
    previousEnd = end;
  }
  return words;
}

/** Words of a phrase as written in a word list or a voice pack, folded the same way as the text. */
export function phraseWords(phrase: string): string[] {
  return Array.from(phrase.matchAll(/[^\s\-‐‑]+/gu), (m) => foldWord(m[0]))
    .map((w) => w.replace(/^[^\p{L}\p{M}\p{N}*']+|[^\p{L}\p{M}\p{N}*']+$/gu, ''))
    .filter((w) => w.length > 0);
}
