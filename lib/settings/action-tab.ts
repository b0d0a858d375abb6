import { storage } from 'wxt/utils/storage';

/**
 * The tab the user last opened the panel over with the toolbar button or Alt+Shift+R. The click
 * grants activeTab for it, so its address is known even on a site Replykit has no access to:
 * that is how the panel can offer "Allow Replykit on this site" without the `tabs` permission.
 * Kept for the browser session only.
 */
export interface ActionTab {
  tabId: number;
  url: string;
}

export function parseActionTab(value: unknown): ActionTab | null {
  const v = value as ActionTab | null;
  return typeof v === 'object' &&
    v !== null &&
    Number.isInteger(v.tabId) &&
    typeof v.url === 'string'
    ? { tabId: v.tabId, url: v.url }
    : null;
}

export const actionTab = storage.defineItem<ActionTab | null>('session:actionTab', {
  fallback: null,
});
