export { createReplykitStore, replykitStore, type ReplykitStore } from './store';
export type { ReplykitState } from './types';
export { applyFixTo, type DraftSlice } from './draft-slice';
export type { LanguageChoice, SettingsSlice } from './settings-slice';
export type { PageComposer, PageSlice } from './page-slice';
export * from './selectors';
export { checkDraft, countBySeverity, type DraftCheck, type SeverityCounts } from './check';
export { useDraftCheck, useReplykit } from './hooks';
export { LANGUAGE_OPTIONS, PLATFORM_OPTIONS, type ChoiceOption } from './options';
export { shownSuggestions, type ComposeSlice, type ComposeStatus } from './compose-slice';
export type { ActivePack, PackSlice, PackSource } from './pack-slice';
export { composeRequestOf, customerMessageOf, type ComposeRequest } from './compose-request';
export {
  mergeRecentReplies,
  selectCustomerRecord,
  selectLastLink,
  selectMemory,
  selectMemoryProblem,
  selectMemoryRecentReplies,
  selectPendingLink,
  type InsertedSuggestion,
  type LastLink,
  type MemoryLookup,
  type MemorySlice,
  type MemoryStatus,
  type PendingLink,
} from './memory-slice';
