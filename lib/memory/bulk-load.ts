/**
 * Writing many records at once, for the memory benchmark's dataset (a million interactions):
 * recordSend writes one send per transaction, which would take hours at that size. Not used by
 * the extension itself. The records go in as they are, unvalidated: the caller vouches for them.
 */
import { MemoryDb, type DbOptions } from './db';
import type { Contact, Identity, Interaction, LinkRecord } from './types';

export interface BulkRecords {
  contacts?: readonly Contact[];
  identities?: readonly Identity[];
  interactions?: readonly Interaction[];
  links?: readonly LinkRecord[];
}

/** Records per bulkAdd call: large enough to batch the requests, small enough to keep each call's memory low. */
const SLICE = 2000;

export interface BulkLoader {
  /** Adds the records in one transaction (all or nothing), in slices of bulkAdd. */
  add(records: BulkRecords): Promise<void>;
  close(): void;
}

/**
 * A second connection to the memory database `name` (open it with openMemory first, or after:
 * both declare the same schema), for adding records in bulk.
 */
export async function openBulkLoader(name: string, options: DbOptions = {}): Promise<BulkLoader> {
  const db = new MemoryDb(name, options);
  await db.open();
  return {
    add: (records) => bulkLoad(db, records),
    close: () => db.close(),
  };
}

export function bulkLoad(db: MemoryDb, records: BulkRecords): Promise<void> {
  return db.transaction('rw', [db.contacts, db.identities, db.interactions, db.links], async () => {
    const tables = [
      [db.contacts, records.contacts],
      [db.identities, records.identities],
      [db.interactions, records.interactions],
      [db.links, records.links],
    ] as const;
    for (const [table, list] of tables) {
      if (!list) continue;
      for (let start = 0; start < list.length; start += SLICE)
        // Each table's records are of its own type: the tuple loses the pairing.
        await (table as { bulkAdd(items: readonly unknown[]): Promise<unknown> }).bulkAdd(
          list.slice(start, start + SLICE),
        );
    }
  });
}
