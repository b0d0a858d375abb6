import type { EscalationCue, Intent } from '../../voice/taxonomy';

/**
 * A pattern (regex source, matched as whole words; in intent lists a leading `^` means "at the
 * start of a clause", for question openers that are statements elsewhere: "is the app down?" but
 * not "this is the best"), case-insensitive, on folded text with straight
 * apostrophes) and its weight. Weights are evidence, not probabilities: 3 = decides the intent on
 * its own ("charged twice"), 2 = strong ("refund"), 1 = a hint ("money").
 */
export type Weighted = readonly [source: string, weight: number];

/** A noun a topic can be built around, with what the reader needs to restate it. */
export interface TopicNoun {
  /** Regex source for the noun's forms as customers write them. */
  match: string;
  /** German: grammatical gender for the dative article ("mit dem Paket"); p = plural. */
  gender?: 'm' | 'f' | 'n' | 'p';
  /** Swedish: the definite form used when the customer wrote "er/ert" (our) or nothing ("appen"). */
  definite?: string;
}

export interface LanguageData {
  /** Frequent short words that barely overlap between the three languages. */
  functionWords: readonly string[];
  /** Lexicon per intent; `praise` entries are negation-aware (a negated one counts as complaint). */
  intents: Partial<Record<Intent, readonly Weighted[]>>;
  /** Words that turn a following positive word around ("not happy", "nicht zufrieden"). */
  negators: readonly string[];
  /**
   * Intensity: words of irritation (0.15-0.3), anger (0.35-0.5) and distress (upset and
   * vulnerable, not angry). Distress entries below 0.3 are circumstances ("my kid", "rent") that
   * count only when the message is upset anyway: "my kid loves it" is not distress.
   */
  annoyed: readonly Weighted[];
  angry: readonly Weighted[];
  distress: readonly Weighted[];
  /** Words that make the next feeling word stronger ("so", "extremely", "total", "jätte"). */
  intensifiers: readonly string[];
  /** Sarcasm markers: praise words that mean the opposite ("thanks for nothing", "toll gemacht"). */
  sarcasm: readonly string[];
  profanity: readonly string[];
  /** Escalation cues as regex sources. */
  escalation: Partial<Record<EscalationCue, readonly string[]>>;
  /** Harmless phrases that contain a cue word ("press release", "killer deal"): masked first. */
  benign: readonly string[];
  topicNouns: readonly TopicNoun[];
  /** The customer's possessives → the agent's ("my" → "your"); brand possessives → neutral. */
  possessives: Readonly<Record<string, string>>;
  /** Date expressions (for German and Swedish; English dates come from compromise-dates too). */
  dates: readonly string[];
  /** Self-introductions with the name in group 1 ("jag heter (Erik)"); matched case-sensitively for the name. */
  introductions: readonly string[];
  /** Words that are not names after "I'm"/"ich bin"/"jag är" although capitalized. */
  notNames: readonly string[];
  /**
   * Phrases whose words mislead the lists, rewritten before reading: "not bad" is praise, not a
   * negated complaint word. Regex source → replacement.
   */
  rewrites: readonly (readonly [source: string, replacement: string])[];
}
