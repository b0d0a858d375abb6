export { createReplykitStore, replykitStore, type ReplykitStore } from './store';
export type { ReplykitState } from './types';
export { applyFixTo, type DraftSlice } from './draft-slice';
export type { LanguageChoice, SettingsSlice } from './settings-slice';
export type { PageComposer, PageSlice } from './page-slice';
export * from './selectors';
export { checkDraft, countBySeverity, type DraftCheck, type SeverityCounts } from './check';
export { useDraftCheck, useReplykit } from './hooks';
export { LANGUAGE_OPTIONS, PLATFORM_OPTIONS, type ChoiceOption } from './options';
