import type { Contact, Identity, Interaction, LinkRecord } from './types';

export type MemoryTable = 'contacts' | 'identities' | 'interactions' | 'links';

/** One record as it is stored, in whatever shape its schema version had. */
export type StoredRecord = Record<string, unknown>;

export interface SchemaVersion {
  version: number;
  /** Dexie store definitions of this version (primary key first, then indexes). */
  stores: Record<MemoryTable, string>;
  /**
   * How a record of the previous version becomes one of this version, per table (pure, so the
   * upgrade test can compute what it expects). Absent for tables whose records did not change.
   */
  migrate?: Partial<Record<MemoryTable, (record: StoredRecord) => StoredRecord>>;
}

/**
 * Every schema version there ever was, oldest first. Never edit a released entry: add the next
 * version with its stores and migrations, and a fixture tests/fixtures/memory/v<N>.json of the
 * version before it's data; tests/unit/memory/upgrade.test.ts then fills a database of every
 * earlier version and checks the upgrade keeps each record.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // name and *tags: search by prefix.
      contacts: 'id, name, *tags',
      // contactId: every identity of a person; handle/displayName: search and link suggestions;
      // lastSeen: the most recent people when the search is empty.
      identities: 'id, contactId, handle, displayName, lastSeen',
      // [identityId+at]: one person's history newest first without sorting; at: retention and
      // recent replies; &sendKey: a send is recorded once even from two tabs.
      interactions: 'id, identityId, [identityId+at], at, &sendKey, threadUrl',
      links: 'id, contactId, *identityIds, at',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** The record types of the current version (the contract in types.ts). */
export interface CurrentRecords {
  contacts: Contact;
  identities: Identity;
  interactions: Interaction;
  links: LinkRecord;
}
