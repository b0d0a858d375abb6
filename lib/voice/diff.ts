import type { VoicePack } from './schema';

export const CHANGE_AREAS = [
  'meta',
  'languages',
  'tone',
  'vocabulary',
  'readability',
  'rules',
  'overrides',
  'limits',
  'blocks',
  'hours',
  'abuse',
  'escalation',
  'examples',
] as const;
export type ChangeArea = (typeof CHANGE_AREAS)[number];

/** One difference between two packs, as plain values (it travels in messages and JSON). */
export interface PackChange {
  area: ChangeArea;
  kind: 'added' | 'removed' | 'changed';
  /** Where in the pack, by identity rather than position, e.g. `vocabulary.banned["ASAP"]`. */
  path: string;
  before?: unknown;
  after?: unknown;
}

/** Structural equality of JSON-like values; object key order does not matter, array order does. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, index) => same(item, other[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!same(left[key], right[key])) return false;
  return true;
}

function change(
  area: ChangeArea,
  path: string,
  before: unknown,
  after: unknown,
): PackChange | undefined {
  if (same(before, after)) return undefined;
  if (before === undefined) return { area, kind: 'added', path, after };
  if (after === undefined) return { area, kind: 'removed', path, before };
  return { area, kind: 'changed', path, before, after };
}

/**
 * Items matched by identity, so that moving an item is not a change: first what the old pack had
 * (removed or changed, in its order), then what is new (in the new pack's order). A key seen twice
 * gets `#2`, `#3`… so duplicates stay distinct.
 */
function keyed<T>(
  area: ChangeArea,
  prefix: string,
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
): PackChange[] {
  const index = (items: readonly T[]) => {
    const map = new Map<string, T>();
    const seen = new Map<string, number>();
    for (const item of items) {
      const base = key(item);
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      map.set(count === 1 ? base : `${base}#${count}`, item);
    }
    return map;
  };
  const old = index(before);
  const next = index(after);
  const changes: PackChange[] = [];
  const push = (id: string, a: T | undefined, b: T | undefined) => {
    const found = change(area, `${prefix}[${JSON.stringify(id)}]`, a, b);
    if (found) changes.push(found);
  };
  for (const [id, item] of old) push(id, item, next.get(id));
  for (const [id, item] of next) if (!old.has(id)) push(id, undefined, item);
  return changes;
}

/** Field by field over the union of keys, old keys first. */
function fields(
  area: ChangeArea,
  prefix: string,
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
): PackChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys.flatMap((key) => {
    const found = change(area, `${prefix}${key}`, before?.[key], after?.[key]);
    return found ? [found] : [];
  });
}

/** What changed from `old` to `next`, in a fixed order of areas; `[]` when they say the same. */
export function diffPacks(old: VoicePack, next: VoicePack): PackChange[] {
  const changes: PackChange[] = [];
  const add = (found: PackChange | undefined) => void (found && changes.push(found));

  for (const key of ['id', 'name', 'version', 'description'] as const) {
    add(change('meta', key, old[key], next[key]));
  }
  changes.push(...keyed('languages', 'languages', old.languages, next.languages, String));

  const { emoji: oldEmoji, ...oldTone } = old.tone;
  const { emoji: nextEmoji, ...nextTone } = next.tone;
  changes.push(...fields('tone', 'tone.', oldTone, nextTone));
  changes.push(...fields('tone', 'tone.emoji.', oldEmoji, nextEmoji));

  const [ov, nv] = [old.vocabulary, next.vocabulary];
  changes.push(...keyed('vocabulary', 'vocabulary.terms', ov.terms, nv.terms, String));
  changes.push(...keyed('vocabulary', 'vocabulary.banned', ov.banned, nv.banned, (t) => t.term));
  changes.push(
    ...keyed('vocabulary', 'vocabulary.preferred', ov.preferred, nv.preferred, (t) => t.use),
  );
  changes.push(
    ...keyed(
      'vocabulary',
      'vocabulary.avoidPhrases',
      ov.avoidPhrases,
      nv.avoidPhrases,
      (t) => t.phrase,
    ),
  );

  changes.push(...fields('readability', 'readability.', old.readability, next.readability));
  changes.push(...keyed('rules', 'rules', old.rules, next.rules, (rule) => rule.id));
  changes.push(
    ...keyed(
      'overrides',
      'overrides',
      Object.entries(old.overrides),
      Object.entries(next.overrides),
      ([id]) => id,
    ).map((found) => ({
      ...found,
      // The level alone is what a reader needs, not the [id, level] pair.
      ...(found.before !== undefined ? { before: (found.before as [string, string])[1] } : {}),
      ...(found.after !== undefined ? { after: (found.after as [string, string])[1] } : {}),
    })),
  );
  changes.push(...fields('limits', 'limits.', old.limits, next.limits));
  changes.push(...keyed('blocks', 'blocks', old.blocks, next.blocks, (block) => block.id));
  add(change('hours', 'hours', old.hours, next.hours));
  changes.push(...fields('abuse', 'abuse.', old.abuse, next.abuse));
  changes.push(...keyed('escalation', 'escalation', old.escalation, next.escalation, (e) => e.id));
  changes.push(...keyed('examples', 'examples', old.examples, next.examples, (e) => e.text));
  return changes;
}

/** The identity inside `prefix["…"]`, or the last dotted segment. */
function identity(path: string): string {
  const bracket = /\["((?:[^"\\]|\\.)*)"\]$/.exec(path);
  if (bracket) return JSON.parse(`"${bracket[1]}"`) as string;
  return path.slice(path.lastIndexOf('.') + 1);
}

function quoted(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const points = [...flat];
  return `“${points.length <= max ? flat : points.slice(0, max - 1).join('') + '…'}”`;
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** A short value for a sentence: scalars as they are (strings quoted), anything else not at all. */
function shown(value: unknown): string | undefined {
  // Words such as levels and ids read better bare: "level warning → error".
  if (typeof value === 'string' && /^[\w.$-]{1,40}$/u.test(value)) return value;
  if (typeof value === 'string') return value.length <= 40 ? quoted(value) : undefined;
  if (isScalar(value)) return String(value);
  return undefined;
}

/** "level warning → error, tokens" for the fields of an item that differ. */
function fieldSummary(before: unknown, after: unknown): string {
  if (typeof before !== 'object' || typeof after !== 'object' || !before || !after) return '';
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (key) => !same(a[key], b[key]),
  );
  const parts = keys.map((key) => {
    const [from, to] = [a[key], b[key]];
    if (from === undefined && shown(to) !== undefined) return `${key} ${shown(to)} added`;
    if (to === undefined) return `${key} removed`;
    const [x, y] = [shown(from), shown(to)];
    return x !== undefined && y !== undefined ? `${key} ${x} → ${y}` : key;
  });
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

const LABELS: Partial<Record<ChangeArea, string>> = {
  rules: 'Custom rule',
  blocks: 'Reply block',
  escalation: 'Escalation playbook',
  examples: 'Pack example',
  languages: 'Language',
};

const VOCABULARY: Record<string, string> = {
  terms: 'Product name',
  banned: 'Banned term',
  preferred: 'Preferred term',
  avoidPhrases: 'Phrase to avoid',
};

function describe(found: PackChange): string {
  const { area, kind, path, before, after } = found;
  const id = identity(path);
  const value = kind === 'removed' ? before : after;
  switch (area) {
    case 'meta':
      if (path === 'version') return `Version ${String(before)} → ${String(after)}`;
      if (path === 'description') return `Description ${kind}`;
      return `Pack ${path} ${kind}: ${shown(before) ?? '—'} → ${shown(after) ?? '—'}`;
    case 'tone':
    case 'readability':
    case 'abuse': {
      const field = path.slice(path.indexOf('.') + 1);
      const what = area === 'abuse' ? 'Abuse guidance' : area === 'tone' ? 'Tone' : 'Readability';
      const [x, y] = [shown(before), shown(after)];
      if (kind === 'changed' && x !== undefined && y !== undefined)
        return `${what} changed: ${field} ${x} → ${y}`;
      return `${what} changed: ${field} ${kind}`;
    }
    case 'vocabulary': {
      const list = path.slice('vocabulary.'.length, path.indexOf('['));
      const label = VOCABULARY[list] ?? 'Vocabulary';
      if (kind === 'changed')
        return `${label} changed: ${quoted(id)}${fieldSummary(before, after)}`;
      const item = value as Record<string, unknown>;
      let detail = '';
      if (list === 'banned' && typeof item.reason === 'string') detail = ` (${item.reason})`;
      if (list === 'preferred' && Array.isArray(item.insteadOf))
        detail = ` instead of ${(item.insteadOf as string[]).map((t) => quoted(t)).join(', ')}`;
      return `${label} ${kind}: ${quoted(id)}${kind === 'added' ? detail : ''}`;
    }
    case 'overrides':
      if (kind === 'added') return `Rule override added: ${id} → ${String(after)}`;
      if (kind === 'removed') return `Rule override removed: ${id} (was ${String(before)})`;
      return `Rule override changed: ${id} (${String(before)} → ${String(after)})`;
    case 'limits': {
      const chars = (limit: unknown) => `${(limit as { maxChars: number }).maxChars} characters`;
      if (kind === 'added') return `Length limit added: ${id}, ${chars(after)}`;
      if (kind === 'removed') return `Length limit removed: ${id} (was ${chars(before)})`;
      return `Length limit changed: ${id}, ${chars(before)} → ${chars(after)}`;
    }
    case 'hours':
      return `Service hours ${kind}`;
    case 'examples':
      return `Pack example ${kind}: ${quoted(id)}${kind === 'changed' ? fieldSummary(before, after) : ''}`;
    case 'languages':
    case 'rules':
    case 'blocks':
    case 'escalation': {
      const name = area === 'rules' ? `brand.custom.${id}` : id;
      const detail = kind === 'changed' ? fieldSummary(before, after) : '';
      return `${LABELS[area]} ${kind}: ${name}${detail}`;
    }
  }
}

/** One short English sentence per change, in the same order. */
export function describeChanges(changes: readonly PackChange[]): string[] {
  return changes.map(describe);
}
