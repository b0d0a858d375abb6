/**
 * The full backup of customer memory: a versioned JSON file, and its validation. An import reads
 * the whole file and validates all of it here before anything is written, so a malformed,
 * truncated, wrong-version or hostile file changes nothing and says what is wrong and where.
 * Everything in a backup is text: HTML in a note or a message is kept as written, never
 * interpreted (the data page shows it as text).
 */
import { z } from 'zod';
import { PLATFORM_IDS } from '../platforms';
import { parseJson } from '../voice/json';
import { formatPath, show, typeName, valueAt, type PathSegment } from '../voice/problems';
import { INTENSITIES, INTENTS } from '../voice/taxonomy';
import type { Contact, Identity, Interaction, LinkRecord, MemoryProblem } from './types';

export const BACKUP_FORMAT = 'replykit-memory';
export const BACKUP_VERSION = 1;

export interface MemoryBackup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  contacts: Contact[];
  identities: Identity[];
  interactions: Interaction[];
  links: LinkRecord[];
}

export type BackupResult =
  { ok: true; backup: MemoryBackup } | { ok: false; problems: MemoryProblem[] };

/**
 * Sizes no real memory reaches and a hostile file would: each is far above what the extension
 * itself records (a post is at most tens of thousands of characters on any platform).
 */
export const BACKUP_LIMITS = {
  records: 5_000_000,
  id: 2_000,
  text: 1_000,
  notes: 20_000,
  message: 100_000,
  url: 4_096,
  tags: 50,
  tag: 100,
  findings: 1_000,
  identityIds: 10_000,
  evidence: 100,
  seenIn: 10_000,
  contactsBefore: 1_000,
} as const;

/** The most problems listed; the rest are counted ("and 812 more problems"). */
export const MAX_PROBLEMS = 50;

const count = new Intl.NumberFormat('en-US');
const SECTIONS = ['contacts', 'identities', 'interactions', 'links'] as const;
type Section = (typeof SECTIONS)[number];

// Per-field limits, named in the message so the person knows which limit a value broke.
const text = (max: number, what: string) =>
  z.string().max(max, {
    error: (issue) =>
      `${count.format((issue.input as string).length)} characters, over the limit of ${count.format(max)} for ${what}`,
  });
const list = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z.array(item).max(max, {
    error: (issue) =>
      `${count.format((issue.input as unknown[]).length)} items, over the limit of ${count.format(max)} ${what}`,
  });
const id = (what = 'an id') => text(BACKUP_LIMITS.id, what).min(1, 'must not be empty');
const time = z
  .number()
  .int('expected a whole number of milliseconds since 1970')
  .min(0, 'must not be before 1970')
  .max(8.64e15, 'beyond the largest date there is');
const url = text(BACKUP_LIMITS.url, 'a URL').refine(
  (value) => /^https?:\/\//i.test(value),
  'must be an http:// or https:// address',
);
const contactSchema = z.strictObject({
  id: id(),
  name: text(BACKUP_LIMITS.text, 'a name'),
  notes: text(BACKUP_LIMITS.notes, 'notes'),
  tags: list(text(BACKUP_LIMITS.tag, 'a tag'), BACKUP_LIMITS.tags, 'tags per contact'),
  createdAt: time,
  updatedAt: time,
});

const identitySchema = z.strictObject({
  id: id(),
  platform: z.enum(PLATFORM_IDS),
  handle: text(BACKUP_LIMITS.text, 'a handle').optional(),
  displayName: text(BACKUP_LIMITS.text, 'a display name').optional(),
  profileUrl: url.optional(),
  contactId: id(),
  firstSeen: time,
  lastSeen: time,
});

const interactionSchema = z.strictObject({
  id: id(),
  identityId: id(),
  platform: z.enum(PLATFORM_IDS),
  composerKind: z.enum(['reply', 'comment', 'quote', 'direct-message']),
  threadUrl: url.optional(),
  theirMessage: text(BACKUP_LIMITS.message, 'a message').optional(),
  ourReply: text(BACKUP_LIMITS.message, 'a reply'),
  intent: z.enum(INTENTS).optional(),
  intensity: z.enum(INTENSITIES).optional(),
  topic: text(BACKUP_LIMITS.text, 'a topic').optional(),
  at: time,
  packId: text(BACKUP_LIMITS.text, 'a pack id'),
  packVersion: text(BACKUP_LIMITS.text, 'a pack version'),
  findings: list(
    z.strictObject({
      ruleId: text(BACKUP_LIMITS.text, 'a rule id'),
      severity: z.enum(['error', 'warning', 'suggestion']),
    }),
    BACKUP_LIMITS.findings,
    'findings per reply',
  ),
  suggestion: z.enum(['as-is', 'edited', 'not-used']),
  resolved: z.boolean().optional(),
  sendKey: id('a send key'),
});

const evidenceSchema = z.strictObject({
  kind: z.enum(['same-display-name', 'similar-handle', 'same-order-number', 'same-email']),
  value: text(BACKUP_LIMITS.text, 'evidence'),
  seenIn: list(id(), BACKUP_LIMITS.seenIn, 'places per piece of evidence'),
  strength: z.enum(['strong', 'weak']),
});

const linkSchema = z.strictObject({
  id: id(),
  kind: z.enum(['link', 'unlink', 'merge']),
  identityIds: list(id(), BACKUP_LIMITS.identityIds, 'identities per link'),
  before: z.record(text(BACKUP_LIMITS.id, 'an id'), id()),
  contactId: id(),
  evidence: list(evidenceSchema, BACKUP_LIMITS.evidence, 'pieces of evidence per link'),
  confirmedBy: text(BACKUP_LIMITS.text, 'a name'),
  at: time,
  contactsBefore: list(contactSchema, BACKUP_LIMITS.contactsBefore, 'contacts per link'),
  undoneAt: time.optional(),
});

const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  contacts: z.array(contactSchema),
  identities: z.array(identitySchema),
  interactions: z.array(interactionSchema),
  links: z.array(linkSchema),
});

// The schema and the contract must describe the same records.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.output<typeof backupSchema>, MemoryBackup> = true;
void sameShape;

// ---------------------------------------------------------------------------------------------
// Versions

/**
 * How a backup of version N becomes one of version N + 1, keyed by N. Empty while version 1 is
 * the only one; a new version adds its step here and keeps every older step, so any old backup
 * still imports.
 */
export const BACKUP_MIGRATIONS: Readonly<
  Record<number, (backup: Record<string, unknown>) => Record<string, unknown>>
> = {};

/** An older backup brought up to the current version, or why it cannot be. */
export function migrateBackup(
  data: Record<string, unknown>,
  version: number,
): { ok: true; data: Record<string, unknown> } | { ok: false; problems: MemoryProblem[] } {
  let current = data;
  for (let v = version; v < BACKUP_VERSION; v++) {
    const step = BACKUP_MIGRATIONS[v];
    if (!step) {
      return {
        ok: false,
        problems: [{ path: 'version', message: `unknown backup version ${v}` }],
      };
    }
    current = { ...step(current), version: v + 1 };
  }
  return { ok: true, data: current };
}

// ---------------------------------------------------------------------------------------------
// Validation

/** The whole backup, or every problem in it (the first 50), each with its path. */
export function validateBackup(data: unknown): BackupResult {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail([{ path: '(root)', message: `expected a backup object, got ${typeName(data)}` }]);
  }
  const root = data as Record<string, unknown>;
  if (root.format !== BACKUP_FORMAT) {
    return fail([
      {
        path: 'format',
        message:
          root.format === undefined
            ? `missing: this is not a Replykit memory backup (expected "format": "${BACKUP_FORMAT}")`
            : `expected "${BACKUP_FORMAT}", got ${show(root.format)}: this is not a Replykit memory backup`,
      },
    ]);
  }
  const version = root.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail([
      {
        path: 'version',
        message:
          version === undefined
            ? 'missing: the backup does not say which version it is'
            : `unknown backup version ${show(version)}`,
      },
    ]);
  }
  if (version > BACKUP_VERSION) {
    return fail([
      {
        path: 'version',
        message: `backup version ${version} was made by a newer Replykit; this one reads version ${BACKUP_VERSION}. Update Replykit, then import again.`,
      },
    ]);
  }
  let current = root;
  if (version < BACKUP_VERSION) {
    const migrated = migrateBackup(root, version);
    if (!migrated.ok) return fail(migrated.problems);
    current = migrated.data;
  }

  let records = 0;
  for (const section of SECTIONS) {
    const value = current[section];
    if (Array.isArray(value)) records += value.length;
  }
  if (records > BACKUP_LIMITS.records) {
    return fail([
      {
        path: '(root)',
        message: `${count.format(records)} records, over the limit of ${count.format(BACKUP_LIMITS.records)} records per backup`,
      },
    ]);
  }

  const problems: MemoryProblem[] = [];
  const parsed = backupSchema.safeParse(current, { error: () => DEFAULT });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(...describeIssue(issue, current));
  }
  problems.push(...checkReferences(current));
  if (problems.length > 0 || !parsed.success) return fail(sortProblems(problems));
  return { ok: true, backup: parsed.data };
}

/**
 * A backup file's text: JSON syntax errors with line and column, a file that was cut off said
 * as such, then `validateBackup`.
 */
export function parseBackupText(text: string): BackupResult {
  if (text.trim() === '' || text === '\uFEFF') {
    return fail([{ path: '(root)', message: 'the file is empty' }]);
  }
  const json = parseJson(text);
  if (!json.ok) {
    const where = `line ${json.line}, column ${json.column}`;
    // Only the end of the text can leave a string or a bracket open: a missing quote or bracket
    // in the middle shows up as a different error where the text stops making sense.
    const cutOff = json.message === 'unterminated string' || json.message.endsWith('end of input');
    if (cutOff) {
      return fail([
        {
          path: '(root)',
          message: `the file ends early — was it cut off? (${json.message} at ${where})`,
        },
      ]);
    }
    const message = /call stack|too much recursion/i.test(json.message)
      ? 'nested too deeply to read'
      : json.message;
    return fail([{ path: '(root)', message: `invalid JSON at ${where}: ${message}` }]);
  }
  return validateBackup(json.value);
}

function fail(problems: MemoryProblem[]): { ok: false; problems: MemoryProblem[] } {
  if (problems.length <= MAX_PROBLEMS) return { ok: false, problems };
  const more = problems.length - MAX_PROBLEMS;
  return {
    ok: false,
    problems: [
      ...problems.slice(0, MAX_PROBLEMS),
      { path: '(root)', message: `and ${count.format(more)} more problem${more === 1 ? '' : 's'}` },
    ],
  };
}

/** By section, then record, in the order found within one record. */
function sortProblems(problems: MemoryProblem[]): MemoryProblem[] {
  const order = ['format', 'version', 'exportedAt', ...SECTIONS];
  const key = (path: string) => {
    const match = /^([A-Za-z$_][\w$]*)(?:\[(\d+)\])?/.exec(path);
    const section = match ? order.indexOf(match[1]!) : -1;
    return [section, match?.[2] === undefined ? -1 : Number(match[2])] as const;
  };
  return problems
    .map((problem, index) => ({ problem, index, key: key(problem.path) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.index - b.index)
    .map(({ problem }) => problem);
}

// ---------------------------------------------------------------------------------------------
// References and duplicates, read from the raw data so they are reported together with the
// field problems (records whose ids are not strings are skipped; their fields are reported).

function recordsOf(data: Record<string, unknown>, section: Section): Record<string, unknown>[] {
  const value = data[section];
  if (!Array.isArray(value)) return [];
  return value.map((item) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? (item as Record<string, unknown>)
      : {},
  );
}

function stringAt(record: Record<string, unknown>, field: string): string | undefined {
  const value = Object.hasOwn(record, field) ? record[field] : undefined;
  return typeof value === 'string' ? value : undefined;
}

function checkReferences(data: Record<string, unknown>): MemoryProblem[] {
  const problems: MemoryProblem[] = [];
  const unique = (section: Section, field: 'id' | 'sendKey', what: string) => {
    const first = new Map<string, number>();
    recordsOf(data, section).forEach((record, index) => {
      const value = stringAt(record, field);
      if (value === undefined) return;
      const earlier = first.get(value);
      if (earlier === undefined) first.set(value, index);
      else {
        problems.push({
          path: `${section}[${index}].${field}`,
          message: `duplicate ${what} ${show(value)} (also ${section}[${earlier}])`,
        });
      }
    });
    return first;
  };
  const contacts = unique('contacts', 'id', 'id');
  const identities = unique('identities', 'id', 'id');
  unique('interactions', 'id', 'id');
  unique('interactions', 'sendKey', 'send key');
  unique('links', 'id', 'id');

  const identityRecords = recordsOf(data, 'identities');
  identityRecords.forEach((identity, index) => {
    const contactId = stringAt(identity, 'contactId');
    if (contactId !== undefined && !contacts.has(contactId)) {
      problems.push({
        path: `identities[${index}].contactId`,
        message: `no contact with id ${show(contactId)} in contacts`,
      });
    }
  });
  recordsOf(data, 'interactions').forEach((interaction, index) => {
    const identityId = stringAt(interaction, 'identityId');
    if (identityId === undefined) return;
    const at = identities.get(identityId);
    if (at === undefined) {
      problems.push({
        path: `interactions[${index}].identityId`,
        message: `no identity with id ${show(identityId)} in identities`,
      });
      return;
    }
    const platform = stringAt(interaction, 'platform');
    const identityPlatform = stringAt(identityRecords[at]!, 'platform');
    if (platform !== undefined && identityPlatform !== undefined && platform !== identityPlatform) {
      problems.push({
        path: `interactions[${index}].platform`,
        message: `${show(platform)}, but its identity ${show(identityId)} is on ${show(identityPlatform)}`,
      });
    }
  });
  // A link's contacts may be gone (merged away, or the surviving contact forgotten and the
  // link's identities with it); its identities must not be: forgetting removes the links too.
  recordsOf(data, 'links').forEach((link, index) => {
    // zod leaves a "__proto__" key out of the record it builds: the undo map would lose an
    // entry without a word, so it is refused here.
    const before = Object.hasOwn(link, 'before') ? link.before : undefined;
    if (before !== null && typeof before === 'object' && Object.hasOwn(before, '__proto__')) {
      problems.push({
        path: `links[${index}].before["__proto__"]`,
        message: 'not an identity id; "__proto__" is not allowed as a key',
      });
    }
    const ids = Object.hasOwn(link, 'identityIds') ? link.identityIds : undefined;
    if (!Array.isArray(ids)) return;
    ids.forEach((identityId: unknown, j) => {
      if (typeof identityId === 'string' && !identities.has(identityId)) {
        problems.push({
          path: `links[${index}].identityIds[${j}]`,
          message: `no identity with id ${show(identityId)} in identities`,
        });
      }
    });
  });
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Zod issues in words

type Issue = z.core.$ZodIssue;

// Returned by the per-parse error map: messages written on the schema take precedence over it,
// so an issue still carrying this marker gets its message from `describeIssue`.
const DEFAULT = '\u0000default';

function options(values: readonly unknown[]): string {
  return values.length === 1
    ? JSON.stringify(values[0])
    : `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
}

function describeIssue(issue: Issue, data: unknown): MemoryProblem[] {
  const path = issue.path as PathSegment[];
  const at = (message: string) => [{ path: formatPath(path), message }];
  const value = valueAt(data, path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: formatPath([...path, key]),
      message: 'unknown field',
    }));
  }
  if (issue.code === 'invalid_key') {
    const inner = issue.issues.map((i) => (i.message === DEFAULT ? 'invalid key' : i.message));
    return at(`invalid key: ${inner.join('; ')}`);
  }
  if (issue.message !== DEFAULT) return at(issue.message);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return at('required');
      if (typeof value === 'number' && !Number.isFinite(value))
        return at(`expected a finite ${issue.expected}, got ${show(value)}`);
      return at(`expected ${issue.expected}, got ${typeName(value)}`);
    case 'invalid_value':
      if (value === undefined) return at('required');
      return at(`expected ${options(issue.values)}, got ${show(value)}`);
    case 'invalid_format':
      return at(
        issue.format === 'datetime'
          ? `expected an ISO 8601 date and time, got ${show(value)}`
          : `must be a valid ${issue.format}`,
      );
    case 'too_small':
      return at(
        issue.origin === 'string'
          ? 'must not be empty'
          : `must be at least ${String(issue.minimum)}`,
      );
    case 'too_big':
      return at(`must be at most ${String(issue.maximum)}`);
    default:
      return at('invalid value');
  }
}

// ---------------------------------------------------------------------------------------------
// Writing

/** A backup of the given records, stamped with the time of export. */
export function createBackup(
  records: Pick<MemoryBackup, 'contacts' | 'identities' | 'interactions' | 'links'>,
  now: number,
): MemoryBackup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    ...records,
  };
}

/**
 * The backup's JSON in pieces, one record per line: a large memory is more text than one string
 * may hold (about 512 MB in V8), so the export hands the pieces to a Blob instead of joining
 * them; one record per line also makes an error's line number point at the record.
 */
export function* backupChunks(backup: MemoryBackup): Generator<string> {
  yield `{"format":${JSON.stringify(backup.format)},"version":${backup.version},"exportedAt":${JSON.stringify(backup.exportedAt)}`;
  for (const section of SECTIONS) {
    const records: readonly unknown[] = backup[section];
    yield `,\n${JSON.stringify(section)}:[`;
    for (let i = 0; i < records.length; i++) {
      yield `${i === 0 ? '' : ','}\n${JSON.stringify(records[i])}`;
    }
    yield records.length === 0 ? ']' : '\n]';
  }
  yield '\n}\n';
}

/** The backup as one string (tests and small memories; the export uses `backupChunks`). */
export function backupJson(backup: MemoryBackup): string {
  let out = '';
  for (const chunk of backupChunks(backup)) out += chunk;
  return out;
}
