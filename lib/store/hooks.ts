import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { checkDraft, type DraftCheck } from './check';
import { defaultPack } from './pack';
import { selectCheckSettings, selectDraft, toCheckContext } from './selectors';
import { replykitStore } from './store';
import type { ReplykitState } from './types';

/** Reads the shared store through a selector (use the narrow ones from ./selectors). */
export function useReplykit<T>(selector: (state: ReplykitState) => T): T {
  return useStore(replykitStore, selector);
}

/** The check of the current draft, recomputed when the draft or the settings change. */
export function useDraftCheck(): DraftCheck {
  const draft = useReplykit(selectDraft);
  const { platform, language, customerName, agentInitials } = useReplykit(
    useShallow(selectCheckSettings),
  );
  const context = useMemo(
    () => toCheckContext({ platform, language, customerName, agentInitials }),
    [platform, language, customerName, agentInitials],
  );
  return useMemo(() => checkDraft(draft, context, defaultPack), [draft, context]);
}
