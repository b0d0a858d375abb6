import type { StateCreator } from 'zustand';
import type { Fix } from '../rules/types';
import type { ReplykitState } from './types';

export interface DraftSlice {
  /** The reply being written. */
  draft: string;
  setDraft: (draft: string) => void;
  /**
   * Applies a fix to the draft. Returns the caret position after the replacement, or null when
   * the fix no longer fits the draft (it was computed for another text) and nothing changed.
   */
  applyFix: (fix: Fix) => number | null;
}

/** `text` with `fix` applied, or null when the fix's range is outside the text. */
export function applyFixTo(text: string, fix: Fix): string | null {
  const { start, end, replacement } = fix;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  if (start < 0 || end < start || end > text.length) return null;
  return text.slice(0, start) + replacement + text.slice(end);
}

export const createDraftSlice: StateCreator<ReplykitState, [], [], DraftSlice> = (set, get) => ({
  draft: '',
  setDraft: (draft) => set({ draft }),
  applyFix: (fix) => {
    const next = applyFixTo(get().draft, fix);
    if (next === null) return null;
    set({ draft: next });
    return fix.start + fix.replacement.length;
  },
});
