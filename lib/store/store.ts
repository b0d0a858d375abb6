import { createStore, type StoreApi } from 'zustand/vanilla';
import { createComposeSlice } from './compose-slice';
import { createDraftSlice } from './draft-slice';
import { createMemorySlice } from './memory-slice';
import { createPackSlice } from './pack-slice';
import { createPageSlice } from './page-slice';
import { createSettingsSlice } from './settings-slice';
import type { ReplykitState } from './types';

export type ReplykitStore = StoreApi<ReplykitState>;

/** A new store; the panel uses the shared `replykitStore`, tests make their own. */
export function createReplykitStore(initial: Partial<ReplykitState> = {}): ReplykitStore {
  return createStore<ReplykitState>()((...args) => ({
    ...createDraftSlice(...args),
    ...createSettingsSlice(...args),
    ...createPageSlice(...args),
    ...createPackSlice(...args),
    ...createComposeSlice(...args),
    ...createMemorySlice(...args),
    ...initial,
  }));
}

export const replykitStore = createReplykitStore();
