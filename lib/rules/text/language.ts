import type { Language } from '../../voice/schema';
import type { Word } from '../rule';

// Short, frequent function words that barely overlap between the three languages.
const MARKERS: Record<Language, ReadonlySet<string>> = {
  en: new Set(
    'the and you your is are to we i it for of that this with our be have not was will can please thanks sorry hi what when there they just get been would'.split(
      ' ',
    ),
  ),
  de: new Set(
    'und der die das ist nicht ich sie wir ihr ihre ihnen es mit für auf dass ein eine einen bitte danke uns zu den dem haben wird sind auch noch bei leider gerne hallo wie'.split(
      ' ',
    ),
  ),
  sv: new Set(
    'och det att är jag vi inte på för med ett som har till av om din ditt oss tack hej kan ska vara mig dig hur vad här nu gärna tyvärr'.split(
      ' ',
    ),
  ),
};

const SCAN_WORDS = 200;

/**
 * Guesses the language from function words, so the check needs no language setting. Ties and
 * texts without any marker fall back to `fallback` (the pack's first language).
 */
export function detectLanguage(
  words: readonly Word[],
  allowed: readonly Language[],
  fallback: Language,
): Language {
  const scores = new Map<Language, number>();
  const limit = Math.min(words.length, SCAN_WORDS);
  for (let i = 0; i < limit; i++) {
    const word = words[i]!.lower;
    for (const language of allowed) {
      if (MARKERS[language].has(word)) scores.set(language, (scores.get(language) ?? 0) + 1);
    }
  }
  let best = fallback;
  let bestScore = 0;
  for (const [language, score] of scores) {
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  return best;
}
