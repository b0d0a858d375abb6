import type { Language } from '../../voice/schema';

// The English pronoun is capitalised anywhere, so its capital says nothing about the position.
const PRONOUN_I = /^I(?![\p{L}\p{N}])/u;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Carries the capitalisation of the words being replaced over to their replacement. In German a
 * capital says "noun", not "sentence start", so there only the position decides.
 */
export function matchCase(
  original: string,
  replacement: string,
  atSentenceStart = false,
  language?: Language,
): string {
  if (replacement.length === 0) return replacement;
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (
    letters.length > 1 &&
    letters === letters.toUpperCase() &&
    letters !== letters.toLowerCase()
  ) {
    return replacement.toUpperCase();
  }
  if (atSentenceStart) return capitalize(replacement);
  if (PRONOUN_I.test(original) || language === 'de') return replacement;
  const first = original.codePointAt(0);
  if (first !== undefined) {
    const char = String.fromCodePoint(first);
    if (char !== char.toLowerCase()) return capitalize(replacement);
  }
  return replacement;
}
