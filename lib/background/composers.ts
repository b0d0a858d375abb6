import { browser } from 'wxt/browser';
import { onContentEvent, onMessage, type KnownComposer } from '../messaging/protocol';
import { openSidePanel } from './side-panel';

/**
 * Remembers the reply box each tab last reported, so a side panel opened after the user clicked
 * into it (from the badge or the toolbar) can follow it at once. In memory only: when the service
 * worker sleeps, the next focus in a reply box reports it again.
 */
export function setupComposerRelay(): void {
  const byTab = new Map<number, KnownComposer & { at: number }>();
  let clock = 0;

  onContentEvent('composerActive', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) byTab.set(tabId, { ...data, tabId, at: ++clock });
  });
  onContentEvent('draftChanged', ({ data, sender }) => {
    const known = sender.tab?.id === undefined ? undefined : byTab.get(sender.tab.id);
    if (known && known.composerId === data.composerId) known.draft = data.text;
  });
  onMessage('composerContext', ({ data, sender }) => {
    const known = sender.tab?.id === undefined ? undefined : byTab.get(sender.tab.id);
    if (known && known.composerId === data.composerId) known.context = data.context;
  });
  onMessage('composerInactive', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined && byTab.get(tabId)?.composerId === data.composerId)
      byTab.delete(tabId);
  });
  onMessage('openPanel', ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    openSidePanel(tabId).catch((error: unknown) =>
      console.error('Replykit: could not open the side panel', error),
    );
  });
  onMessage('latestComposer', () => {
    let latest: (KnownComposer & { at: number }) | undefined;
    for (const known of byTab.values()) if (!latest || known.at > latest.at) latest = known;
    if (!latest) return null;
    const { at: _at, ...composer } = latest;
    return composer;
  });
  browser.tabs.onRemoved.addListener((tabId) => byTab.delete(tabId));
}
