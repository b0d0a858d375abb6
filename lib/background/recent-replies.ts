import { onContentEvent } from '../messaging/protocol';
import { recentReplies } from '../settings/recent-replies';
import { parseRecentReplies, withReply } from '../settings/recent-reply-list';

/** Records every reply the content scripts see go out, for the repeated-reply check. */
export function setupRecentReplies(): void {
  // One write at a time, so two sends in quick succession don't overwrite each other.
  let queue = Promise.resolve();
  onContentEvent('replySent', ({ data }) => {
    const { context, text } = data;
    const reply = {
      text,
      platform: context.platform,
      customer: context.customer.handle ?? context.customer.displayName ?? '',
      at: Date.now(),
    };
    queue = queue
      .then(async () => {
        const list = parseRecentReplies(await recentReplies.getValue());
        await recentReplies.setValue(withReply(list, reply));
      })
      .catch((error: unknown) => console.error('Replykit: could not record a sent reply', error));
  });
}
