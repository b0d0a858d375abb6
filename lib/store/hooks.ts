import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { checkDraft, type DraftCheck } from './check';
import { repliesToOthers } from '../settings/recent-reply-list';
import { mergeRecentReplies, selectMemoryRecentReplies } from './memory-slice';
import {
  selectCheckSettings,
  selectCustomerKey,
  selectDraft,
  selectPack,
  selectRecentReplies,
  toCheckContext,
} from './selectors';
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
  const recent = useReplykit(selectRecentReplies);
  const remembered = useReplykit(selectMemoryRecentReplies);
  const customerKey = useReplykit(selectCustomerKey);
  const pack = useReplykit(selectPack);
  const context = useMemo(
    () => ({
      ...toCheckContext({ platform, language, customerName, agentInitials }),
      recentReplies: mergeRecentReplies(repliesToOthers(recent, customerKey), remembered),
    }),
    [platform, language, customerName, agentInitials, recent, customerKey, remembered],
  );
  return useMemo(() => checkDraft(draft, context, pack), [draft, context, pack]);
}
