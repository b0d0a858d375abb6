import { browser } from 'wxt/browser';
import { isPanelCommand, sendToPanel } from '../messaging/protocol';

/**
 * Relays the extension's keyboard commands (chrome://extensions/shortcuts) to the side panel,
 * which knows the suggestions and findings. `_execute_action` never arrives here: the browser
 * clicks the toolbar button for it. A command while no panel is open has nobody to answer.
 */
export function setupCommandRelay(): void {
  if (!browser.commands?.onCommand) return;
  browser.commands.onCommand.addListener((command) => {
    if (!isPanelCommand(command)) return;
    sendToPanel('panelCommand', { command }).catch(() => undefined);
  });
}
