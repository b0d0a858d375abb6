import type { UiLanguage } from '../i18n/types';
import { parsePack, type ParseResult } from '../voice/parse';
import type { PackProblem } from '../voice/problems';
import type { VoicePack } from '../voice/schema';
import {
  BUILTIN_ENTRY,
  type Assignment,
  type LocalPackEntry,
  type PackEntry,
  type PackEntryId,
  type PackLibrary,
  type SubscriptionEntry,
  type SubscriptionStates,
} from './types';

export const EMPTY_LIBRARY: Readonly<PackLibrary> = Object.freeze({
  entries: [],
  assignments: [],
  fallback: BUILTIN_ENTRY,
});

/** A new entry id, unique within `library` (random, so two browsers never collide on import). */
export function newEntryId(library: PackLibrary, prefix = 'p'): PackEntryId {
  for (;;) {
    const id = `${prefix}-${Math.random().toString(36).slice(2, 10)}`;
    if (!library.entries.some((entry) => entry.id === id) && id !== BUILTIN_ENTRY) return id;
  }
}

export function findEntry(library: PackLibrary, id: PackEntryId): PackEntry | undefined {
  return library.entries.find((entry) => entry.id === id);
}

/** The library with `text` saved for a local entry: its last good text moves on only when `text` is valid. */
export function withLocalText(library: PackLibrary, id: PackEntryId, text: string): PackLibrary {
  return {
    ...library,
    entries: library.entries.map((entry) => {
      if (entry.id !== id || entry.kind !== 'local') return entry;
      const next: LocalPackEntry = { ...entry, text };
      if (parsePackCached(text).ok) next.lastGood = text;
      return next;
    }),
  };
}

/** The library with a new local pack (valid or not) added; the id is returned with it. */
export function addLocalPack(
  library: PackLibrary,
  text: string,
): { library: PackLibrary; id: PackEntryId } {
  const id = newEntryId(library);
  const entry: LocalPackEntry = { id, kind: 'local', text };
  if (parsePackCached(text).ok) entry.lastGood = text;
  return { library: { ...library, entries: [...library.entries, entry] }, id };
}

/** The library with a subscription added (the URL must have been checked with `checkPackUrl`). */
export function addSubscription(
  library: PackLibrary,
  url: string,
  managed = false,
): { library: PackLibrary; id: PackEntryId } {
  const id = newEntryId(library, 's');
  const entry: SubscriptionEntry = { id, kind: 'subscription', url, pinned: false };
  if (managed) entry.managed = true;
  return { library: { ...library, entries: [...library.entries, entry] }, id };
}

/** The library without an entry, its assignments, and with the fallback back on the default if it was this one. */
export function removeEntry(library: PackLibrary, id: PackEntryId): PackLibrary {
  return {
    entries: library.entries.filter((entry) => entry.id !== id),
    assignments: library.assignments.filter((rule) => rule.entry !== id),
    fallback: library.fallback === id ? BUILTIN_ENTRY : library.fallback,
  };
}

export function withPinned(library: PackLibrary, id: PackEntryId, pinned: boolean): PackLibrary {
  return {
    ...library,
    entries: library.entries.map((entry) =>
      entry.id === id && entry.kind === 'subscription' ? { ...entry, pinned } : entry,
    ),
  };
}

export function withAssignments(library: PackLibrary, assignments: Assignment[]): PackLibrary {
  return { ...library, assignments };
}

export function withFallback(library: PackLibrary, fallback: PackEntryId): PackLibrary {
  return { ...library, fallback };
}

/** The entry's pack as it is now: what the editor holds (local) or what was downloaded (subscription). */
export interface EntryPack {
  /** The text in use, when there is a usable one. */
  pack?: VoicePack;
  /** `last-good`: the current text is broken and the last good one is used. */
  source?: 'team' | 'last-good';
  /** Problems of the current text (local), empty when valid. */
  problems: PackProblem[];
}

// Parsing a pack costs about a millisecond per 50 KB; the panel resolves on every context change,
// and the options page validates the text it saves right after the editor did.
const parsed = new Map<string, ParseResult>();
/** parsePack, remembered for the last few texts (problems in `locale`, English by default). */
export function parsePackCached(text: string, locale: UiLanguage = 'en'): ParseResult {
  const key = locale === 'en' ? text : `${locale}\u0000${text}`;
  let result = parsed.get(key);
  if (result === undefined) {
    result = parsePack(text, { locale });
    if (parsed.size > 16) parsed.clear();
    parsed.set(key, result);
  }
  return result;
}

/** `locale`: the language of the problems (the panel's UI language), English when absent. */
export function entryPack(
  entry: PackEntry,
  states: SubscriptionStates,
  locale: UiLanguage = 'en',
): EntryPack {
  if (entry.kind === 'subscription') {
    const text = states[entry.id]?.text;
    if (text === undefined) return { problems: [] };
    const result = parsePackCached(text, locale);
    return result.ok
      ? { pack: result.pack, source: 'team', problems: [] }
      : { problems: result.errors };
  }
  const current = parsePackCached(entry.text, locale);
  if (current.ok) return { pack: current.pack, source: 'team', problems: [] };
  if (entry.lastGood !== undefined) {
    const good = parsePackCached(entry.lastGood, locale);
    if (good.ok) return { pack: good.pack, source: 'last-good', problems: current.errors };
  }
  return { problems: current.errors };
}
