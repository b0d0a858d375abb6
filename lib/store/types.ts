import type { ComposeSlice } from './compose-slice';
import type { DraftSlice } from './draft-slice';
import type { MemorySlice } from './memory-slice';
import type { PackSlice } from './pack-slice';
import type { PageSlice } from './page-slice';
import type { SettingsSlice } from './settings-slice';

/** The side panel's one store, made of slices. Read it through the selectors. */
export type ReplykitState = DraftSlice &
  SettingsSlice &
  PageSlice &
  PackSlice &
  ComposeSlice &
  MemorySlice;
