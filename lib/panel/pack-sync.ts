import { uiLanguage } from '../i18n';
import {
  NO_POLICY,
  isManagedEntry,
  matchingAssignments,
  packChoices,
  resolveActivePack,
  type PackWorld,
} from '../packs/resolve';
import type {
  ActiveResolution,
  ManagedPolicy,
  PackChoice,
  PackEntryId,
  PackScope,
} from '../packs/types';
import { readManagedPolicy, watchManagedPolicy } from '../settings/managed-policy';
import {
  migrateTeamPackV1,
  packChoice,
  packLibrary,
  packSubscriptions,
} from '../settings/team-pack';
import type { ReplykitStore } from '../store';
import type { PackStatus } from '../store/pack-slice';
import type { ReplykitState } from '../store/types';

function scopeOf(state: ReplykitState): PackScope {
  const context = state.page?.context ?? state.insertTarget?.context;
  if (context === undefined) return {};
  const scope: PackScope = { platform: context.platform };
  if (context.own.handle !== undefined) scope.ownHandle = context.own.handle;
  return scope;
}

function choiceOf(active: ActiveResolution, choices: readonly PackChoice[]): PackChoice {
  const found = choices.find((choice) => choice.entry === active.entry);
  return (
    found ?? {
      entry: active.entry,
      name: active.pack.name,
      version: active.pack.version,
      usable: true,
    }
  );
}

/** Everything the panel shows about the pack in use here and the quick switch. Pure. */
export function packStatusOf(
  world: PackWorld,
  scope: PackScope,
  active: ActiveResolution = resolveActivePack(world, scope),
): PackStatus {
  // Locked, the user can still pick between the administrator's packs (lib/packs/MANAGED.md).
  const locked = world.policy.lockPacks;
  const choices = packChoices(world).filter(
    (choice) => !locked || isManagedEntry(world, choice.entry),
  );
  const automatic =
    world.choice === null ? active : resolveActivePack({ ...world, choice: null }, scope);
  const assignment =
    active.reason === 'assignment'
      ? (matchingAssignments(world.library, scope).find((rule) => rule.entry === active.entry) ??
        null)
      : null;
  const entry = world.library.entries.find((e) => e.id === active.entry);
  const subscription = entry?.kind === 'subscription' ? (world.states[entry.id] ?? null) : null;
  return {
    entry: active.entry,
    reason: active.reason,
    assignment,
    // Locked, only a choice of the administrator's packs counts; the switch shows what does.
    choice:
      world.choice !== null && (!world.policy.lockPacks || isManagedEntry(world, world.choice))
        ? world.choice
        : null,
    automatic: choiceOf(automatic, choices),
    choices,
    locked: world.policy.lockPacks,
    subscription,
  };
}

/**
 * The quick switch: an entry, or null to follow the assignments again. When the administrator
 * locked the packs, only their packs can be chosen (this holds without the UI too).
 * Resolves to whether the choice was stored; the panel follows through the storage watch.
 */
export async function choosePack(entry: PackEntryId | null): Promise<boolean> {
  const policy = await readManagedPolicy();
  if (policy.lockPacks && entry !== null) {
    const [library, states, choice] = await Promise.all([
      packLibrary.getValue(),
      packSubscriptions.getValue(),
      packChoice.getValue(),
    ]);
    if (!isManagedEntry({ library, states, choice, policy }, entry)) return false;
  }
  await packChoice.setValue(entry);
  return true;
}

/**
 * Keeps the panel's pack in step with the stored packs and with where the panel is (the site and
 * the account we reply as). Returns a function that stops.
 */
export function setupPackSync(store: ReplykitStore): () => void {
  let stored: Omit<PackWorld, 'policy'> | undefined;
  // Chromium answers storage.managed only once its policy service is up (seconds after the
  // browser starts, longer on some machines): the panel does not wait for it. Until the policy is
  // read there is none; when it arrives, the pack is resolved again.
  let policy: ManagedPolicy = NO_POLICY;
  let lastKey = '';
  let lastStatus = '';
  let loads = 0;
  let policyReads = 0;
  const apply = () => {
    if (stored === undefined) return;
    const world: PackWorld = { ...stored, policy };
    const scope = scopeOf(store.getState());
    // The "pack invalid" state lists the problems in the panel's language.
    const active = resolveActivePack(world, scope, uiLanguage());
    const status = packStatusOf(world, scope, active);
    // A subscription's state holds its whole pack text: compare it by identity (a new read is a
    // new object), the rest by value.
    const statusKey = JSON.stringify({ ...status, subscription: null });
    if (statusKey !== lastStatus || status.subscription !== store.getState().packSubscription) {
      lastStatus = statusKey;
      store.getState().setPackStatus(status);
    }
    // Resolve on every store change, but touch the pack only when the answer changed: the check
    // and the suggestions start again on a new pack.
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
    // Reads can finish out of order; only the latest may decide.
    const mine = ++loads;
    const [library, states, choice] = await Promise.all([
      packLibrary.getValue(),
      packSubscriptions.getValue(),
      packChoice.getValue(),
    ]);
    if (mine !== loads) return;
    // Storage migrates version 1 when an extension page starts; a version 1 value written while
    // the panel is open (an older build syncing the profile, a hand edit) is read the same way
    // instead of breaking the panel.
    stored = { library: migrateTeamPackV1(library), states, choice };
    apply();
  };
  const reload = () => {
    load().catch((error: unknown) =>
      console.error('Replykit: could not read the voice packs', error),
    );
  };
  const readPolicy = () => {
    const mine = ++policyReads;
    void readManagedPolicy().then((read) => {
      if (mine !== policyReads) return;
      policy = read;
      apply();
    });
  };
  reload();
  readPolicy();
  const stops = [
    packLibrary.watch(reload),
    packSubscriptions.watch(reload),
    packChoice.watch(reload),
    watchManagedPolicy(readPolicy),
    store.subscribe((state, previous) => {
      if (state.page !== previous.page || state.insertTarget !== previous.insertTarget) apply();
    }),
  ];
  return () => stops.forEach((stop) => stop());
}
