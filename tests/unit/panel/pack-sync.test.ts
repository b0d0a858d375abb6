import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { choosePack, packStatusOf, setupPackSync } from '../../../lib/panel/pack-sync';
import { NO_POLICY } from '../../../lib/packs/resolve';
import { BUILTIN_ENTRY, type PackLibrary } from '../../../lib/packs/types';
import { packChoice, packLibrary, packSubscriptions } from '../../../lib/settings/team-pack';
import type { ComposerContext } from '../../../lib/sites/types';
import { composeRequestOf, createReplykitStore, type ReplykitStore } from '../../../lib/store';
import { brokenPackText, packText } from '../packs/helpers';

const A = packText('Pack A', { banned: 'alpha-term' });
const B = packText('Pack B', { banned: 'beta-term' });
const C = packText('Pack C');

const LIBRARY: PackLibrary = {
  entries: [
    { id: 'a', kind: 'local', text: A, lastGood: A },
    { id: 'b', kind: 'local', text: B, lastGood: B },
    { id: 'c', kind: 'local', text: C, lastGood: C },
    { id: 'sub', kind: 'subscription', url: 'https://packs.example/s.json', pinned: false },
  ],
  assignments: [
    { id: 'r-acme', entry: 'c', account: 'acmecare' },
    { id: 'r-x', entry: 'a', platform: 'x' },
    { id: 'r-li', entry: 'b', platform: 'linkedin' },
  ],
  fallback: BUILTIN_ENTRY,
};

function context(platform: ComposerContext['platform'], handle?: string): ComposerContext {
  return {
    platform,
    kind: 'reply',
    layout: 'site',
    customer: { handle: 'maya_p' },
    inReplyTo: 'Where is my order?',
    earlier: [],
    own: handle === undefined ? {} : { handle },
  };
}

let store: ReplykitStore;
let stop: (() => void) | undefined;

function follow(platform: ComposerContext['platform'], handle?: string): void {
  store
    .getState()
    .followComposer({ tabId: 1, composerId: platform, context: context(platform, handle) }, '');
}

const packName = () => store.getState().pack.name;

beforeEach(async () => {
  fakeBrowser.reset();
  store = createReplykitStore();
  await packLibrary.setValue(LIBRARY);
});

afterEach(() => {
  stop?.();
  stop = undefined;
});

/** Starts the sync and waits until the library is in the store (`choices`: how many packs it offers). */
async function start(choices = 2): Promise<void> {
  stop = setupPackSync(store);
  await vi.waitFor(() =>
    expect(store.getState().packChoices.length).toBeGreaterThanOrEqual(choices),
  );
}

describe('setupPackSync', () => {
  it('follows the page: the pack assigned to the site, then to the account', async () => {
    await start();
    // No reply box followed: no rule applies.
    expect(store.getState()).toMatchObject({ packEntry: BUILTIN_ENTRY, packReason: 'default' });
    follow('x');
    await vi.waitFor(() => expect(packName()).toBe('Pack A'));
    expect(store.getState()).toMatchObject({
      packEntry: 'a',
      packReason: 'assignment',
      packAssignment: { id: 'r-x', entry: 'a', platform: 'x' },
      packSource: 'team',
      packProblems: [],
    });
    follow('linkedin');
    await vi.waitFor(() => expect(packName()).toBe('Pack B'));
    // Back to the panel's own draft: the reply box it goes to still decides.
    store.getState().stopFollowing();
    expect(packName()).toBe('Pack B');
    follow('x', '@AcmeCare');
    await vi.waitFor(() => expect(packName()).toBe('Pack C'));
    expect(store.getState().packAssignment?.id).toBe('r-acme');
  });

  it('the quick switch overrides the rules, and automatic goes back to them', async () => {
    await start();
    follow('x');
    await vi.waitFor(() => expect(packName()).toBe('Pack A'));
    const revision = store.getState().packRevision;
    const requestKey = composeRequestOf(store.getState())?.key;
    expect(requestKey).toBeDefined();
    expect(await choosePack('b')).toBe(true);
    expect(await packChoice.getValue()).toBe('b');
    await vi.waitFor(() => expect(packName()).toBe('Pack B'));
    expect(store.getState()).toMatchObject({
      packReason: 'choice',
      packChoice: 'b',
      packAutomatic: { entry: 'a', name: 'Pack A', usable: true },
    });
    // The check (it reads the pack) and the suggestions (a new request) follow the new pack.
    expect(store.getState().packRevision).toBeGreaterThan(revision);
    expect(composeRequestOf(store.getState())?.input.pack.name).toBe('Pack B');
    expect(composeRequestOf(store.getState())?.key).not.toBe(requestKey);
    // The choice holds on every site.
    follow('linkedin');
    follow('x');
    expect(packName()).toBe('Pack B');
    await choosePack(null);
    await vi.waitFor(() => expect(packName()).toBe('Pack A'));
    expect(store.getState()).toMatchObject({ packReason: 'assignment', packChoice: null });
  });

  it('offers every pack, a subscription not downloaded yet as unusable', async () => {
    await start();
    expect(store.getState().packChoices).toEqual([
      expect.objectContaining({ entry: BUILTIN_ENTRY, usable: true }),
      { entry: 'a', name: 'Pack A', version: '1.0.0', usable: true },
      { entry: 'b', name: 'Pack B', version: '1.0.0', usable: true },
      { entry: 'c', name: 'Pack C', version: '1.0.0', usable: true },
      { entry: 'sub', name: 'https://packs.example/s.json', usable: false },
    ]);
  });

  it('follows the stored library: an edit, a broken edit on its last good version', async () => {
    await start();
    follow('x');
    await vi.waitFor(() => expect(packName()).toBe('Pack A'));
    const next = packText('Pack A', { version: '1.1.0', banned: 'alpha-term' });
    await packLibrary.setValue({
      ...LIBRARY,
      entries: LIBRARY.entries.map((e) =>
        e.id === 'a' ? { ...e, text: next, lastGood: next } : e,
      ),
    });
    await vi.waitFor(() => expect(store.getState().pack.version).toBe('1.1.0'));
    const broken = brokenPackText('Pack A');
    await packLibrary.setValue({
      ...LIBRARY,
      entries: LIBRARY.entries.map((e) =>
        e.id === 'a' ? { ...e, text: broken, lastGood: next } : e,
      ),
    });
    await vi.waitFor(() => expect(store.getState().packSource).toBe('last-good'));
    expect(store.getState().pack.version).toBe('1.1.0');
    expect(store.getState().packProblems.map((p) => p.path)).toEqual(['id']);
  });

  it('a subscription in use: its state for the update notice, updated as the background writes', async () => {
    await packChoice.setValue('sub');
    await packSubscriptions.setValue({ sub: { text: C, checkedAt: 1 } });
    await start();
    await vi.waitFor(() => expect(store.getState().packEntry).toBe('sub'));
    expect(store.getState().packSubscription).toEqual({ text: C, checkedAt: 1 });
    const lastChange = { at: 2, from: '1.0.0', to: '1.0.0', changes: ['Banned term "x" added.'] };
    await packSubscriptions.setValue({ sub: { text: C, checkedAt: 2, lastChange } });
    await vi.waitFor(() =>
      expect(store.getState().packSubscription?.lastChange).toEqual(lastChange),
    );
    // Another pack in use: no subscription state.
    await choosePack('a');
    await vi.waitFor(() => expect(store.getState().packSubscription).toBeNull());
  });

  it('reads a version 1 value written while the panel is open instead of breaking', async () => {
    await start();
    follow('x');
    await vi.waitFor(() => expect(packName()).toBe('Pack A'));
    await fakeBrowser.storage.local.set({ teamPack: { text: B } });
    await vi.waitFor(() => expect(packName()).toBe('Pack B'));
    expect(store.getState().packReason).toBe('fallback');
  });

  it('locked by the administrator: only the organisation’s packs are offered, and choosing a user pack writes nothing', async () => {
    await fakeBrowser.storage.managed.set({ lockPacks: true, pack: C });
    await start(1);
    follow('x');
    await vi.waitFor(() => expect(store.getState().packLocked).toBe(true));
    expect(store.getState()).toMatchObject({ packEntry: 'managed', packReason: 'managed' });
    expect(store.getState().packChoices.map((choice) => choice.entry)).toEqual(['managed']);
    expect(await choosePack('b')).toBe(false);
    expect(await packChoice.getValue()).toBeNull();
    expect(packName()).toBe('Pack C');
    // The organisation's own pack can still be chosen, as lib/packs/MANAGED.md says.
    expect(await choosePack('managed')).toBe(true);
    expect(await packChoice.getValue()).toBe('managed');
  });

  it('does not wait for a slow managed storage; its lock applies when it answers', async () => {
    let answer: (policy: Record<string, unknown>) => void = () => {};
    const slow = vi
      .spyOn(fakeBrowser.storage.managed, 'get')
      .mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    try {
      await start();
      follow('x');
      await vi.waitFor(() => expect(packName()).toBe('Pack A'));
      answer({ lockPacks: true, pack: C });
      await vi.waitFor(() => expect(store.getState().packLocked).toBe(true));
      expect(packName()).toBe('Pack C');
    } finally {
      slow.mockRestore();
    }
  });

  it('stops following storage when stopped', async () => {
    await start();
    stop!();
    stop = undefined;
    await packChoice.setValue('b');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(store.getState().packChoice).toBeNull();
  });
});

describe('packStatusOf', () => {
  const world = {
    library: LIBRARY,
    states: {},
    policy: { ...NO_POLICY, packUrls: [], problems: [] },
    choice: 'b',
  };

  it('says what automatic would pick beside the choice', () => {
    const status = packStatusOf(world, { platform: 'x' });
    expect(status).toMatchObject({ entry: 'b', reason: 'choice', choice: 'b', locked: false });
    expect(status.automatic).toMatchObject({ entry: 'a', name: 'Pack A' });
    expect(status.assignment).toBeNull();
  });

  it('locked, a choice of a user pack is not in effect', () => {
    const status = packStatusOf(
      { ...world, policy: { ...world.policy, lockPacks: true } },
      { platform: 'x' },
    );
    expect(status).toMatchObject({ entry: BUILTIN_ENTRY, choice: null, locked: true });
  });
});
