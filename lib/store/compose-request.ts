import type { CustomerHistory, SuggestInput } from '../compose/types';
import { historyOf as memoryHistoryOf } from '../memory/history';
import { repliesToOthers } from '../settings/recent-reply-list';
import {
  mergeRecentReplies,
  selectCustomerRecord,
  selectMemoryRecentReplies,
} from './memory-slice';
import { selectCustomerKey } from './selectors';
import type { ReplykitState } from './types';

/**
 * What the panel asks lib/compose for: the message being answered and everything the
 * suggestions depend on, except the time (taken when the run starts).
 */
export interface ComposeRequest {
  /**
   * Identifies the message and its circumstances: a new key means a new run. The draft is not
   * part of it, so typing in the reply box never re-reads the customer's message.
   */
  key: string;
  /**
   * The message and whom and where it is answered, without what only refines the suggestions
   * (history, pack, agent): a run for the same subject may show the previous suggestions meanwhile.
   */
  subject: string;
  /** The message came from the page (run at once) or was pasted into the panel (wait for a pause). */
  from: 'page' | 'panel';
  input: Omit<SuggestInput, 'now' | 'analysis'>;
}

/** The message being answered: what the page shows, else what the user pasted into the panel. */
export function customerMessageOf(state: ReplykitState): { text: string; from: 'page' | 'panel' } {
  const context = state.page?.context;
  const fromPage = context ? (context.inReplyTo ?? context.earlier.at(-1) ?? '') : '';
  if (fromPage.trim()) return { text: fromPage, from: 'page' };
  return { text: state.customerMessage, from: 'panel' };
}

/**
 * The customer's history from memory (across linked accounts): none while memory looks them up or
 * cannot be asked, no conversations for someone we never replied to.
 */
function historyOf(state: ReplykitState): CustomerHistory | undefined {
  if (state.memory.state !== 'ready') return undefined;
  const record = selectCustomerRecord(state);
  return record ? memoryHistoryOf(record) : { conversations: 0, unresolved: 0 };
}

/** The request for the current state, or null when there is no customer message to read. */
export function composeRequestOf(state: ReplykitState): ComposeRequest | null {
  const message = customerMessageOf(state);
  if (!message.text.trim()) return null;
  const context = state.page?.context;
  const name = (context?.customer.displayName ?? state.customerName).trim();
  const handle = context?.customer.handle;
  const initials = state.agentInitials.trim();
  const platform = context && context.platform !== 'generic' ? context.platform : state.platform;
  const history = historyOf(state);
  const input: ComposeRequest['input'] = {
    message: message.text,
    pack: state.pack,
    platform,
    ...(context ? { kind: context.kind } : {}),
    customer: { ...(name ? { name } : {}), ...(handle ? { handle } : {}) },
    ...(initials ? { agent: { initials } } : {}),
    recentReplies: mergeRecentReplies(
      repliesToOthers(state.recentReplies, selectCustomerKey(state)),
      selectMemoryRecentReplies(state),
    ),
    ...(history ? { history } : {}),
  };
  const subjectParts = [
    state.page ? [state.page.tabId, state.page.composerId] : null,
    message.text,
    input.customer,
    platform,
    input.kind ?? null,
  ];
  const key = JSON.stringify([...subjectParts, initials, state.packRevision, history ?? null]);
  const subject = JSON.stringify(subjectParts);
  return { key, subject, from: message.from, input };
}
