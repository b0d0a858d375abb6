/**
 * Word lists behind the phrase rules. Matching is done on lower-cased word tokens, so a phrase
 * matches regardless of case, punctuation inside a word boundary, or the amount of whitespace
 * between its words. A word ending in `*` matches any word starting with it (German and Swedish
 * inflections: `geisteskrank*` matches "geisteskranke", "geisteskranken").
 */
import type { Severity } from '../types';

export interface PhraseEntry {
  /** Lower-case words or phrases that mean the same thing. */
  match: string[];
  /** Better wording, best first; the first becomes the one-click fix. Empty: rephrase by hand. */
  replace: string[];
  /** Why this wording hurts, one short sentence addressed to the person replying. */
  note: string;
  /** Words that, when they directly follow or precede the match, make it harmless (e.g. "crazy" before "good"). */
  unless?: {
    before?: string[];
    after?: string[];
    /** Whole words a wildcard also matches that are harmless, e.g. the name of a crisis line. */
    words?: string[];
  };
  /** A milder or stronger level than the rule's own, for this entry only ("damn" vs. a slur). */
  severity?: Severity;
}

export type PhraseList = readonly PhraseEntry[];
