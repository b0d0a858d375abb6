import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { setupManagedPacks, withManagedEntries } from '../../../lib/background/managed-packs';
import { EMPTY_LIBRARY } from '../../../lib/packs/library';
import type { PackLibrary, SubscriptionEntry } from '../../../lib/packs/types';
import { packLibrary } from '../../../lib/settings/team-pack';

const A = 'https://it.example/a.json';
const B = 'https://it.example/b.json';
const MINE = 'https://mine.example/p.json';

const userLibrary: PackLibrary = {
  entries: [
    { id: 'local-1', kind: 'local', text: '{}' },
    { id: 's-mine', kind: 'subscription', url: MINE, pinned: true },
    { id: 's-mine-a', kind: 'subscription', url: A, pinned: false },
  ],
  assignments: [{ id: 'r1', entry: 's-mine', platform: 'x' }],
  fallback: 'local-1',
};

const managedUrls = (library: PackLibrary) =>
  library.entries
    .filter((e): e is SubscriptionEntry => e.kind === 'subscription' && e.managed === true)
    .map((e) => e.url);

describe('withManagedEntries', () => {
  it('adds one managed subscription per policy URL and leaves the user’s entries alone', () => {
    const next = withManagedEntries(userLibrary, [A, B]);
    expect(managedUrls(next)).toEqual([A, B]);
    expect(next.entries.slice(0, 3)).toEqual(userLibrary.entries);
    expect(next.assignments).toEqual(userLibrary.assignments);
    expect(next.fallback).toBe('local-1');
  });

  it('removes managed entries whose URL the policy dropped, with their assignments', () => {
    const withBoth = withManagedEntries(userLibrary, [A, B]);
    const bId = withBoth.entries.find(
      (e) => e.kind === 'subscription' && e.url === B && e.managed,
    )!.id;
    const assigned = {
      ...withBoth,
      assignments: [...withBoth.assignments, { id: 'r2', entry: bId }],
    };
    const next = withManagedEntries(assigned, [A]);
    expect(managedUrls(next)).toEqual([A]);
    expect(next.assignments.map((r) => r.id)).toEqual(['r1']);
    expect(withManagedEntries(next, []).entries).toEqual(userLibrary.entries);
  });

  it('keeps a managed entry’s id (and so its downloaded pack) while the policy still lists it', () => {
    const once = withManagedEntries(EMPTY_LIBRARY, [A]);
    const twice = withManagedEntries(once, [A, B]);
    expect(twice.entries[0]).toEqual(once.entries[0]);
    expect(withManagedEntries(twice, [A, B])).toBe(twice);
  });

  it('a duplicate managed entry (two passes raced) is removed', () => {
    const dup: PackLibrary = {
      ...EMPTY_LIBRARY,
      entries: [
        { id: 's-1', kind: 'subscription', url: A, pinned: false, managed: true },
        { id: 's-2', kind: 'subscription', url: A, pinned: false, managed: true },
      ],
    };
    expect(withManagedEntries(dup, [A]).entries.map((e) => e.id)).toEqual(['s-1']);
  });
});

describe('setupManagedPacks', () => {
  beforeEach(() => fakeBrowser.reset());

  it('brings the stored library in line with the policy at start and on every policy change', async () => {
    await packLibrary.setValue(userLibrary);
    await fakeBrowser.storage.managed.set({ packUrls: [A, B] });
    const managed = setupManagedPacks();
    await managed.ready;
    expect(managedUrls(await packLibrary.getValue())).toEqual([A, B]);

    await fakeBrowser.storage.managed.set({ packUrls: [B] });
    await expect.poll(async () => managedUrls(await packLibrary.getValue())).toEqual([B]);

    await fakeBrowser.storage.managed.remove('packUrls');
    await expect.poll(async () => managedUrls(await packLibrary.getValue())).toEqual([]);
    expect((await packLibrary.getValue()).entries).toEqual(userLibrary.entries);
    managed.stop();
  });

  it('puts a managed entry back when the library is saved without it (an options page holding an older library, or a user removing it)', async () => {
    await fakeBrowser.storage.managed.set({ packUrls: [A] });
    const managed = setupManagedPacks();
    await managed.ready;
    const withA = await packLibrary.getValue();
    expect(managedUrls(withA)).toEqual([A]);
    await packLibrary.setValue(userLibrary);
    await expect.poll(async () => managedUrls(await packLibrary.getValue())).toEqual([A]);
    expect((await packLibrary.getValue()).entries.slice(0, 3)).toEqual(userLibrary.entries);
    managed.stop();
  });

  it('without a policy the library is not touched', async () => {
    await packLibrary.setValue(userLibrary);
    const managed = setupManagedPacks();
    await managed.ready;
    expect(await packLibrary.getValue()).toEqual(userLibrary);
    managed.stop();
  });

  it('invalid URLs in the policy add nothing', async () => {
    await fakeBrowser.storage.managed.set({ packUrls: ['http://intranet/p.json', A] });
    const managed = setupManagedPacks();
    await managed.ready;
    expect(managedUrls(await packLibrary.getValue())).toEqual([A]);
    managed.stop();
  });
});
