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

// Words from the lexicons (data/*.ts) that only one language uses: "erstattung", "laddar",
// "refund". They tell the language of short messages with no function word ("Erstattung?",
// "ligger appen nere?? inget laddar"). Built once, on first use.
let vocabulary: Record<Language, ReadonlySet<string>> | undefined;

function distinctWords(): Record<Language, ReadonlySet<string>> {
  if (vocabulary) return vocabulary;
  const raw = {} as Record<Language, Set<string>>;
  for (const [language, data] of Object.entries(DATA) as [Language, (typeof DATA)['en']][]) {
    const sources = [
      ...Object.values(data.intents).flatMap((list) => (list ?? []).map(([source]) => source)),
      ...[...data.annoyed, ...data.angry, ...data.distress].map(([source]) => source),
      ...Object.values(data.escalation).flat(),
      ...data.functionWords,
    ];
    const words = new Set<string>();
    for (const source of sources) {
      for (const [word] of source.toLowerCase().matchAll(/\p{L}{4,}/gu)) words.add(word);
    }
    raw[language] = words;
  }
  const all = Object.keys(raw) as Language[];
  vocabulary = {} as Record<Language, ReadonlySet<string>>;
  for (const language of all) {
    const others = all.filter((l) => l !== language);
    vocabulary[language] = new Set(
      [...raw[language]].filter((w) => !others.some((o) => raw[o].has(w))),
    );
  }
  return vocabulary;
}

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
    const distinct = distinctWords()[language];
    let score = 0;
    for (const token of tokens) {
      if (words.has(token.lower)) score += 1;
      else if (distinct.has(token.lower)) {
        score += 1;
        telling.set(language, true);
      }
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
