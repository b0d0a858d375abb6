import { browser } from 'wxt/browser';

type SidebarAction = { toggle(): Promise<void>; open(): Promise<void> };

function firefoxSidebar(): SidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
}

/** The toolbar button opens the side panel (Chrome, Edge) or toggles the sidebar (Firefox). */
export function setupSidePanelAction(): void {
  if (browser.sidePanel) {
    browser.sidePanel
      .setPanelBehavior({ openPanelOnActionClick: true })
      .catch((error: unknown) => console.error('Replykit: could not set the side panel', error));
    return;
  }
  const sidebar = firefoxSidebar();
  const action =
    browser.action ??
    (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (sidebar && action) {
    action.onClicked.addListener(() => {
      void sidebar.toggle();
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
