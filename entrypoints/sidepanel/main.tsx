import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setupComposeSync } from '../../lib/panel/compose-sync';
import { setupMemorySync } from '../../lib/panel/memory-sync';
import { setupPackSync } from '../../lib/panel/pack-sync';
import { setupPageSync } from '../../lib/panel/page-sync';
import { setupRecentRepliesSync } from '../../lib/panel/recent-replies-sync';
import { setupSettingsPersistence } from '../../lib/settings';
import { replykitStore } from '../../lib/store';
import { App } from './App';
import './style.css';

/** How long the first render waits for the saved settings before showing the defaults. */
const SETTINGS_WAIT_MS = 300;

const persistence = setupSettingsPersistence(replykitStore);
setupPackSync(replykitStore);
setupPageSync(replykitStore);
setupRecentRepliesSync(replykitStore);
// lib/compose (with compromise) is a chunk of its own, loaded now so it is warm by the first
// focus in a reply box without delaying the panel's first paint.
setupComposeSync(replykitStore, { load: () => import('../../lib/compose') });
// Customer memory (Dexie) is a chunk of its own too; the panel reads it, the background writes.
const memory = setupMemorySync(replykitStore, {
  open: () => import('../../lib/memory').then(({ openMemory }) => openMemory()),
});

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App memory={memory} />
    </StrictMode>,
  );
}

// Storage answers in a few milliseconds: render after it so the panel doesn't flash the
// default platform, but never wait long on it.
void Promise.race([
  persistence.ready,
  new Promise<void>((resolve) => setTimeout(resolve, SETTINGS_WAIT_MS)),
]).then(render);
