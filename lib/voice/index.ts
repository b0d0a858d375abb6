export { parsePack, formatProblems, formatPath, type PackProblem, type ParseResult } from './parse';
export { defaultPack, defaultPackInput } from './default-pack';
export {
  LANGUAGES,
  METRICS,
  voicePackSchema,
  customRuleSchema,
  type Language,
  type VoicePack,
  type VoicePackInput,
  type CustomRule,
  type ReplyBlock,
  type EscalationPlaybookEntry,
  type PackExample,
} from './schema';
export {
  INTENTS,
  INTENSITIES,
  ESCALATION_CUES,
  type Intent,
  type Intensity,
  type EscalationCue,
} from './taxonomy';
