import { setupCommandRelay } from '../lib/background/commands';
import { setupComposerRelay } from '../lib/background/composers';
import { setupManagedPacks } from '../lib/background/managed-packs';
import { setupMemoryRecording, setupMemoryRetention } from '../lib/background/memory';
import { setupPackSubscriptions } from '../lib/background/pack-subscriptions';
import { setupRecentReplies } from '../lib/background/recent-replies';
import { setupSidePanelAction } from '../lib/background/side-panel';
import { setupSiteScripts } from '../lib/background/site-scripts';

// Wiring only: everything runs inside defineBackground, nothing at module top level.
export default defineBackground(() => {
  setupSidePanelAction();
  setupComposerRelay();
  setupSiteScripts();
  setupRecentReplies();
  setupCommandRelay();
  setupMemoryRetention(setupMemoryRecording());
  setupPackSubscriptions();
  setupManagedPacks();
});
