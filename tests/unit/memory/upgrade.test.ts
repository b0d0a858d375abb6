import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { IDBKeyRange as FakeKeyRange, indexedDB as fakeIndexedDB } from 'fake-indexeddb';
import { openMemory } from '../../../lib/memory';
import {
  CURRENT_SCHEMA_VERSION,
  SCHEMA_VERSIONS,
  type MemoryTable,
  type StoredRecord,
} from '../../../lib/memory/schema-versions';
import { MEMORY_TABLES } from '../../../lib/memory/db';
import { uniqueName } from './helpers';

interface Fixture {
  version: number;
  tables: Record<MemoryTable, StoredRecord[]>;
}

function fixturePath(version: number): string {
  return fileURLToPath(new URL(`../../fixtures/memory/v${version}.json`, import.meta.url));
}

function loadFixture(version: number): Fixture {
  return JSON.parse(readFileSync(fixturePath(version), 'utf8')) as Fixture;
}

/**
 * A database exactly as schema version `version` left it: that version's store definitions
 * only (no later versions declared), filled with its fixture's records as they were stored.
 */
async function createDatabaseAt(name: string, version: number, fixture: Fixture): Promise<void> {
  const entry = SCHEMA_VERSIONS.find((candidate) => candidate.version === version)!;
  const db = new Dexie(name, { indexedDB: fakeIndexedDB, IDBKeyRange: FakeKeyRange });
  db.version(version).stores(entry.stores);
  await db.open();
  await db.transaction('rw', MEMORY_TABLES as MemoryTable[], async () => {
    for (const table of MEMORY_TABLES) await db.table(table).bulkAdd(fixture.tables[table]);
  });
  db.close();
}

/** What the current code should find: each record through every later version's migration. */
function expectedAfterUpgrade(from: number, fixture: Fixture): Record<MemoryTable, StoredRecord[]> {
  const expected = structuredClone(fixture.tables);
  for (const entry of SCHEMA_VERSIONS) {
    if (entry.version <= from || !entry.migrate) continue;
    for (const table of MEMORY_TABLES) {
      const migrate = entry.migrate[table];
      if (migrate) expected[table] = expected[table].map(migrate);
    }
  }
  return expected;
}

const byId = (records: readonly StoredRecord[]) =>
  [...records].sort((a, b) => String(a.id).localeCompare(String(b.id)));

describe('schema upgrades keep every record', () => {
  it('has one fixture per schema version, with versions numbered 1, 2, 3… in order', () => {
    expect(SCHEMA_VERSIONS.map((entry) => entry.version)).toEqual(
      SCHEMA_VERSIONS.map((_, index) => index + 1),
    );
    for (const { version } of SCHEMA_VERSIONS) {
      expect(existsSync(fixturePath(version)), `tests/fixtures/memory/v${version}.json`).toBe(true);
      expect(loadFixture(version).version).toBe(version);
    }
  });

  it('the fixtures are realistic: notes and tags, several platforms, unicode and long text, an undone link', () => {
    for (const { version } of SCHEMA_VERSIONS) {
      const { tables } = loadFixture(version);
      const text = JSON.stringify(tables);
      expect(tables.contacts.some((contact) => (contact.tags as string[]).length > 1)).toBe(true);
      expect(new Set(tables.identities.map((identity) => identity.platform)).size).toBeGreaterThan(
        3,
      );
      expect(text).toMatch(/\p{Extended_Pictographic}/u);
      expect(text).toMatch(/\p{Script=Arabic}/u);
      expect(
        Math.max(...tables.interactions.map((i) => String(i.theirMessage ?? '').length)),
      ).toBeGreaterThan(4000);
      expect(tables.links.some((link) => link.undoneAt !== undefined)).toBe(true);
    }
  });

  it.each(SCHEMA_VERSIONS.map((entry) => entry.version))(
    `a database of schema version %i opens with the current code (version ${CURRENT_SCHEMA_VERSION}) with every record intact and usable`,
    async (version) => {
      const fixture = loadFixture(version);
      const name = uniqueName(`upgrade-v${version}`);
      await createDatabaseAt(name, version, fixture);
      const memory = await openMemory({
        name,
        indexedDB: fakeIndexedDB,
        IDBKeyRange: FakeKeyRange,
      });
      const backup = await memory.exportBackup();
      const expected = expectedAfterUpgrade(version, fixture);
      for (const table of MEMORY_TABLES)
        expect(byId(backup[table] as unknown as StoredRecord[]), table).toEqual(
          byId(expected[table]),
        );
      // The indexes work on the upgraded data: history across linked identities, counts,
      // search, and the unique send key (a send already in the fixture is not recorded again).
      const maya = await memory.lookup('x', { handle: 'Maya_P' });
      expect(maya?.contact.id).toBe('c-maya');
      expect(maya?.identities.map((identity) => identity.id)).toEqual([
        'x:@maya_p',
        'instagram:@maya.patel',
      ]);
      expect(maya?.interactions.map((interaction) => interaction.id)).toEqual(['i-2', 'i-1']);
      expect(maya?.unresolved).toBe(1);
      expect(await memory.lookup('whatsapp', { displayName: 'Jörg  Müller' })).not.toBeNull();
      expect((await memory.searchContacts('日本')).map((result) => result.contact.id)).toEqual([
        'c-aiko',
      ]);
      const again = expected.interactions[0]!;
      const repeat = await memory.recordSend({
        sendKey: String(again.sendKey),
        platform: 'instagram',
        composerKind: 'direct-message',
        customer: { handle: 'maya.patel' },
        ourReply: 'duplicate',
        at: Number(again.at),
        packId: 'acme-care',
        packVersion: '2.1.0',
        findings: [],
        suggestion: 'as-is',
      });
      expect(repeat.created).toBe(false);
      expect(await memory.counts()).toEqual({
        contacts: expected.contacts.length,
        identities: expected.identities.length,
        interactions: expected.interactions.length,
      });
      const undone = backup.links.find((link) => link.undoneAt !== undefined)!;
      await expect(memory.undo(undone.id)).rejects.toMatchObject({ kind: 'conflict' });
      memory.close();
    },
  );
});
