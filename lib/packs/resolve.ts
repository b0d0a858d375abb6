import type { UiLanguage } from '../i18n/types';
import { normaliseHandle } from '../memory/identity-key';
import { claimedField } from '../voice/claimed';
import { defaultPack } from '../voice/default-pack';
import type { PackProblem } from '../voice/problems';
import { entryPack, findEntry, type EntryPack } from './library';
import {
  BUILTIN_ENTRY,
  MANAGED_INLINE_ENTRY,
  type ActiveReason,
  type ActiveResolution,
  type ManagedPolicy,
  type PackChoice,
  type PackEntryId,
  type PackLibrary,
  type PackScope,
  type SubscriptionStates,
} from './types';

/** Everything that decides the active pack, as stored. */
export interface PackWorld {
  library: PackLibrary;
  states: SubscriptionStates;
  policy: ManagedPolicy;
  /** The panel's quick switch: an entry, or null to follow the assignments. */
  choice: PackEntryId | null;
}

export const NO_POLICY: Readonly<ManagedPolicy> = Object.freeze({
  packUrls: [],
  lockPacks: false,
  problems: [],
});

function managedInline(policy: ManagedPolicy, locale: UiLanguage): EntryPack | undefined {
  if (policy.pack === undefined) return undefined;
  return entryPack({ id: MANAGED_INLINE_ENTRY, kind: 'local', text: policy.pack }, {}, locale);
}

/**
 * The pack an entry id stands for now; undefined for an unknown id. `locale` is the language of
 * its problems, English when absent.
 */
export function packOfEntry(
  world: PackWorld,
  id: PackEntryId,
  locale: UiLanguage = 'en',
): EntryPack | undefined {
  if (id === BUILTIN_ENTRY) return { pack: defaultPack, source: 'team', problems: [] };
  if (id === MANAGED_INLINE_ENTRY) return managedInline(world.policy, locale);
  const entry = findEntry(world.library, id);
  return entry === undefined ? undefined : entryPack(entry, world.states, locale);
}

/** Whether the entry is one the administrator pushed (inline pack or a managed subscription). */
export function isManagedEntry(world: PackWorld, id: PackEntryId): boolean {
  if (id === MANAGED_INLINE_ENTRY) return world.policy.pack !== undefined;
  const entry = findEntry(world.library, id);
  return entry?.kind === 'subscription' && entry.managed === true;
}

function sameHandle(a: string, b: string): boolean {
  // Handles are case-insensitive on every supported platform (as customer memory keys them).
  return normaliseHandle(a)?.toLowerCase() === normaliseHandle(b)?.toLowerCase();
}

/** The assignment rules that match a scope, in order. */
export function matchingAssignments(library: PackLibrary, scope: PackScope) {
  return library.assignments.filter(
    (rule) =>
      (rule.platform === undefined || rule.platform === scope.platform) &&
      (rule.account === undefined ||
        (scope.ownHandle !== undefined && sameHandle(rule.account, scope.ownHandle))),
  );
}

/**
 * The pack in use where the panel is: the quick switch's choice, else the first matching
 * assignment, else the library's fallback, else the administrator's pack, else the built-in
 * default. An entry with no usable pack is passed over; the first candidate's problems are kept so
 * the panel can say why its pack is not the one in use. With `lockPacks`, only the
 * administrator's packs count. `locale` is the language of the problems (the panel's UI
 * language), English when absent.
 */
export function resolveActivePack(
  world: PackWorld,
  scope: PackScope,
  locale: UiLanguage = 'en',
): ActiveResolution {
  const locked = world.policy.lockPacks;
  const candidates: { entry: PackEntryId; reason: ActiveReason }[] = [];
  const allowed = (id: PackEntryId) => !locked || isManagedEntry(world, id);
  if (world.choice !== null && allowed(world.choice))
    candidates.push({ entry: world.choice, reason: 'choice' });
  for (const rule of matchingAssignments(world.library, scope))
    if (allowed(rule.entry)) candidates.push({ entry: rule.entry, reason: 'assignment' });
  if (world.library.fallback !== BUILTIN_ENTRY && allowed(world.library.fallback))
    candidates.push({ entry: world.library.fallback, reason: 'fallback' });
  if (world.policy.pack !== undefined)
    candidates.push({ entry: MANAGED_INLINE_ENTRY, reason: 'managed' });
  for (const entry of world.library.entries)
    if (entry.kind === 'subscription' && entry.managed === true)
      candidates.push({ entry: entry.id, reason: 'managed' });

  let problems: PackProblem[] | undefined;
  for (const candidate of candidates) {
    const found = packOfEntry(world, candidate.entry, locale);
    if (found === undefined) continue;
    problems ??= found.problems;
    if (found.pack !== undefined)
      return {
        entry: candidate.entry,
        pack: found.pack,
        reason: candidate.reason,
        // The built-in pack picked by a choice or a rule is still the default one.
        source: candidate.entry === BUILTIN_ENTRY ? 'default' : (found.source ?? 'team'),
        problems: found.source === 'last-good' ? found.problems : problems,
      };
  }
  return {
    entry: BUILTIN_ENTRY,
    pack: defaultPack,
    reason: 'default',
    source: 'default',
    problems: problems ?? [],
  };
}

/** The packs the user can pick from, built-in first, then the administrator's, then the library's. */
export function packChoices(world: PackWorld): PackChoice[] {
  const choices: PackChoice[] = [
    { entry: BUILTIN_ENTRY, name: defaultPack.name, version: defaultPack.version, usable: true },
  ];
  const push = (entry: PackEntryId, fallbackName: string) => {
    const found = packOfEntry(world, entry);
    const pack = found?.pack;
    choices.push(
      pack === undefined
        ? { entry, name: fallbackName, usable: false }
        : { entry, name: pack.name, version: pack.version, usable: true },
    );
  };
  if (world.policy.pack !== undefined) push(MANAGED_INLINE_ENTRY, MANAGED_INLINE_ENTRY);
  for (const entry of world.library.entries)
    push(
      entry.id,
      entry.kind === 'subscription' ? entry.url : (nameInText(entry.text) ?? entry.id),
    );
  return choices;
}

/** The `name` a broken pack's JSON still carries, so the user recognises it; undefined if none. */
function nameInText(text: string): string | undefined {
  const name = claimedField(text, 'name');
  return name !== undefined && name.trim() !== '' ? name : undefined;
}
