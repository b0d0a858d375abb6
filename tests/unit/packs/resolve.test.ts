import { describe, expect, it } from 'vitest';
import {
  NO_POLICY,
  isManagedEntry,
  matchingAssignments,
  packChoices,
  resolveActivePack,
  type PackWorld,
} from '../../../lib/packs/resolve';
import {
  BUILTIN_ENTRY,
  MANAGED_INLINE_ENTRY,
  type ActiveReason,
  type Assignment,
  type ManagedPolicy,
  type PackEntryId,
  type PackScope,
  type SubscriptionStates,
} from '../../../lib/packs/types';
import { defaultPack } from '../../../lib/voice';
import { brokenPackText, packText } from './helpers';

// One library with every kind of entry; each case picks the assignments, fallback, choice and
// policy it needs. Entry ids name what they hold.
const TEXT = {
  choice: packText('Chosen'),
  onX: packText('On X'),
  onX2: packText('On X second'),
  acme: packText('Acme account'),
  acmeOnX: packText('Acme on X'),
  team: packText('Team default'),
  managedInline: packText('Managed inline'),
  managedSub: packText('Managed subscription'),
  broken: brokenPackText('Broken'),
} as const;

const ENTRIES: PackWorld['library']['entries'] = [
  { id: 'choice', kind: 'local', text: TEXT.choice, lastGood: TEXT.choice },
  { id: 'onX', kind: 'local', text: TEXT.onX, lastGood: TEXT.onX },
  { id: 'onX2', kind: 'local', text: TEXT.onX2, lastGood: TEXT.onX2 },
  { id: 'acme', kind: 'local', text: TEXT.acme, lastGood: TEXT.acme },
  { id: 'acmeOnX', kind: 'local', text: TEXT.acmeOnX, lastGood: TEXT.acmeOnX },
  { id: 'team', kind: 'local', text: TEXT.team, lastGood: TEXT.team },
  { id: 'broken', kind: 'local', text: TEXT.broken },
  { id: 'brokenWithGood', kind: 'local', text: TEXT.broken, lastGood: TEXT.team },
  { id: 'sub', kind: 'subscription', url: 'https://packs.example/sub.json', pinned: false },
  { id: 'notYet', kind: 'subscription', url: 'https://packs.example/later.json', pinned: false },
  {
    id: 'managedSub',
    kind: 'subscription',
    url: 'https://it.example/pack.json',
    pinned: false,
    managed: true,
  },
];

const STATES: SubscriptionStates = {
  sub: { text: TEXT.onX },
  managedSub: { text: TEXT.managedSub },
};

const RULES = {
  x: { id: 'r-x', entry: 'onX', platform: 'x' },
  x2: { id: 'r-x2', entry: 'onX2', platform: 'x' },
  acme: { id: 'r-acme', entry: 'acme', account: 'AcmeCare' },
  acmeOnX: { id: 'r-acme-x', entry: 'acmeOnX', platform: 'x', account: '@acme' },
  brokenOnX: { id: 'r-broken', entry: 'broken', platform: 'x' },
  notYetOnX: { id: 'r-not-yet', entry: 'notYet', platform: 'x' },
  managedOnX: { id: 'r-managed', entry: 'managedSub', platform: 'x' },
} satisfies Record<string, Assignment>;

interface Case {
  name: string;
  assignments?: Assignment[];
  fallback?: PackEntryId;
  choice?: PackEntryId | null;
  policy?: Partial<ManagedPolicy>;
  /** Without the managed subscription in the library (it is there only when IT pushes it). */
  noManagedSub?: boolean;
  scope: PackScope;
  entry: PackEntryId;
  reason: ActiveReason;
  source?: 'default' | 'team' | 'last-good';
  problems?: string[];
}

const X: PackScope = { platform: 'x' };

const CASES: Case[] = [
  {
    name: 'nothing set up: the built-in pack',
    noManagedSub: true,
    scope: X,
    entry: BUILTIN_ENTRY,
    reason: 'default',
    source: 'default',
  },
  {
    name: 'the choice wins over every rule and the fallback',
    assignments: [RULES.x, RULES.acme],
    fallback: 'team',
    choice: 'choice',
    scope: { platform: 'x', ownHandle: 'acmecare' },
    entry: 'choice',
    reason: 'choice',
  },
  {
    name: 'an assignment by platform',
    assignments: [RULES.x],
    fallback: 'team',
    scope: X,
    entry: 'onX',
    reason: 'assignment',
  },
  {
    name: 'the first matching assignment wins',
    assignments: [RULES.x2, RULES.x],
    scope: X,
    entry: 'onX2',
    reason: 'assignment',
  },
  {
    name: 'an assignment for another platform does not apply',
    assignments: [RULES.x],
    fallback: 'team',
    scope: { platform: 'linkedin' },
    entry: 'team',
    reason: 'fallback',
  },
  {
    name: 'an assignment by platform does not apply where the panel follows no reply box',
    assignments: [RULES.x],
    noManagedSub: true,
    scope: {},
    entry: BUILTIN_ENTRY,
    reason: 'default',
    source: 'default',
  },
  {
    name: 'an assignment by account, case-insensitive',
    assignments: [RULES.acme],
    scope: { platform: 'linkedin', ownHandle: 'acmecare' },
    entry: 'acme',
    reason: 'assignment',
  },
  {
    name: 'an assignment by account, our handle with "@"',
    assignments: [RULES.acme],
    scope: { platform: 'bluesky', ownHandle: '@ACMECARE' },
    entry: 'acme',
    reason: 'assignment',
  },
  {
    name: 'an assignment by account written with "@" matches the handle without',
    assignments: [RULES.acmeOnX],
    scope: { platform: 'x', ownHandle: 'Acme' },
    entry: 'acmeOnX',
    reason: 'assignment',
  },
  {
    name: 'an account rule needs the account: another handle falls through',
    assignments: [RULES.acme, RULES.x],
    scope: { platform: 'x', ownHandle: 'acme_support' },
    entry: 'onX',
    reason: 'assignment',
  },
  {
    name: 'an account rule needs a known handle',
    assignments: [RULES.acme],
    fallback: 'team',
    scope: X,
    entry: 'team',
    reason: 'fallback',
  },
  {
    name: 'platform and account must both match',
    assignments: [RULES.acmeOnX, RULES.acme],
    scope: { platform: 'linkedin', ownHandle: 'acme' },
    fallback: 'team',
    entry: 'team',
    reason: 'fallback',
  },
  {
    name: 'the fallback where no rule matches',
    fallback: 'team',
    scope: X,
    entry: 'team',
    reason: 'fallback',
  },
  {
    name: 'a managed inline pack before the built-in one',
    noManagedSub: true,
    policy: { pack: TEXT.managedInline },
    scope: X,
    entry: MANAGED_INLINE_ENTRY,
    reason: 'managed',
  },
  {
    name: 'the user’s fallback before the managed inline pack',
    fallback: 'team',
    policy: { pack: TEXT.managedInline },
    scope: X,
    entry: 'team',
    reason: 'fallback',
  },
  {
    name: 'the managed inline pack before a managed subscription',
    policy: { pack: TEXT.managedInline },
    scope: X,
    entry: MANAGED_INLINE_ENTRY,
    reason: 'managed',
  },
  {
    name: 'a managed subscription when there is nothing else',
    scope: X,
    entry: 'managedSub',
    reason: 'managed',
  },
  {
    name: 'a broken managed inline pack is passed over for the managed subscription',
    policy: { pack: TEXT.broken },
    scope: X,
    entry: 'managedSub',
    reason: 'managed',
    problems: ['id'],
  },
  {
    name: 'a subscription is resolved from what was downloaded',
    assignments: [{ id: 'r-sub', entry: 'sub', platform: 'x' }],
    scope: X,
    entry: 'sub',
    reason: 'assignment',
  },
  {
    name: 'a subscription before its first download is passed over',
    assignments: [RULES.notYetOnX, RULES.x],
    scope: X,
    entry: 'onX',
    reason: 'assignment',
    problems: [],
  },
  {
    name: 'a broken pack is passed over, its problems kept',
    assignments: [RULES.brokenOnX, RULES.x],
    scope: X,
    entry: 'onX',
    reason: 'assignment',
    source: 'team',
    problems: ['id'],
  },
  {
    name: 'a broken chosen pack: the next candidate, with the choice’s problems',
    assignments: [RULES.x],
    choice: 'broken',
    scope: X,
    entry: 'onX',
    reason: 'assignment',
    problems: ['id'],
  },
  {
    name: 'a broken pack with a last good version uses it, with its problems',
    fallback: 'brokenWithGood',
    scope: X,
    entry: 'brokenWithGood',
    reason: 'fallback',
    source: 'last-good',
    problems: ['id'],
  },
  {
    name: 'only the first candidate’s problems are kept',
    assignments: [RULES.x],
    choice: 'brokenWithGood',
    scope: X,
    entry: 'brokenWithGood',
    reason: 'choice',
    source: 'last-good',
    problems: ['id'],
  },
  {
    name: 'every candidate broken: the built-in pack with the first one’s problems',
    noManagedSub: true,
    assignments: [RULES.brokenOnX],
    scope: X,
    entry: BUILTIN_ENTRY,
    reason: 'default',
    source: 'default',
    problems: ['id'],
  },
  {
    name: 'a choice of an entry no longer in the library is ignored',
    assignments: [RULES.x],
    choice: 'removed-long-ago',
    scope: X,
    entry: 'onX',
    reason: 'assignment',
    problems: [],
  },
  {
    name: 'the built-in pack chosen is still the default one',
    assignments: [RULES.x],
    choice: BUILTIN_ENTRY,
    scope: X,
    entry: BUILTIN_ENTRY,
    reason: 'choice',
    source: 'default',
  },
  {
    name: 'locked: the choice, user rules and the user’s fallback are ignored',
    assignments: [RULES.x, RULES.acme],
    fallback: 'team',
    choice: 'choice',
    policy: { lockPacks: true },
    scope: { platform: 'x', ownHandle: 'acmecare' },
    entry: 'managedSub',
    reason: 'managed',
  },
  {
    name: 'locked: a choice of a managed pack stays',
    choice: 'managedSub',
    policy: { lockPacks: true, pack: TEXT.managedInline },
    scope: X,
    entry: 'managedSub',
    reason: 'choice',
  },
  {
    name: 'locked: a rule for a managed pack still applies',
    assignments: [RULES.x, RULES.managedOnX],
    policy: { lockPacks: true, pack: TEXT.managedInline },
    scope: X,
    entry: 'managedSub',
    reason: 'assignment',
  },
  {
    name: 'locked without any managed pack: the built-in one',
    noManagedSub: true,
    assignments: [RULES.x],
    fallback: 'team',
    policy: { lockPacks: true },
    scope: X,
    entry: BUILTIN_ENTRY,
    reason: 'default',
    source: 'default',
  },
];

function worldOf(c: Case): PackWorld {
  return {
    library: {
      entries: c.noManagedSub ? ENTRIES.filter((e) => e.id !== 'managedSub') : ENTRIES,
      assignments: c.assignments ?? [],
      fallback: c.fallback ?? BUILTIN_ENTRY,
    },
    states: STATES,
    policy: { ...NO_POLICY, packUrls: [], problems: [], ...c.policy },
    choice: c.choice ?? null,
  };
}

const NAMES: Record<string, string> = {
  [BUILTIN_ENTRY]: defaultPack.name,
  [MANAGED_INLINE_ENTRY]: 'Managed inline',
  choice: 'Chosen',
  onX: 'On X',
  onX2: 'On X second',
  acme: 'Acme account',
  acmeOnX: 'Acme on X',
  team: 'Team default',
  brokenWithGood: 'Team default',
  sub: 'On X',
  managedSub: 'Managed subscription',
};

describe('resolveActivePack', () => {
  it.each(CASES)('$name', (c) => {
    const active = resolveActivePack(worldOf(c), c.scope);
    expect({ entry: active.entry, reason: active.reason }).toEqual({
      entry: c.entry,
      reason: c.reason,
    });
    expect(active.pack.name).toBe(NAMES[c.entry]);
    expect(active.source).toBe(c.source ?? 'team');
    expect(active.problems.map((p) => p.path)).toEqual(c.problems ?? []);
  });
});

describe('matchingAssignments', () => {
  it('lists every matching rule in order', () => {
    const library = worldOf({
      name: '',
      assignments: [RULES.acme, RULES.x, RULES.acmeOnX, RULES.x2],
      scope: {},
      entry: '',
      reason: 'default',
    }).library;
    expect(
      matchingAssignments(library, { platform: 'x', ownHandle: 'acme' }).map((r) => r.id),
    ).toEqual(['r-x', 'r-acme-x', 'r-x2']);
    expect(matchingAssignments(library, {}).map((r) => r.id)).toEqual([]);
  });
});

describe('packChoices', () => {
  it('lists the built-in pack, the administrator’s, then the library’s, usable or not', () => {
    const world = worldOf({
      name: '',
      policy: { pack: TEXT.managedInline },
      scope: {},
      entry: '',
      reason: 'default',
    });
    const choices = packChoices(world);
    expect(choices.slice(0, 2)).toEqual([
      { entry: BUILTIN_ENTRY, name: defaultPack.name, version: defaultPack.version, usable: true },
      { entry: MANAGED_INLINE_ENTRY, name: 'Managed inline', version: '1.0.0', usable: true },
    ]);
    const byEntry = Object.fromEntries(choices.map((c) => [c.entry, c]));
    expect(byEntry.onX).toEqual({ entry: 'onX', name: 'On X', version: '1.0.0', usable: true });
    expect(byEntry.brokenWithGood).toMatchObject({ name: 'Team default', usable: true });
    // Not usable: named by what the user can recognise (its URL, the name in its text).
    expect(byEntry.notYet).toEqual({
      entry: 'notYet',
      name: 'https://packs.example/later.json',
      usable: false,
    });
    expect(byEntry.broken).toEqual({ entry: 'broken', name: 'Broken', usable: false });
    expect(choices).toHaveLength(2 + ENTRIES.length);
  });

  it('names a pack whose text is not even JSON by its entry id', () => {
    const world = worldOf({ name: '', scope: {}, entry: '', reason: 'default' });
    world.library = {
      ...world.library,
      entries: [{ id: 'p-1', kind: 'local', text: '{ not json' }],
    };
    expect(packChoices(world)[1]).toEqual({ entry: 'p-1', name: 'p-1', usable: false });
  });
});

describe('isManagedEntry', () => {
  it('is true for the inline pack when there is one, and for managed subscriptions', () => {
    const world = worldOf({ name: '', scope: {}, entry: '', reason: 'default' });
    expect(isManagedEntry(world, MANAGED_INLINE_ENTRY)).toBe(false);
    expect(isManagedEntry(world, 'managedSub')).toBe(true);
    expect(isManagedEntry(world, 'sub')).toBe(false);
    expect(isManagedEntry(world, 'onX')).toBe(false);
    const withInline = { ...world, policy: { ...world.policy, pack: TEXT.managedInline } };
    expect(isManagedEntry(withInline, MANAGED_INLINE_ENTRY)).toBe(true);
  });
});
