import type { StateCreator } from 'zustand';
import type { AdapterErrorReport } from '../messaging/protocol';
import type { RecentReply } from '../settings/recent-reply-list';
import type { ComposerContext } from '../sites/types';
import type { ReplykitState } from './types';

/** The reply box on a page that the panel follows: which tab, which composer, what it knows. */
export interface PageComposer {
  tabId: number;
  composerId: string;
  context: ComposerContext;
}

/** How many adapter errors the panel keeps to show; older ones are dropped. */
const MAX_ERRORS = 5;

export interface PageSlice {
  /** The composer being written in, or null when the panel checks its own scratch draft. */
  page: PageComposer | null;
  /** The reply box last followed, still on its page: where the panel's own draft can go. */
  insertTarget: PageComposer | null;
  /** Replies sent in this browser session (from the background), for the repeated-reply check. */
  recentReplies: RecentReply[];
  setRecentReplies: (replies: RecentReply[]) => void;
  /** Readers that failed on the followed page, newest last. */
  adapterErrors: AdapterErrorReport[];
  /** Replies sent from the followed reply box since the panel started following it. */
  sentCount: number;
  /** A reply box became active in a tab: follow it, its draft and what it says about the customer. */
  followComposer: (composer: PageComposer, draft: string) => void;
  pageDraftChanged: (tabId: number, composerId: string, text: string) => void;
  pageContextChanged: (tabId: number, composerId: string, context: ComposerContext) => void;
  composerGone: (tabId: number, composerId: string) => void;
  adapterFailed: (tabId: number, report: AdapterErrorReport) => void;
  /** The page saw the followed reply box being sent. */
  pageReplySent: (tabId: number, composerId: string) => void;
  /** Back to the panel's own draft; the reply box stays the place to insert it. */
  stopFollowing: () => void;
}

function isFollowed(page: PageComposer | null, tabId: number, composerId: string): boolean {
  return page !== null && page.tabId === tabId && page.composerId === composerId;
}

function customerNameOf(context: ComposerContext): string {
  return context.customer.displayName ?? context.customer.handle ?? '';
}

export const createPageSlice: StateCreator<ReplykitState, [], [], PageSlice> = (set, get) => ({
  page: null,
  insertTarget: null,
  recentReplies: [],
  setRecentReplies: (recentReplies) => set({ recentReplies }),
  adapterErrors: [],
  sentCount: 0,
  followComposer: (composer, draft) => {
    // The same box announced again (the focus came back to it): keep what the panel knows.
    // Ids restart with each page load, so a box in the same tab on another page is another box.
    const page = get().page;
    if (
      isFollowed(page, composer.tabId, composer.composerId) &&
      page!.context.platform === composer.context.platform &&
      page!.context.threadUrl === composer.context.threadUrl
    ) {
      set({ page: composer, insertTarget: composer, draft });
      return;
    }
    set({
      page: composer,
      insertTarget: composer,
      draft,
      adapterErrors: [],
      sentCount: 0,
      customerName: customerNameOf(composer.context),
      ...(composer.context.platform === 'generic' ? {} : { platform: composer.context.platform }),
    });
  },
  pageDraftChanged: (tabId, composerId, text) => {
    if (isFollowed(get().page, tabId, composerId)) set({ draft: text });
  },
  pageContextChanged: (tabId, composerId, context) => {
    const page = get().page;
    if (!page || !isFollowed(page, tabId, composerId)) return;
    set({ page: { ...page, context }, customerName: customerNameOf(context) });
  },
  composerGone: (tabId, composerId) => {
    if (isFollowed(get().page, tabId, composerId)) set({ page: null });
    if (isFollowed(get().insertTarget, tabId, composerId)) set({ insertTarget: null });
  },
  adapterFailed: (tabId, report) => {
    const page = get().page;
    if (page && page.tabId !== tabId) return;
    set({ adapterErrors: [...get().adapterErrors, report].slice(-MAX_ERRORS) });
  },
  pageReplySent: (tabId, composerId) => {
    if (isFollowed(get().page, tabId, composerId)) set({ sentCount: get().sentCount + 1 });
  },
  stopFollowing: () => set({ page: null }),
});
