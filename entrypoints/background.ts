import { setupComposerRelay } from '../lib/background/composers';
import { setupSidePanelAction } from '../lib/background/side-panel';

// Wiring only: everything runs inside defineBackground, nothing at module top level.
export default defineBackground(() => {
  setupSidePanelAction();
  setupComposerRelay();
});
