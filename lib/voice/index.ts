export { parsePack, formatProblems, formatPath, type PackProblem, type ParseResult } from './parse';
export { diffPacks, describeChanges, CHANGE_AREAS, type PackChange, type ChangeArea } from './diff';
export { defaultPack, defaultPackInput } from './default-pack';
export {
  AUDIENCES,
  BLOCK_KINDS,
  DEFAULT_ABUSE_STEPS,
  LANGUAGES,
  METRICS,
  voicePackSchema,
  customRuleSchema,
  type Language,
  type VoicePack,
  type VoicePackInput,
  type CustomRule,
  type ReplyBlock,
  type BlockKind,
  type Audience,
  type ServiceHours,
  type AbuseGuidance,
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
