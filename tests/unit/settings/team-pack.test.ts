import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_POLICY, resolveActivePack } from '../../../lib/packs/resolve';
import { BUILTIN_ENTRY, type PackLibrary } from '../../../lib/packs/types';
import { MIGRATED_ENTRY_ID, migrateTeamPackV1 } from '../../../lib/settings/team-pack';
import { brokenPackText, packText } from '../packs/helpers';

const ACME = packText('Acme care', { version: '1.2.0' });
const BROKEN = brokenPackText('Acme care');

/**
 * The extension starting with what is in storage: a fresh module defines the item, as each
 * extension page and the background do at start, and WXT migrates the stored value then.
 */
async function startNewBuild() {
  vi.resetModules();
  return import('../../../lib/settings/team-pack');
}

async function raw(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.local.get(['teamPack', 'teamPack$']);
}

function activeOf(library: PackLibrary) {
  return resolveActivePack(
    { library, states: {}, policy: { ...NO_POLICY, packUrls: [], problems: [] }, choice: null },
    { platform: 'x' },
  );
}

describe('migrateTeamPackV1', () => {
  it('makes the single pack the library’s one local pack and its fallback', () => {
    expect(migrateTeamPackV1({ text: ACME, lastGood: ACME })).toEqual({
      entries: [{ id: MIGRATED_ENTRY_ID, kind: 'local', text: ACME, lastGood: ACME }],
      assignments: [],
      fallback: MIGRATED_ENTRY_ID,
    });
  });

  it('takes a valid text without lastGood as its own last good version', () => {
    expect(migrateTeamPackV1({ text: ACME }).entries[0]).toMatchObject({ lastGood: ACME });
  });

  it('keeps a broken text without inventing a last good version', () => {
    expect(migrateTeamPackV1({ text: BROKEN }).entries[0]).toEqual({
      id: MIGRATED_ENTRY_ID,
      kind: 'local',
      text: BROKEN,
    });
  });

  it.each([42, 'text', [], { lastGood: ACME }, { text: 7 }])(
    'gives an empty library for %j',
    (v) => {
      expect(migrateTeamPackV1(v)).toEqual({
        entries: [],
        assignments: [],
        fallback: BUILTIN_ENTRY,
      });
    },
  );

  it('leaves a library stored without its version meta as it is', () => {
    const library: PackLibrary = {
      entries: [{ id: 'p-1', kind: 'local', text: ACME, lastGood: ACME }],
      assignments: [{ id: 'r', entry: 'p-1', platform: 'x' }],
      fallback: 'p-1',
    };
    expect(migrateTeamPackV1(library)).toBe(library);
  });
});

describe('local:teamPack from version 1 to the version 2 library', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it.each([
    ['without a version meta (as version 1 builds wrote it)', {}],
    ['with meta v1', { teamPack$: { v: 1 } }],
  ])('migrates a valid pack %s, and it stays in use', async (_name, meta) => {
    await fakeBrowser.storage.local.set({ teamPack: { text: ACME, lastGood: ACME }, ...meta });
    const { packLibrary } = await startNewBuild();
    const library = await packLibrary.getValue();
    expect(library).toEqual({
      entries: [{ id: MIGRATED_ENTRY_ID, kind: 'local', text: ACME, lastGood: ACME }],
      assignments: [],
      fallback: MIGRATED_ENTRY_ID,
    });
    // Written back with the new version, so the next start does not migrate again.
    expect(await raw()).toEqual({ teamPack: library, teamPack$: { v: 2 } });
    const active = activeOf(library);
    expect(active).toMatchObject({ entry: MIGRATED_ENTRY_ID, reason: 'fallback', source: 'team' });
    expect(active.pack.name).toBe('Acme care');
    expect(active.pack.version).toBe('1.2.0');
  });

  it('keeps a broken pack’s last good version in use, with the problems', async () => {
    await fakeBrowser.storage.local.set({ teamPack: { text: BROKEN, lastGood: ACME } });
    const { packLibrary } = await startNewBuild();
    const library = await packLibrary.getValue();
    expect(library.entries).toEqual([
      { id: MIGRATED_ENTRY_ID, kind: 'local', text: BROKEN, lastGood: ACME },
    ]);
    const active = activeOf(library);
    expect(active).toMatchObject({ entry: MIGRATED_ENTRY_ID, source: 'last-good' });
    expect(active.pack.version).toBe('1.2.0');
    expect(active.problems.map((p) => p.path)).toEqual(['id']);
  });

  it('a version 1 pack that never was valid: the built-in pack, with its problems', async () => {
    await fakeBrowser.storage.local.set({ teamPack: { text: BROKEN } });
    const { packLibrary } = await startNewBuild();
    const active = activeOf(await packLibrary.getValue());
    expect(active).toMatchObject({ entry: BUILTIN_ENTRY, source: 'default' });
    expect(active.problems.map((p) => p.path)).toEqual(['id']);
  });

  it('a fresh profile: the empty library, and the first write records version 2', async () => {
    const { packLibrary } = await startNewBuild();
    expect(await packLibrary.getValue()).toEqual({
      entries: [],
      assignments: [],
      fallback: BUILTIN_ENTRY,
    });
    const library: PackLibrary = {
      entries: [{ id: 'p-1', kind: 'local', text: ACME, lastGood: ACME }],
      assignments: [],
      fallback: 'p-1',
    };
    await packLibrary.setValue(library);
    expect(await raw()).toEqual({ teamPack: library, teamPack$: { v: 2 } });
    // The next start reads it as it is.
    const again = await startNewBuild();
    expect(await again.packLibrary.getValue()).toEqual(library);
  });

  it('a version 2 library that lost its meta is not emptied at the next start', async () => {
    const library: PackLibrary = {
      entries: [{ id: 'p-1', kind: 'local', text: ACME, lastGood: ACME }],
      assignments: [{ id: 'r', entry: 'p-1', platform: 'x' }],
      fallback: BUILTIN_ENTRY,
    };
    await fakeBrowser.storage.local.set({ teamPack: library });
    const { packLibrary } = await startNewBuild();
    expect(await packLibrary.getValue()).toEqual(library);
  });
});

describe('the other pack items', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('start empty: no subscriptions, automatic choice', async () => {
    const { packSubscriptions, packChoice } = await startNewBuild();
    expect(await packSubscriptions.getValue()).toEqual({});
    expect(await packChoice.getValue()).toBeNull();
  });

  it('store the choice under local:packChoice', async () => {
    const { packChoice } = await startNewBuild();
    await packChoice.setValue('p-1');
    expect((await fakeBrowser.storage.local.get('packChoice')).packChoice).toBe('p-1');
    await packChoice.setValue(null);
    expect(await packChoice.getValue()).toBeNull();
  });
});
