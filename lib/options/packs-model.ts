import { addLocalPack, findEntry, removeEntry } from '../packs/library';
import { packOfEntry, type PackWorld } from '../packs/resolve';
import {
  BUILTIN_ENTRY,
  MANAGED_INLINE_ENTRY,
  type Assignment,
  type PackEntryId,
  type PackLibrary,
} from '../packs/types';
import type { PackProblem } from '../voice/problems';
import { claimedField } from '../voice/claimed';
import { defaultPackInput } from '../voice/default-pack';

/** What a row of the pack list stands for. */
export type PackRowKind = 'builtin' | 'managed' | 'local' | 'subscription';

export interface PackRow {
  entry: PackEntryId;
  kind: PackRowKind;
  /** The pack's name, or what names the entry when it has no usable pack yet (a URL, an id). */
  name: string;
  version?: string;
  /** Only local packs are edited here; the others are shown and can be duplicated. */
  editable: boolean;
  /** `last-good`: the current text is broken and its last good version is in use. */
  source?: 'team' | 'last-good';
  problems: PackProblem[];
}

/** The packs of the library as the list shows them: built-in, the administrator's, then the library's. */
export function packRows(world: PackWorld): PackRow[] {
  const row = (entry: PackEntryId, kind: PackRowKind, fallbackName: string): PackRow => {
    const found = packOfEntry(world, entry);
    const pack = found?.pack;
    return {
      entry,
      kind,
      name: pack?.name ?? fallbackName,
      ...(pack === undefined ? {} : { version: pack.version }),
      editable: kind === 'local' && !world.policy.lockPacks,
      ...(found?.source === undefined ? {} : { source: found.source }),
      problems: found?.problems ?? [],
    };
  };
  const rows = [row(BUILTIN_ENTRY, 'builtin', BUILTIN_ENTRY)];
  if (world.policy.pack !== undefined)
    rows.push(row(MANAGED_INLINE_ENTRY, 'managed', MANAGED_INLINE_ENTRY));
  for (const entry of world.library.entries)
    rows.push(
      entry.kind === 'local'
        ? row(entry.id, 'local', entry.id)
        : row(entry.id, 'subscription', entry.url),
    );
  return rows;
}

/** The JSON text of any entry as written: a local pack's text, a download, the policy's pack. */
export function entryText(world: PackWorld, id: PackEntryId): string | undefined {
  if (id === BUILTIN_ENTRY) return prettyJson(defaultPackInput);
  if (id === MANAGED_INLINE_ENTRY) return world.policy.pack;
  const entry = findEntry(world.library, id);
  if (entry === undefined) return undefined;
  return entry.kind === 'local' ? entry.text : world.states[entry.id]?.text;
}

export function prettyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The pack ids the library's local packs use, so a new pack gets one of its own. */
function localPackIds(library: PackLibrary): Set<string> {
  const ids = new Set<string>([defaultPackInput.id]);
  for (const entry of library.entries) {
    if (entry.kind !== 'local') continue;
    const id = claimedField(entry.text, 'id');
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

/** `base`, or `base-2`, `base-3`… whichever no local pack uses yet. */
export function freePackId(library: PackLibrary, base: string): string {
  const taken = localPackIds(library);
  const stem = base.replace(/-\d+$/, '') || 'pack';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

export type NewPackStart = 'default' | 'empty';

/**
 * The text of a new pack: the built-in default to change, or the smallest valid pack. `name` is
 * the pack's name in the user's language; the id is made unique among the library's local packs.
 */
export function newPackText(library: PackLibrary, start: NewPackStart, name: string): string {
  const id = freePackId(library, 'team-voice');
  if (start === 'default') return prettyJson({ ...defaultPackInput, id, name, version: '1.0.0' });
  return prettyJson({ id, name, version: '1.0.0', languages: ['en'] });
}

/**
 * A copy of a pack's text under a new id and name, so both can live in one library. Text that is
 * not a JSON object is copied as it is: the copy is for fixing it.
 */
export function duplicateText(
  library: PackLibrary,
  text: string,
  nameOf: (name: string) => string,
): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return text;
  const pack = value as Record<string, unknown>;
  const id = typeof pack.id === 'string' ? pack.id : 'pack';
  const name = typeof pack.name === 'string' ? pack.name : id;
  return prettyJson({ ...pack, id: freePackId(library, `${id}-copy`), name: nameOf(name) });
}

/**
 * The library with a new local pack. The first pack a user writes becomes the one used where no
 * rule matches: a team lead who writes a pack means the team to use it.
 */
export function withNewPack(
  library: PackLibrary,
  text: string,
): { library: PackLibrary; id: PackEntryId } {
  const firstOwn = !library.entries.some((entry) => entry.kind === 'local');
  const added = addLocalPack(library, text);
  if (firstOwn && library.fallback === BUILTIN_ENTRY)
    return { library: { ...added.library, fallback: added.id }, id: added.id };
  return added;
}

/** The assignment rules that go when an entry is deleted. */
export function assignmentsOf(library: PackLibrary, id: PackEntryId): Assignment[] {
  return library.assignments.filter((rule) => rule.entry === id);
}

export { removeEntry };

/** The rules with the one at `index` moved by `by` (−1 up, +1 down); unchanged at the ends. */
export function moveAssignment(rules: Assignment[], index: number, by: -1 | 1): Assignment[] {
  const to = index + by;
  if (index < 0 || index >= rules.length || to < 0 || to >= rules.length) return rules;
  const next = [...rules];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** A new assignment id, unique among `rules`. */
export function newAssignmentId(rules: Assignment[]): string {
  for (;;) {
    const id = `a-${Math.random().toString(36).slice(2, 10)}`;
    if (!rules.some((rule) => rule.id === id)) return id;
  }
}

/** `acme-care-1.2.0.json`; a name safe on every file system. */
export function exportFileName(id: string, version: string): string {
  const safe = (part: string) => part.replace(/[^\w.+-]/g, '-');
  return `${safe(id)}-${safe(version)}.json`;
}
