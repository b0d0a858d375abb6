import { storage } from 'wxt/utils/storage';
import type { RecentReply } from './recent-reply-list';

export type { RecentReply } from './recent-reply-list';

// Session storage: gone when the browser closes, never synced, out of reach of content scripts.
// Customer memory (IndexedDB) is the long-term record.
export const recentReplies = storage.defineItem<RecentReply[]>('session:recentReplies', {
  fallback: [],
  version: 1,
});
