import { resolveActivePack, type PackWorld } from '../packs/resolve';
import type { PackScope } from '../packs/types';
import { readManagedPolicy, watchManagedPolicy } from '../settings/managed-policy';
import { packChoice, packLibrary, packSubscriptions } from '../settings/team-pack';
import type { ReplykitStore } from '../store';
import type { ReplykitState } from '../store/types';

function scopeOf(state: ReplykitState): PackScope {
  const context = state.page?.context ?? state.insertTarget?.context;
  if (context === undefined) return {};
  const scope: PackScope = { platform: context.platform };
  if (context.own.handle !== undefined) scope.ownHandle = context.own.handle;
  return scope;
}

/**
 * Keeps the panel's pack in step with the stored packs and with where the panel is (the site and
 * the account we reply as). Returns a function that stops.
 */
export function setupPackSync(store: ReplykitStore): () => void {
  let world: PackWorld | undefined;
  let lastKey = '';
  const apply = () => {
    if (world === undefined) return;
    const scope = scopeOf(store.getState());
    const active = resolveActivePack(world, scope);
    // Resolve on every store change, but touch the store only when the answer changed.
    const key = JSON.stringify([active.entry, active.source, active.pack.version, active.problems]);
    if (key === lastKey && store.getState().pack === active.pack) return;
    lastKey = key;
    store.getState().setActivePack({
      pack: active.pack,
      source: active.source,
      problems: active.problems,
    });
  };
  const load = async () => {
    const [library, states, choice, policy] = await Promise.all([
      packLibrary.getValue(),
      packSubscriptions.getValue(),
      packChoice.getValue(),
      readManagedPolicy(),
    ]);
    world = { library, states, choice, policy };
    apply();
  };
  load().catch((error: unknown) =>
    console.error('Replykit: could not read the voice packs', error),
  );
  const stops = [
    packLibrary.watch(() => void load()),
    packSubscriptions.watch(() => void load()),
    packChoice.watch(() => void load()),
    watchManagedPolicy(() => void load()),
    store.subscribe((state, previous) => {
      if (state.page !== previous.page || state.insertTarget !== previous.insertTarget) apply();
    }),
  ];
  return () => stops.forEach((stop) => stop());
}
