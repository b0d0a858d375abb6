import { describe, expect, it } from 'vitest';
import { EMPTY_LIBRARY } from '../../../lib/packs/library';
import { NO_POLICY } from '../../../lib/packs/resolve';
import { BUILTIN_ENTRY, MAX_PACK_BYTES, type PackLibrary } from '../../../lib/packs/types';
import {
  assignmentsOf,
  duplicateText,
  entryText,
  exportFileName,
  freePackId,
  moveAssignment,
  newPackText,
  packRows,
  withNewPack,
} from '../../../lib/options/packs-model';
import { megabytes, readPackFile } from '../../../lib/options/packs-file';
import { sectionFromHash } from '../../../lib/options/data-section';
import { parsePack } from '../../../lib/voice/parse';

const empty = (): PackLibrary => ({ ...EMPTY_LIBRARY, entries: [], assignments: [] });
const world = (library: PackLibrary, policy = NO_POLICY) => ({
  library,
  states: {},
  policy: { ...policy, packUrls: [...policy.packUrls], problems: [] },
  choice: null,
});

describe('new packs', () => {
  it('from the default is a valid pack with its own id and name; empty is the smallest valid pack', () => {
    const fromDefault = parsePack(newPackText(empty(), 'default', 'Team voice'));
    expect(fromDefault.ok && fromDefault.pack).toMatchObject({
      id: 'team-voice',
      name: 'Team voice',
      version: '1.0.0',
    });
    expect(fromDefault.ok && fromDefault.pack.vocabulary.banned.length).toBeGreaterThan(0);
    const skeleton = JSON.parse(newPackText(empty(), 'empty', 'Team voice')) as object;
    expect(skeleton).toEqual({
      id: 'team-voice',
      name: 'Team voice',
      version: '1.0.0',
      languages: ['en'],
    });
    expect(parsePack(JSON.stringify(skeleton)).ok).toBe(true);
  });

  it('gets an id no local pack uses yet', () => {
    let library = empty();
    library = withNewPack(library, newPackText(library, 'empty', 'A')).library;
    expect(freePackId(library, 'team-voice')).toBe('team-voice-2');
    library = withNewPack(library, newPackText(library, 'empty', 'B')).library;
    expect(JSON.parse(newPackText(library, 'empty', 'C')).id).toBe('team-voice-3');
  });

  it('the first pack written becomes the one used where no rule matches; later ones do not', () => {
    const first = withNewPack(empty(), newPackText(empty(), 'empty', 'A'));
    expect(first.library.fallback).toBe(first.id);
    const second = withNewPack(first.library, newPackText(first.library, 'empty', 'B'));
    expect(second.library.fallback).toBe(first.id);
    const chosen = withNewPack({ ...empty(), fallback: 's-1' }, '{}');
    expect(chosen.library.fallback).toBe('s-1');
  });

  it('a broken pack is added as it is, without a last good version', () => {
    const added = withNewPack(empty(), '{ broken');
    expect(added.library.entries[0]).toEqual({ id: added.id, kind: 'local', text: '{ broken' });
  });
});

describe('duplicate', () => {
  it('copies under a new id and name; text that is not a JSON object is copied as it is', () => {
    const text = newPackText(empty(), 'empty', 'Acme');
    const library = withNewPack(empty(), text).library;
    const copy = JSON.parse(duplicateText(library, text, (n) => `${n} (copy)`));
    expect(copy).toMatchObject({ id: 'team-voice-copy', name: 'Acme (copy)' });
    expect(duplicateText(library, '{ broken', (n) => n)).toBe('{ broken');
    expect(duplicateText(library, '[1]', (n) => n)).toBe('[1]');
  });
});

describe('rows', () => {
  it('lists the built-in pack, the administrator’s, then the library’s; only local packs are editable, none when locked', () => {
    const good = newPackText(empty(), 'empty', 'Good');
    let library = withNewPack(empty(), good).library;
    const broken = withNewPack(library, good);
    library = {
      ...broken.library,
      entries: broken.library.entries.map((e) =>
        e.id === broken.id && e.kind === 'local' ? { ...e, text: '{' } : e,
      ),
    };
    library.entries.push({
      id: 's-1',
      kind: 'subscription',
      url: 'https://example.com/p.json',
      pinned: false,
    });
    const policy = { ...NO_POLICY, pack: newPackText(empty(), 'empty', 'Org') };
    const rows = packRows(world(library, policy));
    expect(rows.map((r) => [r.kind, r.name, r.editable])).toEqual([
      ['builtin', 'Replykit default voice', false],
      ['managed', 'Org', false],
      ['local', 'Good', true],
      ['local', 'Good', true],
      ['subscription', 'https://example.com/p.json', false],
    ]);
    // The broken one keeps its last good version in use and says why.
    expect(rows[3]).toMatchObject({ source: 'last-good', version: '1.0.0' });
    expect(rows[3]!.problems[0]!.message).toMatch(/invalid JSON at line 1/);
    expect(packRows(world(library, { ...policy, lockPacks: true })).some((r) => r.editable)).toBe(
      false,
    );
    expect(entryText(world(library), 's-1')).toBeUndefined();
    expect(JSON.parse(entryText(world(library), BUILTIN_ENTRY)!).id).toBe('replykit-default');
  });
});

describe('assignments', () => {
  const rules = [
    { id: 'a', entry: 'p-1', platform: 'x' as const },
    { id: 'b', entry: 'p-2' },
    { id: 'c', entry: 'p-1', account: 'acme' },
  ];
  it('moves a rule up or down, not past the ends', () => {
    expect(moveAssignment(rules, 1, -1).map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(moveAssignment(rules, 1, 1).map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(moveAssignment(rules, 0, -1)).toBe(rules);
    expect(moveAssignment(rules, 2, 1)).toBe(rules);
  });
  it('names the rules that go with a deleted pack', () => {
    expect(assignmentsOf({ ...empty(), assignments: rules }, 'p-1').map((r) => r.id)).toEqual([
      'a',
      'c',
    ]);
  });
});

describe('files', () => {
  it('exports as <id>-<version>.json', () => {
    expect(exportFileName('acme-care', '1.2.0')).toBe('acme-care-1.2.0.json');
    expect(exportFileName('a/b', '1.0.0+x y')).toBe('a-b-1.0.0+x-y.json');
  });

  it('refuses a file over the limit by its size, without reading it', async () => {
    let read = false;
    const huge = {
      size: MAX_PACK_BYTES + 1,
      text: () => {
        read = true;
        return Promise.resolve('');
      },
    } as unknown as Blob;
    expect(await readPackFile(huge)).toEqual({
      ok: false,
      reason: 'too-large',
      bytes: MAX_PACK_BYTES + 1,
    });
    expect(read).toBe(false);
    expect(megabytes(10 * 1024 * 1024)).toBe('10.00');
  });

  it('refuses invalid JSON and invalid packs with their paths; accepts a valid pack as written', async () => {
    const bad = await readPackFile(new Blob(['{"id": 1']));
    expect(bad.ok === false && bad.reason === 'invalid' && bad.problems[0]!.path).toBe('(root)');
    const wrong = await readPackFile(
      new Blob([JSON.stringify({ id: 'x', name: 'X', version: 'one', languages: ['en'] })]),
    );
    expect(
      wrong.ok === false && wrong.reason === 'invalid' && wrong.problems.map((p) => p.path),
    ).toEqual(['version']);
    const text = newPackText(empty(), 'empty', 'Fine');
    expect(await readPackFile(new Blob([text]))).toEqual({ ok: true, text });
  });
});

describe('sections', () => {
  it('#packs opens the voice packs; no hash stays on the sites', () => {
    expect(sectionFromHash('#packs')).toBe('packs');
    expect(sectionFromHash('')).toBe('sites');
  });
});
