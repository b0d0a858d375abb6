import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_LIMITS,
  backupChunks,
  backupJson,
  createBackup,
  MAX_PROBLEMS,
  migrateBackup,
  parseBackupText,
  validateBackup,
  type MemoryBackup,
} from '../../../lib/memory/backup';
import type { Contact, Identity, Interaction, LinkRecord } from '../../../lib/memory/types';
import { PLATFORM_IDS } from '../../../lib/platforms';
import { INTENSITIES, INTENTS } from '../../../lib/voice/taxonomy';

const T = Date.UTC(2026, 4, 20, 12);

// The tests break backups on purpose, writing values of any type anywhere.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type BrokenData = any;

function sample(): MemoryBackup {
  const contacts: Contact[] = [
    {
      id: 'c1',
      name: 'Maya Patel',
      notes: 'Prefers DMs. <b>VIP</b> <script>alert(1)</script>',
      tags: ['vip', 'wholesale'],
      createdAt: T - 10_000,
      updatedAt: T,
    },
    { id: 'c2', name: 'jonas', notes: '', tags: [], createdAt: T, updatedAt: T },
  ];
  const identities: Identity[] = [
    {
      id: 'instagram:@maya.p',
      platform: 'instagram',
      handle: 'maya.p',
      displayName: 'Maya Patel',
      profileUrl: 'https://www.instagram.com/maya.p/',
      contactId: 'c1',
      firstSeen: T - 10_000,
      lastSeen: T,
    },
    {
      id: 'x:@maya_p',
      platform: 'x',
      handle: 'maya_p',
      contactId: 'c1',
      firstSeen: T,
      lastSeen: T,
    },
    {
      id: 'whatsapp:name:jonas',
      platform: 'whatsapp',
      displayName: 'Jonas',
      contactId: 'c2',
      firstSeen: T,
      lastSeen: T,
    },
  ];
  const interactions: Interaction[] = [
    {
      id: 'i1',
      identityId: 'instagram:@maya.p',
      platform: 'instagram',
      composerKind: 'direct-message',
      threadUrl: 'https://www.instagram.com/direct/t/123',
      theirMessage: 'Where is order #48213?? <img src=x onerror=alert(1)>',
      ourReply: "So sorry, Maya. I've sent a new one today. ^MP",
      intent: 'delivery',
      intensity: 'annoyed',
      topic: 'parcel delayed',
      at: T - 5_000,
      packId: 'replykit-default',
      packVersion: '1.0.0',
      findings: [{ ruleId: 'human.repeated-reply', severity: 'warning' }],
      suggestion: 'edited',
      resolved: true,
      sendKey: 'k1',
    },
    {
      id: 'i2',
      identityId: 'whatsapp:name:jonas',
      platform: 'whatsapp',
      composerKind: 'direct-message',
      ourReply: '=HYPERLINK("https://evil.example")',
      at: T,
      packId: 'replykit-default',
      packVersion: '1.0.0',
      findings: [],
      suggestion: 'not-used',
      sendKey: 'k2',
    },
  ];
  const links: LinkRecord[] = [
    {
      id: 'l1',
      kind: 'link',
      identityIds: ['instagram:@maya.p', 'x:@maya_p'],
      before: { 'x:@maya_p': 'c3' },
      contactId: 'c1',
      evidence: [
        {
          kind: 'same-display-name',
          value: 'Maya Patel',
          seenIn: ['x:@maya_p'],
          strength: 'strong',
        },
      ],
      confirmedBy: 'MP',
      at: T,
      contactsBefore: [
        { id: 'c3', name: 'maya_p', notes: '', tags: [], createdAt: T, updatedAt: T },
      ],
    },
  ];
  return createBackup({ contacts, identities, interactions, links }, T);
}

/** The sample as plain JSON data with one change at a path. */
function withChange(change: (data: BrokenData) => void): unknown {
  const data = JSON.parse(backupJson(sample()));
  change(data);
  return data;
}

function problemsOf(data: unknown) {
  const result = typeof data === 'string' ? parseBackupText(data) : validateBackup(data);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('a valid backup', () => {
  it('round-trips through its JSON unchanged, HTML and formulas included, as text', () => {
    const backup = sample();
    const text = backupJson(backup);
    expect(parseBackupText(text)).toEqual({ ok: true, backup });
    const result = parseBackupText(text);
    if (!result.ok) throw new Error('invalid');
    expect(result.backup.contacts[0]!.notes).toBe(
      'Prefers DMs. <b>VIP</b> <script>alert(1)</script>',
    );
    expect(result.backup.interactions[0]!.theirMessage).toContain('<img src=x onerror=alert(1)>');
  });

  it('is one record per line, so a line number points at a record', () => {
    const lines = backupJson(sample()).split('\n');
    expect(lines[0]).toBe(
      '{"format":"replykit-memory","version":1,"exportedAt":"2026-05-20T12:00:00.000Z",',
    );
    expect(lines.filter((l) => /^,?\{"id":"i\d"/.test(l))).toHaveLength(2);
    expect(lines.filter((l) => /^,?\{"id":/.test(l))).toHaveLength(8);
    expect(
      [
        ...backupChunks(
          createBackup({ contacts: [], identities: [], interactions: [], links: [] }, T),
        ),
      ].join(''),
    ).toBe(
      '{"format":"replykit-memory","version":1,"exportedAt":"2026-05-20T12:00:00.000Z",\n"contacts":[],\n"identities":[],\n"interactions":[],\n"links":[]\n}\n',
    );
  });

  it('accepts a byte order mark and an exportedAt with an offset', () => {
    const text = '\uFEFF' + backupJson({ ...sample(), exportedAt: '2026-05-20T14:00:00+02:00' });
    expect(parseBackupText(text).ok).toBe(true);
  });
});

describe('wrong file, wrong version', () => {
  it.each([
    ['an array', [], '(root)', 'expected a backup object, got array'],
    [
      'a voice pack',
      { id: 'acme', name: 'Acme' },
      'format',
      'missing: this is not a Replykit memory backup',
    ],
    [
      'another format',
      { format: 'crm-export', version: 1 },
      'format',
      'expected "replykit-memory", got "crm-export"',
    ],
    [
      'no version',
      { format: 'replykit-memory' },
      'version',
      'missing: the backup does not say which version',
    ],
    ['version 0', { format: 'replykit-memory', version: 0 }, 'version', 'unknown backup version 0'],
    [
      'version "1"',
      { format: 'replykit-memory', version: '1' },
      'version',
      'unknown backup version "1"',
    ],
    [
      'version 2',
      { format: 'replykit-memory', version: 2 },
      'version',
      'backup version 2 was made by a newer Replykit; this one reads version 1',
    ],
  ])('%s', (_, data, path, message) => {
    const problems = problemsOf(data);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe(path);
    expect(problems[0]!.message).toContain(message);
  });

  it('migrateBackup brings nothing older than version 1 (there is none)', () => {
    expect(migrateBackup({ version: 1 }, 1)).toEqual({ ok: true, data: { version: 1 } });
    expect(migrateBackup({ version: 0 }, 0)).toEqual({
      ok: false,
      problems: [{ path: 'version', message: 'unknown backup version 0' }],
    });
  });
});

describe('fields, with exact paths', () => {
  it.each<[string, (d: BrokenData) => void, string, string]>([
    [
      'a reply that is a number',
      (d) => (d.interactions[1].ourReply = 42),
      'interactions[1].ourReply',
      'expected string, got number',
    ],
    [
      'a missing reply',
      (d) => delete d.interactions[0].ourReply,
      'interactions[0].ourReply',
      'required',
    ],
    [
      'an unknown platform',
      (d) => (d.identities[2].platform = 'myspace'),
      'identities[2].platform',
      'expected one of "x", "linkedin"',
    ],
    [
      'an unknown intent',
      (d) => (d.interactions[0].intent = 'rant'),
      'interactions[0].intent',
      `expected one of ${INTENTS.map((i) => JSON.stringify(i)).join(', ')}, got "rant"`,
    ],
    [
      'an unknown intensity',
      (d) => (d.interactions[0].intensity = 'furious'),
      'interactions[0].intensity',
      'got "furious"',
    ],
    [
      'a fractional time',
      (d) => (d.contacts[0].createdAt = 1.5),
      'contacts[0].createdAt',
      'expected a whole number of milliseconds',
    ],
    [
      'a negative time',
      (d) => (d.identities[0].lastSeen = -1),
      'identities[0].lastSeen',
      'must not be before 1970',
    ],
    [
      'a date string as time',
      (d) => (d.interactions[0].at = '2026-05-20'),
      'interactions[0].at',
      'expected number, got string',
    ],
    [
      'an unknown field',
      (d) => (d.contacts[1].email = 'j@example.com'),
      'contacts[1].email',
      'unknown field',
    ],
    ['an empty id', (d) => (d.contacts[1].id = ''), 'contacts[1].id', 'must not be empty'],
    [
      'a javascript: URL',
      (d) => (d.interactions[0].threadUrl = 'javascript:alert(1)'),
      'interactions[0].threadUrl',
      'must be an http:// or https:// address',
    ],
    [
      'a tag that is not text',
      (d) => (d.contacts[0].tags[1] = { x: 1 }),
      'contacts[0].tags[1]',
      'expected string, got object',
    ],
    [
      'a bad severity',
      (d) => (d.interactions[0].findings[0].severity = 'fatal'),
      'interactions[0].findings[0].severity',
      'expected one of "error", "warning", "suggestion"',
    ],
    [
      'evidence without strength',
      (d) => delete d.links[0].evidence[0].strength,
      'links[0].evidence[0].strength',
      'required',
    ],
    [
      'a bad exportedAt',
      (d) => (d.exportedAt = 'yesterday'),
      'exportedAt',
      'expected an ISO 8601 date and time, got "yesterday"',
    ],
    ['a section that is not a list', (d) => (d.links = {}), 'links', 'expected array, got object'],
    ['a missing section', (d) => delete d.identities, 'identities', 'required'],
  ])('%s', (_, change, path, message) => {
    const problems = problemsOf(withChange(change));
    expect(problems.map((p) => p.path)).toContain(path);
    expect(problems.find((p) => p.path === path)!.message).toContain(message);
  });

  it('NaN and Infinity given as values (JSON cannot hold them) are not numbers to store', () => {
    const data = withChange((d) => {
      d.contacts[0].createdAt = Number.NaN;
      d.interactions[0].at = Number.POSITIVE_INFINITY;
    });
    expect(problemsOf(data)).toEqual([
      { path: 'contacts[0].createdAt', message: 'expected a finite number, got NaN' },
      { path: 'interactions[0].at', message: 'expected a finite number, got Infinity' },
    ]);
  });

  it('NaN written in the file is a JSON error with line and column', () => {
    const text = backupJson(sample()).replace(`"createdAt":${T - 10_000}`, '"createdAt":NaN');
    const column = text.split('\n')[2]!.indexOf('NaN') + 1;
    expect(problemsOf(text)).toEqual([
      { path: '(root)', message: `invalid JSON at line 3, column ${column}: unexpected "NaN"` },
    ]);
  });
});

describe('hostile files', () => {
  it('a 10 MB reply names the limit and where', () => {
    const huge = 'a'.repeat(10 * 1024 * 1024);
    const problems = problemsOf(withChange((d) => (d.interactions[1].ourReply = huge)));
    expect(problems).toEqual([
      {
        path: 'interactions[1].ourReply',
        message: '10,485,760 characters, over the limit of 100,000 for a reply',
      },
    ]);
  });

  it.each<[string, (d: BrokenData) => void, string, string]>([
    [
      'notes',
      (d) => (d.contacts[0].notes = 'n'.repeat(20_001)),
      'contacts[0].notes',
      '20,001 characters, over the limit of 20,000 for notes',
    ],
    [
      '51 tags',
      (d) => (d.contacts[0].tags = Array.from({ length: 51 }, (_, i) => `t${i}`)),
      'contacts[0].tags',
      '51 items, over the limit of 50 tags per contact',
    ],
    [
      'a long tag',
      (d) => (d.contacts[0].tags[0] = 't'.repeat(101)),
      'contacts[0].tags[0]',
      '101 characters, over the limit of 100 for a tag',
    ],
    [
      'their message',
      (d) => (d.interactions[0].theirMessage = 'm'.repeat(100_001)),
      'interactions[0].theirMessage',
      '100,001 characters, over the limit of 100,000 for a message',
    ],
  ])('%s', (_, change, path, message) => {
    expect(problemsOf(withChange(change))).toEqual([{ path, message }]);
  });

  it('the limit exactly is fine', () => {
    const data = withChange((d) => {
      d.interactions[1].ourReply = 'r'.repeat(BACKUP_LIMITS.message);
      d.contacts[0].notes = 'n'.repeat(BACKUP_LIMITS.notes);
      d.contacts[0].tags = Array.from({ length: BACKUP_LIMITS.tags }, (_, i) =>
        `${i}`.padEnd(100, 'x'),
      );
    });
    expect(validateBackup(data).ok).toBe(true);
  });

  it('more records than any memory holds is refused before reading them', () => {
    // A sparse array: its length is what a hostile file claims, without the memory to hold it.
    const data = withChange((d) => (d.interactions.length = BACKUP_LIMITS.records));
    expect(problemsOf(data)).toEqual([
      {
        path: '(root)',
        message: '5,000,006 records, over the limit of 5,000,000 records per backup',
      },
    ]);
  });

  it('deep nesting is a type problem at its path, not a crash', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const text = backupJson(sample()).replace('"notes":""', `"notes":${deep}`);
    expect(problemsOf(text)).toEqual([
      { path: 'contacts[1].notes', message: 'expected string, got array' },
    ]);
  });

  it('deep nesting that is also broken JSON is a JSON error', () => {
    const text = '{"format":' + '['.repeat(100_000) + '}';
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^invalid JSON at line 1, column \d+: /);
  });

  it('"__proto__" keys are unknown fields and pollute nothing', () => {
    const text = backupJson(sample())
      .replace('{"format"', '{"__proto__":{"polluted":true},"format"')
      .replace('"id":"c2"', '"__proto__":{"isAdmin":true},"id":"c2"');
    expect(problemsOf(text)).toEqual([
      { path: '__proto__', message: 'unknown field' },
      { path: 'contacts[1].__proto__', message: 'unknown field' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('"__proto__" as a key of a link\'s before-map is refused, not silently dropped', () => {
    const text = backupJson(sample()).replace('"before":{', '"before":{"__proto__":"c9",');
    expect(problemsOf(text)).toEqual([
      {
        path: 'links[0].before["__proto__"]',
        message: 'not an identity id; "__proto__" is not allowed as a key',
      },
    ]);
  });
});

describe('references and duplicates', () => {
  it.each<[string, (d: BrokenData) => void, { path: string; message: string }[]]>([
    [
      'an identity of a missing contact',
      (d) => (d.identities[2].contactId = 'c9'),
      [{ path: 'identities[2].contactId', message: 'no contact with id "c9" in contacts' }],
    ],
    [
      'an interaction of a missing identity',
      (d) => (d.interactions[0].identityId = 'x:@nobody'),
      [
        {
          path: 'interactions[0].identityId',
          message: 'no identity with id "x:@nobody" in identities',
        },
      ],
    ],
    [
      'a link to a missing identity',
      (d) => d.links[0].identityIds.push('x:@gone'),
      [{ path: 'links[0].identityIds[2]', message: 'no identity with id "x:@gone" in identities' }],
    ],
    [
      'an interaction on another platform than its identity',
      (d) => (d.interactions[0].platform = 'x'),
      [
        {
          path: 'interactions[0].platform',
          message: '"x", but its identity "instagram:@maya.p" is on "instagram"',
        },
      ],
    ],
    [
      'a duplicate contact id',
      (d) => (d.contacts[1].id = 'c1'),
      [
        { path: 'contacts[1].id', message: 'duplicate id "c1" (also contacts[0])' },
        { path: 'identities[2].contactId', message: 'no contact with id "c2" in contacts' },
      ],
    ],
    [
      'a duplicate send key',
      (d) => (d.interactions[1].sendKey = 'k1'),
      [
        {
          path: 'interactions[1].sendKey',
          message: 'duplicate send key "k1" (also interactions[0])',
        },
      ],
    ],
    [
      'a duplicate identity id',
      (d) => d.identities.push({ ...d.identities[0] }),
      [
        {
          path: 'identities[3].id',
          message: 'duplicate id "instagram:@maya.p" (also identities[0])',
        },
      ],
    ],
  ])('%s', (_, change, problems) => {
    expect(problemsOf(withChange(change))).toEqual(problems);
  });

  it('a removed contact leaves its identities pointing nowhere: every one is listed', () => {
    const problems = problemsOf(withChange((d) => d.contacts.shift()));
    expect(problems).toEqual([
      { path: 'identities[0].contactId', message: 'no contact with id "c1" in contacts' },
      { path: 'identities[1].contactId', message: 'no contact with id "c1" in contacts' },
    ]);
  });

  it('field and reference problems come together, ordered by section and record', () => {
    const problems = problemsOf(
      withChange((d) => {
        d.interactions[1].ourReply = null;
        d.identities[2].contactId = 'c9';
        d.contacts[1].tags = 'vip';
      }),
    );
    expect(problems.map((p) => p.path)).toEqual([
      'contacts[1].tags',
      'identities[2].contactId',
      'interactions[1].ourReply',
    ]);
  });
});

describe('at most 50 problems, then a count', () => {
  it('lists the first 50 and says how many more', () => {
    const data = withChange((d) => {
      d.interactions = Array.from({ length: 120 }, (_, i) => ({
        ...d.interactions[1],
        id: `x${i}`,
        sendKey: `s${i}`,
        ourReply: i,
      }));
    });
    const problems = problemsOf(data);
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[0]).toEqual({
      path: 'interactions[0].ourReply',
      message: 'expected string, got number',
    });
    expect(problems[49]!.path).toBe('interactions[49].ourReply');
    expect(problems[50]).toEqual({ path: '(root)', message: 'and 70 more problems' });
  });
});

describe('JSON text', () => {
  const text = backupJson(sample());

  it.each([
    [
      'cut off inside a string',
      text.slice(0, text.indexOf('Prefers') + 4),
      'the file ends early — was it cut off? (unterminated string at line 3, column',
    ],
    [
      'cut off between records',
      text.slice(0, text.indexOf('\n{"id":"c2"')),
      'the file ends early — was it cut off? (unexpected end of input at line 3',
    ],
    [
      'cut off after a comma',
      text.slice(0, text.indexOf('\n{"id":"c2"') + 1),
      'the file ends early — was it cut off?',
    ],
  ])('%s', (_, broken, message) => {
    const problems = problemsOf(broken);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain(message);
  });

  it.each([
    [
      'a missing comma',
      text.replace('"name":"jonas",', '"name":"jonas"'),
      'invalid JSON at line 4, column 26: expected "," or "}", got \'"\'',
    ],
    [
      'a trailing comma',
      text.replace('\n]', ',\n]'),
      'invalid JSON at line 5, column 1: trailing comma',
    ],
    [
      'a comment',
      '// my backup\n' + text,
      'invalid JSON at line 1, column 1: comments are not allowed',
    ],
    ['an empty file', '  \n', 'the file is empty'],
  ])('%s', (_, broken, message) => {
    expect(problemsOf(broken)).toEqual([{ path: '(root)', message }]);
  });
});

// ---------------------------------------------------------------------------------------------
// Property: any valid dataset survives export and import.

// Any id a record can have: "__proto__" cannot be one, since ids are also keys (a link's undo map)
// and the import refuses that key on purpose; real ids are `platform:handle` keys anyway.
const ID = fc.string({ minLength: 1, maxLength: 12 }).filter((id) => id !== '__proto__');
const TEXT = fc.string({ maxLength: 60, unit: 'grapheme' });
const TIME = fc.integer({ min: 0, max: 4_102_444_800_000 });
const URL_ = fc.webUrl({ validSchemes: ['https', 'http'] });

const dataset = fc
  .record({
    contacts: fc.uniqueArray(
      fc.record({
        id: ID,
        name: TEXT,
        notes: TEXT,
        tags: fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }),
        createdAt: TIME,
        updatedAt: TIME,
      }),
      { selector: (c) => c.id, minLength: 1, maxLength: 6 },
    ),
    identityIds: fc.uniqueArray(ID, { minLength: 1, maxLength: 8 }),
    seed: fc.array(
      fc.record({
        theirMessage: fc.option(TEXT, { nil: undefined }),
        ourReply: TEXT,
        intent: fc.option(fc.constantFrom(...INTENTS), { nil: undefined }),
        intensity: fc.option(fc.constantFrom(...INTENSITIES), { nil: undefined }),
        threadUrl: fc.option(URL_, { nil: undefined }),
        resolved: fc.option(fc.boolean(), { nil: undefined }),
        at: TIME,
        n: fc.nat(),
      }),
      { maxLength: 12 },
    ),
    platforms: fc.array(fc.constantFrom(...PLATFORM_IDS), { minLength: 8, maxLength: 8 }),
    handles: fc.array(fc.option(TEXT, { nil: undefined }), { minLength: 8, maxLength: 8 }),
    exportedAt: TIME,
  })
  .map(({ contacts, identityIds, seed, platforms, handles, exportedAt }) => {
    const identities: Identity[] = identityIds.map((id, i) => {
      const identity: Identity = {
        id,
        platform: platforms[i]!,
        contactId: contacts[i % contacts.length]!.id,
        firstSeen: contacts[0]!.createdAt,
        lastSeen: exportedAt,
      };
      if (handles[i] !== undefined) identity.handle = handles[i];
      return identity;
    });
    const interactions: Interaction[] = seed.map((s, i) => {
      const identity = identities[s.n % identities.length]!;
      const interaction: Interaction = {
        id: `i${i}`,
        identityId: identity.id,
        platform: identity.platform,
        composerKind: 'reply',
        ourReply: s.ourReply,
        at: s.at,
        packId: 'p',
        packVersion: '1',
        findings: [],
        suggestion: 'as-is',
        sendKey: `k${i}`,
      };
      for (const key of ['theirMessage', 'intent', 'intensity', 'threadUrl', 'resolved'] as const) {
        if (s[key] !== undefined) (interaction as unknown as Record<string, unknown>)[key] = s[key];
      }
      return interaction;
    });
    const links: LinkRecord[] =
      identities.length < 2
        ? []
        : [
            {
              id: 'l1',
              kind: 'merge',
              identityIds: [identities[0]!.id, identities[1]!.id],
              before: { [identities[1]!.id]: 'gone' },
              contactId: identities[0]!.contactId,
              evidence: [
                {
                  kind: 'similar-handle',
                  value: 'x',
                  seenIn: [identities[1]!.id],
                  strength: 'weak',
                },
              ],
              confirmedBy: 'you',
              at: exportedAt,
              contactsBefore: [],
              undoneAt: exportedAt,
            },
          ];
    // fast-check builds records without a prototype; the file's are plain objects.
    return createBackup(
      { contacts: contacts.map((c) => ({ ...c })), identities, interactions, links },
      exportedAt,
    );
  });

describe('round trip', () => {
  it('any valid dataset → JSON → parseBackupText → validateBackup → the same data', () => {
    fc.assert(
      fc.property(dataset, (backup) => {
        // Strict: keys absent stay absent (an import must not add `undefined` fields).
        expect(parseBackupText(backupJson(backup))).toStrictEqual({ ok: true, backup });
      }),
      { numRuns: 200 },
    );
  });
});
