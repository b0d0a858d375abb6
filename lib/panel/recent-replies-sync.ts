import { recentReplies } from '../settings/recent-replies';
import { parseRecentReplies } from '../settings/recent-reply-list';
import type { ReplykitStore } from '../store';

/** Keeps the panel's list of replies sent this session in step with the background's record. */
export function setupRecentRepliesSync(store: ReplykitStore): () => void {
  const apply = (value: unknown) => store.getState().setRecentReplies(parseRecentReplies(value));
  recentReplies.getValue().then(apply, () => undefined);
  return recentReplies.watch(apply);
}
