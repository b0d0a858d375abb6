/**
 * What the customer data section asks of customer memory, one function per step, so the hook
 * (data-hook.ts) only holds state. Everything here goes through lib/memory's public API.
 */
import {
  MemoryError,
  type Contact,
  type CustomerMemory,
  type Identity,
  type Interaction,
  type LinkRecord,
  type LinkSuggestion,
  type MemoryErrorKind,
  type MemoryProblem,
} from '../memory';
import { backupChunks, parseBackupText } from '../memory/backup';

export interface ContactRow {
  contact: Contact;
  identities: Identity[];
  lastAt?: number;
  /** Undefined when the history could not be read for this row. */
  conversations?: number;
}

/** A suggestion for one of the contact's own identities. */
export interface SuggestionRow {
  own: Identity;
  suggestion: LinkSuggestion;
}

export interface ContactDetail {
  contact: Contact;
  identities: Identity[];
  /** Newest first, across all identities (capped by memory's lookup). */
  interactions: Interaction[];
  conversations: number;
  suggestions: SuggestionRow[];
  links: LinkRecord[];
}

/** A storage failure as the page explains it: the kind picks the text, the message is detail. */
export interface DataFailure {
  kind: MemoryErrorKind;
  detail: string;
  problems: MemoryProblem[];
}

export function toFailure(error: unknown): DataFailure {
  if (error instanceof MemoryError)
    return { kind: error.kind, detail: error.message, problems: error.problems };
  return {
    kind: 'unknown',
    detail: error instanceof Error ? error.message : String(error),
    problems: [],
  };
}

export const SEARCH_LIMIT = 25;

/** The contact an identity belongs to now, with its whole history, or null if it is gone. */
async function recordOf(memory: CustomerMemory, identity: Identity) {
  const { handle, displayName } = identity;
  return memory.lookup(identity.platform, {
    ...(handle !== undefined ? { handle } : {}),
    ...(displayName !== undefined ? { displayName } : {}),
  });
}

/** Search results with each contact's number of conversations (empty query: the latest). */
export async function searchRows(
  memory: CustomerMemory,
  query: string,
  limit = SEARCH_LIMIT,
): Promise<ContactRow[]> {
  const found = await memory.searchContacts(query, limit);
  return Promise.all(
    found.map(async (row) => {
      const first = row.identities[0];
      const record = first ? await recordOf(memory, first) : null;
      return record && record.contact.id === row.contact.id
        ? { ...row, conversations: record.conversations }
        : { ...row };
    }),
  );
}

/**
 * Everything the detail view shows about the contact `anchor` belongs to now: after a link or
 * merge that may be another contact than before (the older one survives), so the view follows
 * the identity rather than the contact id.
 */
export async function loadDetail(
  memory: CustomerMemory,
  anchor: Identity,
): Promise<ContactDetail | null> {
  const record = await recordOf(memory, anchor);
  if (!record) return null;
  const [suggestions, links] = await Promise.all([
    Promise.all(
      record.identities.map(async (own) =>
        (await memory.suggestLinks(own.id)).map((suggestion) => ({ own, suggestion })),
      ),
    ),
    memory.links(record.contact.id),
  ]);
  return {
    contact: record.contact,
    identities: record.identities,
    interactions: record.interactions,
    conversations: record.conversations,
    suggestions: dedupeSuggestions(suggestions.flat()),
    links,
  };
}

/** One row per identity to link: the same person can be suggested from two of ours. */
function dedupeSuggestions(rows: SuggestionRow[]): SuggestionRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    if (seen.has(row.suggestion.identity.id)) return false;
    seen.add(row.suggestion.identity.id);
    return true;
  });
}

/** Who confirms links on this device: the agent's initials from the panel settings, or "you". */
export function confirmer(agentInitials: string | undefined): string {
  return agentInitials?.trim() || 'you';
}

/** The full backup as the pieces of JSON text the download is made of. */
export async function backupParts(memory: CustomerMemory): Promise<Iterable<string>> {
  return backupChunks(await memory.exportBackup());
}

/**
 * A backup file's text → validated → written in one transaction. A bad file throws the
 * 'invalid-import' MemoryError with every problem and where it is; nothing was written then.
 */
export async function importText(
  memory: CustomerMemory,
  text: string,
  mode: 'replace' | 'merge',
): Promise<{ contacts: number; identities: number; interactions: number }> {
  const parsed = parseBackupText(text);
  if (!parsed.ok) throw new MemoryError('invalid-import', undefined, parsed.problems);
  return memory.importBackup(parsed.backup, mode);
}
