import { storage } from 'wxt/utils/storage';
import { EMPTY_LIBRARY } from '../packs/library';
import type { PackEntryId, PackLibrary, SubscriptionStates } from '../packs/types';
import { parsePack } from '../voice/parse';

/** Version 1 of `local:teamPack`: one pack, as the team lead saved it. */
export interface StoredTeamPackV1 {
  text: string;
  lastGood?: string;
}

/** The id version 1's single pack gets in the library. */
export const MIGRATED_ENTRY_ID: PackEntryId = 'team';

/** Whether a stored value already has the library's shape (version 2). */
export function isPackLibrary(value: unknown): value is PackLibrary {
  const v = value as Partial<PackLibrary> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    Array.isArray(v.entries) &&
    Array.isArray(v.assignments) &&
    typeof v.fallback === 'string'
  );
}

/**
 * Version 1 → 2: the single team pack becomes the library's one local pack, used everywhere. A
 * library stored without its version meta (storage restored, written by hand) stays as it is:
 * read as version 1 it would turn into an empty library, and the user's packs would be lost.
 */
export function migrateTeamPackV1(value: unknown): PackLibrary {
  if (isPackLibrary(value)) return value;
  const v = value as StoredTeamPackV1 | null;
  if (typeof v !== 'object' || v === null || typeof v.text !== 'string')
    return { ...EMPTY_LIBRARY, entries: [], assignments: [] };
  const lastGood =
    typeof v.lastGood === 'string' ? v.lastGood : parsePack(v.text).ok ? v.text : undefined;
  return {
    entries: [
      {
        id: MIGRATED_ENTRY_ID,
        kind: 'local',
        text: v.text,
        ...(lastGood === undefined ? {} : { lastGood }),
      },
    ],
    assignments: [],
    fallback: MIGRATED_ENTRY_ID,
  };
}

/**
 * The one definition of the user's packs (`chrome.storage.local`), written by the options page
 * (and the migration). Version 2: the pack library; version 1 held a single pack.
 */
export const packLibrary = storage.defineItem<PackLibrary>('local:teamPack', {
  version: 2,
  fallback: { ...EMPTY_LIBRARY, entries: [], assignments: [] },
  migrations: { 2: migrateTeamPackV1 },
});

/** What was downloaded for each subscription, keyed by entry id. Written by the background only. */
export const packSubscriptions = storage.defineItem<SubscriptionStates>('local:packSubscriptions', {
  version: 1,
  fallback: {},
  migrations: {},
});

/** The panel's quick switch: an entry id, or null to follow the assignment rules. */
export const packChoice = storage.defineItem<PackEntryId | null>('local:packChoice', {
  version: 1,
  fallback: null,
  migrations: {},
});
