import { DE } from '../data/de';
import { EN } from '../data/en';
import { SV } from '../data/sv';
import type { LanguageData, TopicNoun } from '../data/types';
import type { Intent } from '../../voice/taxonomy';
import type { Language } from '../../voice/schema';
import { wordRegex } from './text';

export const DATA: Record<Language, LanguageData> = { en: EN, de: DE, sv: SV };

export interface WeightedRegex {
  re: RegExp;
  weight: number;
}

/** A language's lexicons as regular expressions, compiled on first use and kept. */
export interface Lexicon {
  data: LanguageData;
  intents: Partial<Record<Intent, WeightedRegex[]>>;
  annoyed: WeightedRegex[];
  angry: WeightedRegex[];
  distress: WeightedRegex[];
  negators: ReadonlySet<string>;
  intensifiers: ReadonlySet<string>;
  sarcasm: RegExp;
  profanity: RegExp;
  escalation: Partial<Record<string, RegExp>>;
  benign: RegExp;
  topicNouns: { noun: TopicNoun; re: RegExp }[];
  dates: RegExp;
  introductions: RegExp[];
  notNames: ReadonlySet<string>;
  functionWords: ReadonlySet<string>;
  rewrites: { re: RegExp; replacement: string }[];
}

// "At the start of a clause": the text's start, a sentence or clause mark, or a greeting.
const CLAUSE_START =
  '(?<=(?:^|[.!?,;:\\n)(]|\\b(?:hi|hey|hello|hallo|hej|so|and|but|or|wait|also|und|aber|oder|och|men|eller|btw|ok|okay))\\s*)';

const weighted = (list: readonly (readonly [string, number])[], prefix = ''): WeightedRegex[] =>
  list.map(([source, weight]) => {
    const anchored = source.startsWith('^');
    const body = anchored ? source.slice(1) : source;
    return {
      re: wordRegex(`${anchored ? CLAUSE_START : ''}${prefix}(?:${body})`, 'giu'),
      weight,
    };
  });

// German and Swedish write the intensifier into the word: "jättebesviken", "stinksauer".
const FEELING_PREFIX: Record<Language, string> = {
  en: '',
  de: '(?:mega|super|total|stink|sau|tod)?',
  sv: '(?:jätte|skit|sjukt|super|mega|kanon|as)?',
};

const any = (sources: readonly string[]): RegExp => wordRegex(sources.join('|'), 'giu');

const cache = new Map<Language, Lexicon>();

export function lexicon(language: Language): Lexicon {
  let compiled = cache.get(language);
  if (compiled) return compiled;
  const data = DATA[language];
  const intents: Lexicon['intents'] = {};
  for (const [intent, list] of Object.entries(data.intents)) {
    intents[intent as Intent] = weighted(
      list,
      intent === 'praise' || intent === 'complaint' ? FEELING_PREFIX[language] : '',
    );
  }
  const escalation: Lexicon['escalation'] = {};
  for (const [cue, sources] of Object.entries(data.escalation)) escalation[cue] = any(sources);
  compiled = {
    data,
    intents,
    annoyed: weighted(data.annoyed, FEELING_PREFIX[language]),
    angry: weighted(data.angry, FEELING_PREFIX[language]),
    distress: weighted(data.distress, FEELING_PREFIX[language]),
    negators: new Set(data.negators),
    intensifiers: new Set(data.intensifiers),
    sarcasm: any(data.sarcasm),
    profanity: any(data.profanity),
    escalation,
    benign: any(data.benign),
    topicNouns: data.topicNouns.map((noun) => ({ noun, re: wordRegex(noun.match, 'iu') })),
    dates: any(data.dates),
    // Matched case-insensitively; the reader then keeps only names written with a capital.
    introductions: data.introductions.map((source) => wordRegex(source, 'giu')),
    notNames: new Set(data.notNames),
    functionWords: new Set(data.functionWords),
    rewrites: data.rewrites.map(([source, replacement]) => ({
      re: wordRegex(source, 'giu'),
      replacement,
    })),
  };
  cache.set(language, compiled);
  return compiled;
}

/** Every match of a global regex, with its position. */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  re.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}
