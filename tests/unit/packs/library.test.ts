import { describe, expect, it } from 'vitest';
import {
  EMPTY_LIBRARY,
  addLocalPack,
  addSubscription,
  entryPack,
  findEntry,
  newEntryId,
  removeEntry,
  withAssignments,
  withFallback,
  withLocalText,
  withPinned,
} from '../../../lib/packs/library';
import { BUILTIN_ENTRY, type PackLibrary } from '../../../lib/packs/types';
import { brokenPackText, packText } from './helpers';

const ACME = packText('Acme care', { version: '1.0.0' });
const ACME_2 = packText('Acme care', { version: '2.0.0' });

function libraryWith(...texts: string[]): { library: PackLibrary; ids: string[] } {
  let library: PackLibrary = { ...EMPTY_LIBRARY, entries: [], assignments: [] };
  const ids: string[] = [];
  for (const text of texts) {
    const added = addLocalPack(library, text);
    library = added.library;
    ids.push(added.id);
  }
  return { library, ids };
}

describe('the pack library’s operations', () => {
  it('adds a valid local pack with its text as the last good one', () => {
    const { library, ids } = libraryWith(ACME);
    expect(findEntry(library, ids[0]!)).toEqual({
      id: ids[0],
      kind: 'local',
      text: ACME,
      lastGood: ACME,
    });
    expect(EMPTY_LIBRARY.entries).toEqual([]);
  });

  it('adds a broken local pack without a last good version', () => {
    const broken = brokenPackText('Draft');
    const { library, ids } = libraryWith(broken);
    const entry = findEntry(library, ids[0]!);
    expect(entry).toEqual({ id: ids[0], kind: 'local', text: broken });
    expect(entryPack(entry!, {})).toEqual({
      problems: [{ path: 'id', message: expect.any(String) }],
    });
  });

  it('saves a new valid text as the last good one', () => {
    const { library, ids } = libraryWith(ACME);
    const saved = withLocalText(library, ids[0]!, ACME_2);
    expect(findEntry(saved, ids[0]!)).toMatchObject({ text: ACME_2, lastGood: ACME_2 });
    expect(entryPack(findEntry(saved, ids[0]!)!, {})).toMatchObject({
      pack: { version: '2.0.0' },
      source: 'team',
      problems: [],
    });
  });

  it('keeps the last good text when the new one is invalid, and uses it with the problems', () => {
    const { library, ids } = libraryWith(ACME);
    const broken = brokenPackText('Acme care');
    const saved = withLocalText(library, ids[0]!, broken);
    const entry = findEntry(saved, ids[0]!)!;
    expect(entry).toMatchObject({ text: broken, lastGood: ACME });
    const found = entryPack(entry, {});
    expect(found.source).toBe('last-good');
    expect(found.pack?.name).toBe('Acme care');
    expect(found.pack?.version).toBe('1.0.0');
    expect(found.problems.map((p) => p.path)).toEqual(['id']);
    // The library given is not changed.
    expect(findEntry(library, ids[0]!)).toMatchObject({ text: ACME });
  });

  it('leaves other entries and subscriptions alone when saving a text', () => {
    const { library, ids } = libraryWith(ACME, packText('Beta'));
    const { library: withSub, id: sub } = addSubscription(library, 'https://packs.example/a.json');
    const saved = withLocalText(withLocalText(withSub, ids[0]!, ACME_2), sub, ACME_2);
    expect(findEntry(saved, ids[1]!)).toBe(findEntry(withSub, ids[1]!));
    expect(findEntry(saved, sub)).toEqual(findEntry(withSub, sub));
  });

  it('adds subscriptions unpinned, managed only when asked', () => {
    const { library, id } = addSubscription(libraryWith().library, 'https://packs.example/a.json');
    expect(findEntry(library, id)).toEqual({
      id,
      kind: 'subscription',
      url: 'https://packs.example/a.json',
      pinned: false,
    });
    const managed = addSubscription(library, 'https://it.example/b.json', true);
    expect(findEntry(managed.library, managed.id)).toMatchObject({ managed: true });
    expect(managed.id).not.toBe(id);
  });

  it('pins and unpins a subscription only', () => {
    const { library: base, ids } = libraryWith(ACME);
    const { library, id } = addSubscription(base, 'https://packs.example/a.json');
    const pinned = withPinned(withPinned(library, id, true), ids[0]!, true);
    expect(findEntry(pinned, id)).toMatchObject({ pinned: true });
    expect(findEntry(pinned, ids[0]!)).toEqual(findEntry(library, ids[0]!));
    expect(findEntry(withPinned(pinned, id, false), id)).toMatchObject({ pinned: false });
  });

  it('removes an entry with its assignments and puts the fallback back on the built-in pack', () => {
    const { library: base, ids } = libraryWith(ACME, packText('Beta'));
    const [a, b] = ids as [string, string];
    const library = withFallback(
      withAssignments(base, [
        { id: 'r1', entry: a, platform: 'x' },
        { id: 'r2', entry: b, platform: 'linkedin' },
        { id: 'r3', entry: a, account: 'acme' },
      ]),
      a,
    );
    const removed = removeEntry(library, a);
    expect(removed.entries.map((e) => e.id)).toEqual([b]);
    expect(removed.assignments).toEqual([{ id: 'r2', entry: b, platform: 'linkedin' }]);
    expect(removed.fallback).toBe(BUILTIN_ENTRY);
    // Another entry's removal keeps the fallback.
    expect(removeEntry(library, b).fallback).toBe(a);
  });

  it('gives ids unique in the library and never the built-in one', () => {
    const { library } = libraryWith(ACME, ACME, ACME);
    const ids = new Set(library.entries.map((e) => e.id));
    expect(ids.size).toBe(3);
    expect(ids.has(BUILTIN_ENTRY)).toBe(false);
    expect(newEntryId(library, 's')).toMatch(/^s-/);
  });
});

describe('entryPack for a subscription', () => {
  const { library, id } = addSubscription(
    { ...EMPTY_LIBRARY, entries: [], assignments: [] },
    'https://packs.example/a.json',
  );
  const entry = findEntry(library, id)!;

  it('has no pack before the first download', () => {
    expect(entryPack(entry, {})).toEqual({ problems: [] });
    expect(entryPack(entry, { [id]: { checkedAt: 1 } })).toEqual({
      problems: [],
    });
  });

  it('uses the downloaded text, not a pinned entry’s waiting update', () => {
    const found = entryPack(entry, {
      [id]: {
        text: ACME,
        available: { at: 2, from: '1.0.0', to: '2.0.0', changes: [], text: ACME_2 },
      },
    });
    expect(found).toMatchObject({ pack: { version: '1.0.0' }, source: 'team', problems: [] });
  });
});
