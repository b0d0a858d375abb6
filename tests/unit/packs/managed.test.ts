import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANAGED_KEYS, parseManagedPolicy } from '../../../lib/packs/managed';
import { resolveActivePack, type PackWorld } from '../../../lib/packs/resolve';
import { MANAGED_INLINE_ENTRY, type PackLibrary } from '../../../lib/packs/types';

const inlinePack = JSON.stringify({
  id: 'acme-it',
  name: 'Acme (from IT)',
  version: '2.0.0',
  languages: ['en'],
  vocabulary: { banned: [{ term: 'synergy', reason: 'jargon' }] },
});

const paths = (raw: unknown) => parseManagedPolicy(raw).problems.map((p) => p.path);

describe('parseManagedPolicy: what an administrator can set', () => {
  it('no policy at all (Chrome without one answers {}) is no policy', () => {
    for (const raw of [undefined, null, {}])
      expect(parseManagedPolicy(raw)).toEqual({ packUrls: [], lockPacks: false, problems: [] });
  });

  it('reads every key when each is valid', () => {
    expect(
      parseManagedPolicy({
        packUrls: ['https://intranet.acme.example/voice.json', 'http://localhost:8080/p.json'],
        pack: inlinePack,
        lockPacks: true,
        retentionDays: 90,
        checkIntervalHours: 6,
      }),
    ).toEqual({
      packUrls: ['https://intranet.acme.example/voice.json', 'http://localhost:8080/p.json'],
      pack: inlinePack,
      lockPacks: true,
      retentionDays: 90,
      checkIntervalHours: 6,
      problems: [],
    });
  });

  it('Firefox policies.json may give the pack as an object: it is kept as its JSON text', () => {
    const policy = parseManagedPolicy({ pack: JSON.parse(inlinePack) as unknown });
    expect(policy.problems).toEqual([]);
    expect(JSON.parse(policy.pack ?? '')).toEqual(JSON.parse(inlinePack));
  });

  it('duplicate URLs count once, normalised', () => {
    expect(
      parseManagedPolicy({ packUrls: ['https://a.example/p.json', ' https://A.example/p.json '] })
        .packUrls,
    ).toEqual(['https://a.example/p.json']);
  });

  it.each([
    ['a whole policy that is not an object', 'pack-url', ['(root)']],
    ['a list of settings', [1, 2], ['(root)']],
    ['packUrls as one string', { packUrls: 'https://a.example/p.json' }, ['packUrls']],
    ['a plain http URL to another host', { packUrls: ['http://intranet/p.json'] }, ['packUrls[0]']],
    ['a file: URL', { packUrls: ['file:///etc/passwd'] }, ['packUrls[0]']],
    ['a URL with a password', { packUrls: ['https://u:p@a.example/p.json'] }, ['packUrls[0]']],
    ['a number in packUrls', { packUrls: ['https://a.example/p.json', 7] }, ['packUrls[1]']],
    ['a pack that is a number', { pack: 42 }, ['pack']],
    ['lockPacks as text', { lockPacks: 'true' }, ['lockPacks']],
    ['lockPacks as 1', { lockPacks: 1 }, ['lockPacks']],
    ['retentionDays 0', { retentionDays: 0 }, ['retentionDays']],
    ['retentionDays negative', { retentionDays: -5 }, ['retentionDays']],
    ['retentionDays a fraction', { retentionDays: 1.5 }, ['retentionDays']],
    ['retentionDays as text', { retentionDays: '30' }, ['retentionDays']],
    ['retentionDays over ten years', { retentionDays: 3651 }, ['retentionDays']],
    ['checkIntervalHours 0', { checkIntervalHours: 0 }, ['checkIntervalHours']],
    ['checkIntervalHours over 30 days', { checkIntervalHours: 721 }, ['checkIntervalHours']],
    ['a misspelt key', { lockPack: true }, ['lockPack']],
  ])('%s: ignored, with its key as the path', (_name, raw, expected) => {
    expect(paths(raw)).toEqual(expected);
  });

  it('one bad value does not undo the good ones', () => {
    const policy = parseManagedPolicy({
      packUrls: ['https://a.example/p.json', 'ftp://b.example/p.json'],
      lockPacks: 'yes',
      retentionDays: 30,
    });
    expect(policy.packUrls).toEqual(['https://a.example/p.json']);
    expect(policy.lockPacks).toBe(false);
    expect(policy.retentionDays).toBe(30);
    expect(policy.problems.map((p) => p.path)).toEqual(['packUrls[1]', 'lockPacks']);
  });

  it('a misspelt key is named with the keys there are', () => {
    const [problem] = parseManagedPolicy({ retention: 30 }).problems;
    expect(problem?.message).toContain(MANAGED_KEYS.join(', '));
  });

  it('a broken inline pack stays (the panel says why it is not used) and its problems name the key', () => {
    const broken = parseManagedPolicy({ pack: '{"id": "x",' });
    expect(broken.pack).toBe('{"id": "x",');
    expect(broken.problems).toEqual([
      { path: 'pack', message: expect.stringMatching(/^invalid JSON at line 1/) as unknown },
    ]);
    const wrongField = parseManagedPolicy({
      pack: JSON.stringify({ ...JSON.parse(inlinePack), version: 'two' }),
    });
    expect(wrongField.problems.map((p) => p.path)).toEqual(['pack.version']);
  });

  it('never throws, whatever the browser hands over', () => {
    const hostile = Object.create(null) as Record<string, unknown>;
    hostile.packUrls = [null, {}, []];
    for (const raw of [hostile, 0, '', true, Symbol('x'), () => 1])
      expect(() => parseManagedPolicy(raw)).not.toThrow();
  });
});

describe('parseManagedPolicy: problems in the language of the person in this browser', () => {
  const bad = {
    packUrls: ['http://intranet.example.com/p.json', 'ftp://example.com/p.json', 'no url', 7],
    pack: 42,
    lockPacks: 'yes',
    retentionDays: 0,
    checkIntervalHours: 1.5,
    lockpacks: true,
  };

  it('says the same problems at the same keys in German and Swedish, not in English', () => {
    const english = parseManagedPolicy(bad).problems;
    expect(english).toHaveLength(9);
    for (const locale of ['de', 'sv'] as const) {
      const spoken = parseManagedPolicy(bad, { locale }).problems;
      expect(spoken.map((p) => p.path)).toEqual(english.map((p) => p.path));
      spoken.forEach((problem, i) => expect(problem.message).not.toBe(english[i]!.message));
    }
    expect(parseManagedPolicy(bad, { locale: 'de' }).problems[0]).toEqual({
      path: 'packUrls[0]',
      message:
        'unverschlüsseltes http ist nur für localhost erlaubt; für andere Server https:// verwenden',
    });
  });
});

describe('resolveActivePack under a policy', () => {
  const library: PackLibrary = {
    entries: [
      {
        id: 'mine',
        kind: 'local',
        text: JSON.stringify({ ...JSON.parse(inlinePack), id: 'mine', name: 'Mine' }),
      },
      {
        id: 's-it',
        kind: 'subscription',
        url: 'https://it.example/p.json',
        pinned: false,
        managed: true,
      },
    ],
    assignments: [{ id: 'a1', entry: 'mine', platform: 'x' }],
    fallback: 'mine',
  };
  const itPack = JSON.stringify({
    ...JSON.parse(inlinePack),
    id: 'it-sub',
    name: 'IT subscription',
  });
  const world = (raw: unknown, choice: string | null = null): PackWorld => ({
    library,
    states: { 's-it': { text: itPack } },
    policy: parseManagedPolicy(raw),
    choice,
  });

  it('without lockPacks the user’s choice and assignments win over the administrator’s inline pack', () => {
    expect(resolveActivePack(world({ pack: inlinePack }, 'mine'), {}).entry).toBe('mine');
    expect(resolveActivePack(world({ pack: inlinePack }), { platform: 'x' }).entry).toBe('mine');
  });

  it('with lockPacks only managed packs count: the user’s choice, rules and fallback are ignored', () => {
    const locked = resolveActivePack(world({ pack: inlinePack, lockPacks: true }, 'mine'), {
      platform: 'x',
    });
    expect(locked.entry).toBe(MANAGED_INLINE_ENTRY);
    expect(locked.reason).toBe('managed');
    expect(locked.pack.name).toBe('Acme (from IT)');
  });

  it('with lockPacks and no inline pack, the managed subscription is used', () => {
    const locked = resolveActivePack(world({ lockPacks: true }, 'mine'), { platform: 'x' });
    expect(locked.entry).toBe('s-it');
    expect(locked.pack.name).toBe('IT subscription');
  });

  it('a managed pack the user picked in the quick switch stays picked under lockPacks', () => {
    const picked = resolveActivePack(world({ pack: inlinePack, lockPacks: true }, 's-it'), {});
    expect(picked).toMatchObject({ entry: 's-it', reason: 'choice' });
  });
});

describe('public/managed_schema.json, the schema Chrome and Edge check the policy against', () => {
  const schema = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../public/managed_schema.json'), 'utf8'),
  ) as { type: string; properties: Record<string, { type: string; items?: { type: string } }> };

  it('names exactly the keys the extension reads, with the types it accepts', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual([...MANAGED_KEYS].sort());
    const types = Object.fromEntries(
      Object.entries(schema.properties).map(([key, value]) => [key, value.type]),
    );
    expect(types).toEqual({
      packUrls: 'array',
      pack: 'string',
      lockPacks: 'boolean',
      retentionDays: 'integer',
      checkIntervalHours: 'integer',
    });
    expect(schema.properties.packUrls?.items).toEqual({ type: 'string' });
  });

  it('uses only what Chrome’s schema parser knows', () => {
    const known = new Set(['type', 'title', 'description', 'items', 'properties']);
    for (const property of Object.values(schema.properties))
      for (const key of Object.keys(property)) expect(known).toContain(key);
  });
});

const GECKO_ID = 'replykit@replykit.app';

describe('lib/packs/MANAGED.md: the copy-paste examples work as written', () => {
  const doc = readFileSync(join(import.meta.dirname, '../../../lib/packs/MANAGED.md'), 'utf8');
  const blocks = (lang: string) =>
    [...doc.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

  it('the Linux policy file and Firefox policies.json give a policy without problems', () => {
    type Tree = { [key: string]: Tree };
    const [linux, firefox] = blocks('json').map((text) => JSON.parse(text) as Tree);
    const fromLinux = parseManagedPolicy(linux!['3rdparty']!.extensions!['<extension-id>']);
    // Firefox addresses Replykit by the fixed gecko id of its manifest.
    const config = readFileSync(join(import.meta.dirname, '../../../wxt.config.ts'), 'utf8');
    expect(config).toContain(`id: '${GECKO_ID}'`);
    const fromFirefox = parseManagedPolicy(firefox!.policies!['3rdparty']!.Extensions![GECKO_ID]);
    for (const policy of [fromLinux, fromFirefox]) {
      expect(policy.problems).toEqual([]);
      expect(policy).toMatchObject({ lockPacks: true, retentionDays: 30, checkIntervalHours: 12 });
      expect(policy.packUrls).toHaveLength(1);
      expect(JSON.parse(policy.pack!)).toMatchObject({ id: 'acme-care' });
    }
  });

  it('the .reg files’ values mean what the Linux file says', () => {
    const [chrome] = blocks('reg');
    const values = Object.fromEntries(
      [...chrome!.matchAll(/^"(\w+)"=(dword:([0-9a-f]{8})|"((?:[^"\\]|\\.)*)")$/gm)].map((m) => [
        m[1],
        m[3] !== undefined ? parseInt(m[3], 16) : m[4]!.replace(/\\(.)/g, '$1'),
      ]),
    );
    const policy = parseManagedPolicy({
      lockPacks: values.lockPacks === 1,
      retentionDays: values.retentionDays,
      checkIntervalHours: values.checkIntervalHours,
      pack: values.pack,
      packUrls: [values['1']],
    });
    expect(policy.problems).toEqual([]);
    expect(policy).toMatchObject({ lockPacks: true, retentionDays: 30, checkIntervalHours: 12 });
    expect(JSON.parse(policy.pack!)).toMatchObject({ id: 'acme-care' });
  });
});
