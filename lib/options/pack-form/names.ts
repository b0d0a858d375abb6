import {
  CUE_KEYS,
  INTENSITY_KEYS,
  INTENT_KEYS,
  LANGUAGE_KEYS,
  SEVERITY_KEYS,
} from '../../../components/compose-labels';
import type { MessageKey } from '../../i18n/catalog';
import { PLATFORM_IDS } from '../../platforms';
import { ESCALATION_CUES, INTENSITIES, INTENTS } from '../../voice/taxonomy';
import { AUDIENCES, BLOCK_KINDS, LANGUAGES, METRICS } from '../../voice/schema';

/**
 * The values a pack field can take, each with the catalog key of its name. Keys are spelled out
 * per value so the catalog stays typed and a test sees every key read.
 */
export const NAMES = {
  formality: {
    casual: 'pf_formality_casual',
    neutral: 'pf_formality_neutral',
    formal: 'pf_formality_formal',
  },
  firstPerson: { singular: 'pf_first_person_singular', plural: 'pf_first_person_plural' },
  level: {
    error: 'panel_severity_error',
    warning: 'panel_severity_warning',
    suggestion: 'panel_severity_suggestion',
  },
  overrideLevel: {
    off: 'pf_override_off',
    error: 'panel_severity_error',
    warning: 'panel_severity_warning',
    suggestion: 'panel_severity_suggestion',
  },
  blockKind: {
    greeting: 'pf_block_kind_greeting',
    acknowledge: 'pf_block_kind_acknowledge',
    empathy: 'pf_block_kind_empathy',
    apology: 'pf_block_kind_apology',
    answer: 'pf_block_kind_answer',
    'next-step': 'pf_block_kind_next_step',
    question: 'pf_block_kind_question',
    closing: 'pf_block_kind_closing',
  },
  audience: { 'first-contact': 'pf_audience_first_contact', returning: 'pf_audience_returning' },
  intensity: INTENSITY_KEYS,
  intent: INTENT_KEYS,
  cue: CUE_KEYS,
  severity: SEVERITY_KEYS,
  language: LANGUAGE_KEYS,
  metric: {
    words: 'pf_metric_words',
    sentences: 'pf_metric_sentences',
    wordsPerSentence: 'pf_metric_words_per_sentence',
    fleschKincaidGrade: 'pf_metric_flesch_kincaid_grade',
    lix: 'pf_metric_lix',
    longWords: 'pf_metric_long_words',
  },
  scope: { text: 'pf_scope_text', sentence: 'pf_scope_sentence' },
  match: { $sentence: 'pf_match_sentence', $lower: 'pf_match_lower', $upper: 'pf_match_upper' },
  ruleKind: {
    existence: 'pf_rule_kind_existence',
    substitution: 'pf_rule_kind_substitution',
    occurrence: 'pf_rule_kind_occurrence',
    capitalization: 'pf_rule_kind_capitalization',
    consistency: 'pf_rule_kind_consistency',
    conditional: 'pf_rule_kind_conditional',
    metric: 'pf_rule_kind_metric',
  },
  weekday: {
    mon: 'pf_weekday_mon',
    tue: 'pf_weekday_tue',
    wed: 'pf_weekday_wed',
    thu: 'pf_weekday_thu',
    fri: 'pf_weekday_fri',
    sat: 'pf_weekday_sat',
    sun: 'pf_weekday_sun',
  },
} as const satisfies Record<string, Record<string, MessageKey>>;

export type NameSet = keyof typeof NAMES;

/** Value lists whose names come from elsewhere (platforms) or that are only suggestions (intents). */
export const OPTIONS = {
  platform: PLATFORM_IDS,
  language: LANGUAGES,
  intensity: INTENSITIES,
  cue: ESCALATION_CUES,
  intent: INTENTS,
  blockKind: BLOCK_KINDS,
  audience: AUDIENCES,
  metric: METRICS,
} as const;

/** The key of a value's name, or undefined for a value this build does not know. */
export function nameKey(set: NameSet, value: string): MessageKey | undefined {
  const names = NAMES[set] as Record<string, MessageKey>;
  return Object.hasOwn(names, value) ? names[value] : undefined;
}
