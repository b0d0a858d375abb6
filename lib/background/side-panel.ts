import { browser, type Browser } from 'wxt/browser';
import { actionTab } from '../settings/action-tab';

type SidebarAction = { toggle(): Promise<void>; open(): Promise<void> };

function firefoxSidebar(): SidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
}

/** Records the tab the panel was opened over; its address is visible through activeTab. */
function rememberActionTab(tab: Browser.tabs.Tab): void {
  if (tab.id === undefined || !tab.url) return;
  actionTab
    .setValue({ tabId: tab.id, url: tab.url })
    .catch((error: unknown) => console.error('Replykit: could not remember the tab', error));
}

/**
 * The toolbar button (and Alt+Shift+R, which clicks it) opens the side panel (Chrome, Edge) or
 * toggles the sidebar (Firefox). In Chrome the click is handled here rather than by
 * `openPanelOnActionClick`: only a click the extension handles grants activeTab, which lets the
 * panel see which site the user is on when Replykit has no access there yet.
 */
export function setupSidePanelAction(): void {
  const action =
    browser.action ??
    (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (browser.sidePanel) {
    browser.sidePanel
      .setPanelBehavior({ openPanelOnActionClick: false })
      .catch((error: unknown) => console.error('Replykit: could not set the side panel', error));
    action?.onClicked.addListener((tab) => {
      // First and without awaiting: the browser opens the panel only during the click.
      if (tab.id !== undefined) {
        browser.sidePanel
          .open({ tabId: tab.id })
          .catch((error: unknown) =>
            console.error('Replykit: could not open the side panel', error),
          );
      }
      rememberActionTab(tab);
    });
    return;
  }
  const sidebar = firefoxSidebar();
  if (sidebar && action) {
    action.onClicked.addListener((tab) => {
      void sidebar.toggle();
      rememberActionTab(tab);
    });
  }
}

/** Opens the panel for a tab; must run while the user's click on the badge still counts. */
export async function openSidePanel(tabId: number): Promise<void> {
  if (browser.sidePanel) {
    await browser.sidePanel.open({ tabId });
    return;
  }
  await firefoxSidebar()?.open();
}
