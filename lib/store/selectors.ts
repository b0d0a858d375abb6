import type { CheckContext } from '../rules/types';
import type { ReplykitState } from './types';

// Narrow selectors: a component re-renders only when what it reads changes.
export const selectDraft = (s: ReplykitState) => s.draft;
export const selectPlatform = (s: ReplykitState) => s.platform;
export const selectLanguage = (s: ReplykitState) => s.language;
export const selectCustomerName = (s: ReplykitState) => s.customerName;

export const selectSetDraft = (s: ReplykitState) => s.setDraft;
export const selectApplyFix = (s: ReplykitState) => s.applyFix;
export const selectSetPlatform = (s: ReplykitState) => s.setPlatform;
export const selectSetLanguage = (s: ReplykitState) => s.setLanguage;
export const selectSetCustomerName = (s: ReplykitState) => s.setCustomerName;

/** The check context for the current settings (a new object: compare with `useShallow`). */
export function selectCheckContext(s: ReplykitState): CheckContext {
  const name = s.customerName.trim();
  return {
    platform: s.platform,
    ...(s.language === 'auto' ? {} : { language: s.language }),
    ...(name ? { customerName: name } : {}),
  };
}
