import { Dexie, type Table } from 'dexie';
import { SCHEMA_VERSIONS, type MemoryTable } from './schema-versions';
import type { Contact, Identity, Interaction, LinkRecord } from './types';

export const MEMORY_TABLES: readonly MemoryTable[] = [
  'contacts',
  'identities',
  'interactions',
  'links',
];

export interface DbOptions {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/** The customer-memory database with every schema version declared, so Dexie upgrades in order. */
export class MemoryDb extends Dexie {
  contacts!: Table<Contact, string>;
  identities!: Table<Identity, string>;
  interactions!: Table<Interaction, string>;
  links!: Table<LinkRecord, string>;

  constructor(name: string, options: DbOptions = {}) {
    super(name, {
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    for (const entry of SCHEMA_VERSIONS) {
      const version = this.version(entry.version).stores(entry.stores);
      const { migrate } = entry;
      if (!migrate) continue;
      version.upgrade(async (tx) => {
        for (const table of MEMORY_TABLES) {
          const change = migrate[table];
          if (!change) continue;
          await tx
            .table(table)
            .toCollection()
            .modify((record: Record<string, unknown>, ref: { value: unknown }) => {
              ref.value = change(record);
            });
        }
      });
    }
  }
}
