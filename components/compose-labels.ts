import type { EscalationCue, Intensity, Intent, SuggestionShape } from '../lib/compose/types';
import { t } from '../lib/i18n';
import type { Language } from '../lib/voice/schema';

// Keys per value, so the catalog stays typed and complete (a test reads every key). The pack form
// names the same values with the same keys (lib/options/pack-form/names.ts).
export const INTENT_KEYS = {
  question: 'compose_intent_question',
  complaint: 'compose_intent_complaint',
  praise: 'compose_intent_praise',
  delivery: 'compose_intent_delivery',
  refund: 'compose_intent_refund',
  outage: 'compose_intent_outage',
  'feature-request': 'compose_intent_feature_request',
  account: 'compose_intent_account',
  abuse: 'compose_intent_abuse',
  mention: 'compose_intent_mention',
} as const satisfies Record<Intent, string>;

export const INTENSITY_KEYS = {
  calm: 'compose_intensity_calm',
  annoyed: 'compose_intensity_annoyed',
  angry: 'compose_intensity_angry',
  distressed: 'compose_intensity_distressed',
} as const satisfies Record<Intensity, string>;

const SIGNAL_KEYS = {
  caps: 'compose_signal_caps',
  exclamations: 'compose_signal_exclamations',
  negation: 'compose_signal_negation',
  sarcasm: 'compose_signal_sarcasm',
  emoji: 'compose_signal_emoji',
  intensifier: 'compose_signal_intensifier',
  profanity: 'compose_signal_profanity',
  'distress-words': 'compose_signal_distress_words',
} as const;

export const CUE_KEYS = {
  legal: 'compose_cue_legal',
  safety: 'compose_cue_safety',
  harassment: 'compose_cue_harassment',
  'self-harm': 'compose_cue_self_harm',
  press: 'compose_cue_press',
  privacy: 'compose_cue_privacy',
  'repeat-contact': 'compose_cue_repeat_contact',
} as const satisfies Record<EscalationCue, string>;

export const LANGUAGE_KEYS = {
  en: 'compose_language_en',
  de: 'compose_language_de',
  sv: 'compose_language_sv',
} as const satisfies Record<Language, string>;

const SHAPE_KEYS = {
  short: 'compose_shape_short',
  warm: 'compose_shape_warm',
  question: 'compose_shape_question',
} as const satisfies Record<SuggestionShape, string>;

export const SEVERITY_KEYS = {
  low: 'compose_severity_low',
  medium: 'compose_severity_medium',
  high: 'compose_severity_high',
  critical: 'compose_severity_critical',
} as const;

export const intentLabel = (intent: Intent) => t(INTENT_KEYS[intent]);
export const intensityLabel = (intensity: Intensity) => t(INTENSITY_KEYS[intensity]);
export const cueLabel = (cue: EscalationCue) => t(CUE_KEYS[cue]);
export const languageLabel = (language: Language) => t(LANGUAGE_KEYS[language]);
export const shapeLabel = (shape: SuggestionShape) => t(SHAPE_KEYS[shape]);
export const playbookSeverityLabel = (severity: keyof typeof SEVERITY_KEYS) =>
  t(SEVERITY_KEYS[severity]);

/** The signals in words; ids the panel does not know yet are summed up as "other signs". */
export function signalLabels(signals: readonly string[]): string[] {
  const words = signals.map((signal) =>
    signal in SIGNAL_KEYS
      ? t(SIGNAL_KEYS[signal as keyof typeof SIGNAL_KEYS])
      : t('compose_signal_other'),
  );
  return [...new Set(words)];
}
