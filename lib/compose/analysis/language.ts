import type { Language } from '../../voice/schema';
import { DATA } from './lexicon';
import type { Token } from './text';

/** Single words that name their language on their own ("Danke!", "Tack!", "Thanks"). */
const TELLING: Record<Language, ReadonlySet<string>> = {
  en: new Set([
    'thanks',
    'thank',
    'hello',
    'please',
    'sorry',
    'hey',
    'anyone',
    'seriously',
    'love',
  ]),
  de: new Set([
    'danke',
    'bitte',
    'hallo',
    'dankeschön',
    'moin',
    'servus',
    'leider',
    'nicht',
    'toll',
  ]),
  sv: new Set(['tack', 'hej', 'hallå', 'snälla', 'tyvärr', 'inte', 'grymt', 'toppen']),
};

export interface LanguageGuess {
  language: Language;
  detected: boolean;
}

/**
 * Function words decide; letters only one language uses tip the balance (å is Swedish, ß and ü
 * German). One telling word is enough ("Tack!"); otherwise the text needs two markers and a
 * clear lead, because a guess on "ok" or a mixed line would answer in the wrong language.
 */
export function detectLanguage(
  text: string,
  tokens: readonly Token[],
  allowed: readonly Language[],
): LanguageGuess {
  const fallback: LanguageGuess = { language: allowed[0] ?? 'en', detected: false };
  if (allowed.length === 0) return fallback;
  const scores = new Map<Language, number>();
  const telling = new Map<Language, boolean>();
  for (const language of allowed) {
    const words = new Set(DATA[language].functionWords);
    let score = 0;
    for (const token of tokens) {
      if (words.has(token.lower)) score += 1;
      if (TELLING[language].has(token.lower)) telling.set(language, true);
    }
    scores.set(language, score);
  }
  const lower = text.toLowerCase();
  const bump = (language: Language, by: number) => {
    if (scores.has(language)) scores.set(language, scores.get(language)! + by);
  };
  if (/[å]/.test(lower)) bump('sv', 2);
  if (/[ßü]/.test(lower)) bump('de', 2);
  if (/[äö]/.test(lower)) {
    bump('de', 0.5);
    bump('sv', 0.5);
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] === 0) return fallback;
  const runnerUp = second?.[1] ?? 0;
  const clear = best[1] >= 2 && best[1] >= runnerUp * 1.5 + 0.5;
  const single = runnerUp === 0 && telling.get(best[0]) === true;
  if (clear || single) return { language: best[0], detected: true };
  return fallback;
}
