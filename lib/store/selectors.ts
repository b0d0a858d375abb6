import type { CheckContext } from '../rules/types';
import type { ReplykitState } from './types';

// Narrow selectors: a component re-renders only when what it reads changes.
export const selectDraft = (s: ReplykitState) => s.draft;
export const selectPlatform = (s: ReplykitState) => s.platform;
export const selectLanguage = (s: ReplykitState) => s.language;
export const selectCustomerName = (s: ReplykitState) => s.customerName;
export const selectAgentInitials = (s: ReplykitState) => s.agentInitials;

export const selectSetDraft = (s: ReplykitState) => s.setDraft;
export const selectApplyFix = (s: ReplykitState) => s.applyFix;
export const selectSetPlatform = (s: ReplykitState) => s.setPlatform;
export const selectSetLanguage = (s: ReplykitState) => s.setLanguage;
export const selectSetCustomerName = (s: ReplykitState) => s.setCustomerName;
export const selectSetAgentInitials = (s: ReplykitState) => s.setAgentInitials;
export const selectPage = (s: ReplykitState) => s.page;
export const selectAdapterErrors = (s: ReplykitState) => s.adapterErrors;
export const selectSentCount = (s: ReplykitState) => s.sentCount;
export const selectStopFollowing = (s: ReplykitState) => s.stopFollowing;
export const selectInsertTarget = (s: ReplykitState) => s.insertTarget;
export const selectRecentReplies = (s: ReplykitState) => s.recentReplies;
export const selectPack = (s: ReplykitState) => s.pack;
export const selectPackSource = (s: ReplykitState) => s.packSource;
export const selectPackProblems = (s: ReplykitState) => s.packProblems;
export const selectPackEntry = (s: ReplykitState) => s.packEntry;
export const selectPackReason = (s: ReplykitState) => s.packReason;
export const selectPackAssignment = (s: ReplykitState) => s.packAssignment;
export const selectPackChoice = (s: ReplykitState) => s.packChoice;
export const selectPackAutomatic = (s: ReplykitState) => s.packAutomatic;
export const selectPackChoices = (s: ReplykitState) => s.packChoices;
export const selectPackLocked = (s: ReplykitState) => s.packLocked;
export const selectPackSubscription = (s: ReplykitState) => s.packSubscription;
export const selectCompose = (s: ReplykitState) => s.compose;
export const selectCustomerMessage = (s: ReplykitState) => s.customerMessage;
export const selectSetCustomerMessage = (s: ReplykitState) => s.setCustomerMessage;

/** The suggestions and analysis for the message being answered, once they are ready. */
export function selectSuggestResult(s: ReplykitState) {
  return s.compose.state === 'ready' ? s.compose.result : null;
}

/** Who the draft is for, to leave out the replies already sent to the same person. */
export function selectCustomerKey(s: ReplykitState): string {
  const customer = s.page?.context.customer;
  return customer?.handle ?? customer?.displayName ?? s.customerName;
}

export interface CheckSettings {
  platform: ReplykitState['platform'];
  language: ReplykitState['language'];
  customerName: string;
  agentInitials: string;
}

/**
 * The settings the check depends on, as flat primitives: a new object each time, so read it
 * with `useShallow`, and turn it into a context with `toCheckContext` (in a `useMemo`).
 */
export function selectCheckSettings(s: ReplykitState): CheckSettings {
  return {
    platform: s.platform,
    language: s.language,
    customerName: s.customerName,
    agentInitials: s.agentInitials,
  };
}

/** The check engine's context for the settings: trimmed, empty values left out. */
export function toCheckContext(settings: CheckSettings): CheckContext {
  const name = settings.customerName.trim();
  const initials = settings.agentInitials.trim();
  return {
    platform: settings.platform,
    ...(settings.language === 'auto' ? {} : { language: settings.language }),
    ...(name ? { customerName: name } : {}),
    ...(initials ? { agent: { initials } } : {}),
  };
}

/** The check context for the current state (not for React selectors: it nests objects). */
export function selectCheckContext(s: ReplykitState): CheckContext {
  return toCheckContext(selectCheckSettings(s));
}
