import type { Language, VoicePack, VoicePackInput } from '../voice/schema';
import type { Category, CheckContext, Fix, Severity } from './types';

/** A word: a run of letters, marks and digits, with apostrophes inside kept ("don't"). */
export interface Word {
  start: number;
  end: number;
  text: string;
  /** Lower-cased, with ’ folded to '. */
  lower: string;
  /** True when only spaces (no punctuation or line break) separate it from the previous word. */
  joined: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index into `Doc.words` of the first word in this sentence, and one past the last. */
  firstWord: number;
  endWord: number;
}

/** The text prepared once per check and shared by every rule. */
export interface Doc {
  text: string;
  language: Language;
  words: readonly Word[];
  sentences: readonly Sentence[];
}

export interface RuleEnv {
  doc: Doc;
  pack: VoicePack;
  context: CheckContext;
}

/** What a rule reports; the engine adds id, category, severity, why and link. */
export interface Hit {
  start: number;
  end: number;
  message: string;
  fixes?: Fix[];
  /** A rule may report a stronger or weaker severity for one hit than its default. */
  severity?: Severity;
}

export interface RuleExample {
  language: Language;
  bad: string;
  good: string;
  /** What the check knows besides the text, for rules that depend on it (the customer's name). */
  context?: Omit<CheckContext, 'language'>;
  /** Pack settings the example needs, laid over the default pack (for rules a pack switches on). */
  pack?: Partial<VoicePackInput>;
}

export interface Rule {
  id: string;
  category: Category;
  severity: Severity;
  /** Short name for the rules reference and the panel. */
  title: string;
  /** One sentence on why this matters (shown with every finding). */
  why: string;
  /** Source for the rule's threshold or advice. */
  link: string;
  /** Languages the rule runs for; all when absent. */
  languages?: readonly Language[];
  examples: readonly RuleExample[];
  check(env: RuleEnv): Hit[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
