import type { StateCreator } from 'zustand';
import type { SuggestResult } from '../compose/types';
import type { ReplykitState } from './types';

/**
 * Where the reading of the customer's message stands. Each run belongs to the request `key` it
 * was started for; a result for another key arrives too late and is dropped.
 */
export type ComposeStatus =
  | { state: 'idle' }
  /**
   * `previous`: the suggestions for the same message while a run refines them (memory answered,
   * the pack changed); shown meanwhile, so the list and the keyboard focus in it stay.
   */
  | { state: 'working'; key: string; previous?: SuggestResult }
  | { state: 'ready'; key: string; result: SuggestResult }
  | { state: 'failed'; key: string; error: string };

export interface ComposeSlice {
  /**
   * The customer's message pasted into the panel: used when no reply box is followed (scratch
   * mode, e.g. on a site Replykit does not read) or the followed one shows no message.
   */
  customerMessage: string;
  setCustomerMessage: (text: string) => void;
  compose: ComposeStatus;
  /** A run starts; `keepPrevious`: it is for the same message, the last suggestions stay meanwhile. */
  composeStarted: (key: string, keepPrevious?: boolean) => void;
  composeDone: (key: string, result: SuggestResult) => void;
  composeFailed: (key: string, error: string) => void;
  composeCleared: () => void;
}

/** The suggestions to show: the fresh ones, or the previous ones while a run refines them. */
export function shownSuggestions(status: ComposeStatus): SuggestResult | null {
  if (status.state === 'ready') return status.result;
  if (status.state === 'working') return status.previous ?? null;
  return null;
}

export const createComposeSlice: StateCreator<ReplykitState, [], [], ComposeSlice> = (set, get) => {
  const current = (key: string) => {
    const status = get().compose;
    return status.state !== 'idle' && status.key === key;
  };
  return {
    customerMessage: '',
    setCustomerMessage: (customerMessage) => set({ customerMessage }),
    compose: { state: 'idle' },
    composeStarted: (key, keepPrevious = false) => {
      const status = get().compose;
      const previous =
        status.state === 'ready'
          ? status.result
          : status.state === 'working'
            ? status.previous
            : undefined;
      set({
        compose:
          keepPrevious && previous
            ? { state: 'working', key, previous }
            : { state: 'working', key },
      });
    },
    composeDone: (key, result) => {
      if (current(key)) set({ compose: { state: 'ready', key, result } });
    },
    composeFailed: (key, error) => {
      if (current(key)) set({ compose: { state: 'failed', key, error } });
    },
    composeCleared: () => set({ compose: { state: 'idle' } }),
  };
};
