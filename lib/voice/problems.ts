import { typeLabel, type Speaker } from './say';
import { voicePackSchema } from './schema';

/** One thing wrong with a pack: where (`vocabulary.banned[2].replacement`) and what. */
export interface PackProblem {
  path: string;
  message: string;
}

export type PathSegment = PropertyKey;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `vocabulary.banned[2].replacement`, `overrides["human.form-letter"]`, `(root)`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment))
      out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out || '(root)';
}

/** CLI output: one `path: message` per line. */
export function formatProblems(problems: readonly PackProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}

const SECTION_ORDER = Object.keys(voicePackSchema.shape);

/** Problems in the order of the pack's sections, then by item; stable otherwise. */
export function sortProblems(problems: PackProblem[]): PackProblem[] {
  const key = (path: string) => {
    const match = /^([A-Za-z$_][\w$]*)(?:\[(\d+)\])?/.exec(path);
    const section = match ? SECTION_ORDER.indexOf(match[1]!) : -1;
    return [section, match?.[2] === undefined ? -1 : Number(match[2])] as const;
  };
  return problems
    .map((problem, index) => ({ problem, index, key: key(problem.path) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.index - b.index)
    .map(({ problem }) => problem);
}

export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    // Only the data's own fields: a hostile "__proto__" or "constructor" path names nothing.
    if (!Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** A value, short enough for a message; one that is not a plain value is named by its kind. */
export function show(value: unknown, speaker: Speaker = {}): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value);
  return typeLabel(speaker, typeName(value));
}
