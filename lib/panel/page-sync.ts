import {
  onMessage,
  sendToBackground,
  sendToTab,
  type EditResult,
  type InsertMode,
} from '../messaging/protocol';
import type { Fix } from '../rules/types';
import type { ReplykitStore } from '../store';
import type { PageComposer } from '../store/page-slice';

/**
 * Connects the panel to the reply boxes on pages: follows the one being written in (by the tab
 * id each message comes from, never "the active tab", so it also works with the panel open as a
 * tab) and starts with the one the background saw last. Returns a function that disconnects.
 */
export function setupPageSync(store: ReplykitStore): () => void {
  const state = () => store.getState();
  const removers = [
    onMessage('composerActive', ({ data, sender }) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      state().followComposer(
        { tabId, composerId: data.composerId, context: data.context },
        data.draft,
      );
    }),
    onMessage('draftChanged', ({ data, sender }) => {
      if (sender.tab?.id !== undefined) {
        state().pageDraftChanged(sender.tab.id, data.composerId, data.text);
      }
    }),
    onMessage('composerContext', ({ data, sender }) => {
      if (sender.tab?.id !== undefined) {
        state().pageContextChanged(sender.tab.id, data.composerId, data.context);
      }
    }),
    onMessage('composerInactive', ({ data, sender }) => {
      if (sender.tab?.id !== undefined) state().composerGone(sender.tab.id, data.composerId);
    }),
    onMessage('replySent', ({ data, sender }) => {
      if (sender.tab?.id !== undefined) state().pageReplySent(sender.tab.id, data.composerId);
    }),
    onMessage('adapterError', ({ data, sender }) => {
      if (sender.tab?.id !== undefined) state().adapterFailed(sender.tab.id, data);
    }),
  ];
  sendToBackground('latestComposer', undefined)
    .then((known) => {
      if (!known || state().page) return;
      const { tabId, composerId, context, draft } = known;
      state().followComposer({ tabId, composerId, context }, draft);
    })
    .catch(() => undefined);
  return () => {
    for (const remove of removers) remove();
  };
}

/** Applies a fix in the page's own editor; the page then reports the new draft back. */
export function applyFixOnPage(
  page: PageComposer,
  fix: Fix,
  expected: string,
): Promise<EditResult> {
  return sendToTab(page.tabId, 'applyFix', {
    composerId: page.composerId,
    start: fix.start,
    end: fix.end,
    replacement: fix.replacement,
    expected,
  });
}

/** Puts text into the reply box: replacing what is there, or at its caret. */
export function insertOnPage(
  target: PageComposer,
  text: string,
  mode: InsertMode = 'replace',
): Promise<EditResult> {
  return sendToTab(target.tabId, 'insertText', { composerId: target.composerId, text, mode });
}

/** Puts the focus back in the reply box; the page then reports it and the panel follows it. */
export function focusOnPage(target: PageComposer): Promise<unknown> {
  return sendToTab(target.tabId, 'focusComposer', { composerId: target.composerId });
}

/** Tells the badge beside the reply box what the panel found and whether memory knows the person. */
export function showOnBadge(
  page: PageComposer,
  findings: number,
  errors: number,
  returning?: boolean,
): void {
  sendToTab(page.tabId, 'setBadge', {
    composerId: page.composerId,
    findings,
    errors,
    ...(returning === undefined ? {} : { returning }),
  }).catch(() => undefined);
}
