// Wiring only: everything runs inside defineBackground, nothing at module top level.
export default defineBackground(() => {
  if (browser.sidePanel) {
    // Chrome, Edge: the toolbar button opens the side panel.
    browser.sidePanel
      .setPanelBehavior({ openPanelOnActionClick: true })
      .catch((error: unknown) => console.error('Replykit: could not set the side panel', error));
    return;
  }
  // Firefox: the side panel is a sidebar; the toolbar button toggles it.
  const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } })
    .sidebarAction;
  const action =
    browser.action ??
    (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (sidebar && action) {
    action.onClicked.addListener(() => {
      void sidebar.toggle();
    });
  }
});
