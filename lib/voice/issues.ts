import { z } from 'zod';
import {
  formatPath,
  show,
  typeName,
  valueAt,
  type PackProblem,
  type PathSegment,
} from './problems';
import { either, say, typeLabel, type Speaker } from './say';
import { schemaMessage } from './schema-messages';
import { didYouMean } from './suggest';
import { voicePackSchema } from './schema';

type Issue = z.core.$ZodIssue;

/**
 * Returned by the per-parse error map: schema-level messages ("must not be empty") take
 * precedence over it, so any issue still carrying this marker gets a message written here.
 */
export const ZOD_DEFAULT = '\u0000zod-default';

function quoted(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

function sizeMessage(speaker: Speaker, issue: Issue & { code: 'too_small' | 'too_big' }): string {
  const small = issue.code === 'too_small';
  const bound = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'string': {
      if (small && bound === 1) return say(speaker, 'voice_empty');
      const length = say(speaker, bound === 1 ? 'voice_characters_one' : 'voice_characters', {
        count: bound,
      });
      return say(speaker, small ? 'voice_text_at_least' : 'voice_text_at_most', { length });
    }
    case 'array':
    case 'set': {
      if (small && bound === 1) return say(speaker, 'voice_empty');
      const items = say(speaker, bound === 1 ? 'voice_items_one' : 'voice_items', { count: bound });
      return say(speaker, small ? 'voice_list_at_least' : 'voice_list_at_most', { items });
    }
    default:
      if (inclusive)
        return say(speaker, small ? 'voice_number_at_least' : 'voice_number_at_most', { bound });
      return say(speaker, small ? 'voice_number_greater' : 'voice_number_less', { bound });
  }
}

/** "expected X, got Y", with a value that is not a plain one named by its kind. */
function expected(speaker: Speaker, what: string, value: unknown): string {
  return say(speaker, 'voice_expected', { expected: what, value: show(value, speaker) });
}

export function describeIssue(
  issue: Issue,
  data: unknown,
  base: readonly PathSegment[],
  speaker: Speaker = {},
): PackProblem[] {
  const path = [...base, ...issue.path];
  const at = (message: string, where = path) => [{ path: formatPath(where), message }];
  const value = valueAt(data, path);

  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: formatPath([...path, key]),
      message: unknownKeyMessage(speaker, key, path, data),
    }));
  }
  if (issue.code === 'invalid_union') {
    // A discriminated union reports the `kind` it did not recognise, with the options.
    const { note, options: kinds } = issue as { note?: string; options?: unknown[] };
    if (note === 'No matching discriminator') {
      const options = quoted(kinds ?? []);
      return at(
        value === undefined
          ? say(speaker, 'voice_required_one_of', { options })
          : expected(speaker, say(speaker, 'voice_one_of', { options }), value),
      );
    }
    return describeUnion(speaker, issue.errors, data, path, value);
  }
  if (issue.code === 'invalid_key') {
    const inner = issue.issues.flatMap((i) => describeIssue(i, {}, [], speaker));
    return at(
      say(speaker, 'voice_invalid_key', { problems: inner.map((p) => p.message).join('; ') }),
    );
  }
  if (issue.message !== ZOD_DEFAULT) return at(schemaMessage(speaker, issue.message));

  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return at(say(speaker, 'voice_required'));
      if (issue.expected === 'int')
        return at(expected(speaker, say(speaker, 'voice_whole_number'), value));
      return at(
        say(speaker, 'voice_expected', {
          expected: typeLabel(speaker, issue.expected),
          value: typeLabel(speaker, typeName(value)),
        }),
      );
    case 'too_small':
    case 'too_big':
      return at(sizeMessage(speaker, issue));
    case 'invalid_value': {
      const options = quoted(issue.values);
      return at(
        expected(
          speaker,
          issue.values.length === 1 ? options : say(speaker, 'voice_one_of', { options }),
          value,
        ),
      );
    }
    case 'invalid_format':
      return at(
        issue.format === 'url'
          ? say(speaker, 'voice_url')
          : say(speaker, 'voice_format', { format: issue.format }),
      );
    case 'not_multiple_of':
      return at(say(speaker, 'voice_multiple_of', { divisor: String(issue.divisor) }));
    default:
      return at(say(speaker, 'voice_invalid_value'));
  }
}

/**
 * A union that failed every branch. When only one branch accepted the value's shape (the
 * `{ trips: [...] }` object, not the `"pass"` literal), its problems are the useful ones;
 * otherwise list what the branches expect.
 */
function describeUnion(
  speaker: Speaker,
  branches: readonly (readonly Issue[])[],
  data: unknown,
  path: readonly PathSegment[],
  value: unknown,
): PackProblem[] {
  const rejectsShape = (issues: readonly Issue[]) =>
    issues.some(
      (i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value'),
    );
  const fitting = branches.filter((issues) => !rejectsShape(issues));
  if (fitting.length === 1)
    return fitting[0]!.flatMap((issue) => describeIssue(issue, data, path, speaker));
  const values: unknown[] = [];
  const types: string[] = [];
  for (const issue of branches.flat()) {
    if (issue.path.length > 0) continue;
    if (issue.code === 'invalid_value') values.push(...issue.values);
    else if (issue.code === 'invalid_type') types.push(issue.expected);
  }
  const options = [
    values.length > 1 ? say(speaker, 'voice_one_of', { options: quoted(values) }) : quoted(values),
    ...types.map((type) => typeLabel(speaker, type)),
  ].filter(Boolean);
  const message =
    value === undefined
      ? say(speaker, 'voice_required')
      : options.length > 0
        ? expected(speaker, either(speaker, options), value)
        : say(speaker, 'voice_invalid_value_got', { value: show(value, speaker) });
  return [{ path: formatPath(path), message }];
}

// ---------------------------------------------------------------------------------------------
// Unknown keys: what was allowed there, for "did you mean"

interface ZodDefLike {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, unknown>;
  values?: unknown[];
}

function defOf(schema: z.ZodType): ZodDefLike {
  return (schema as unknown as { _zod: { def: ZodDefLike } })._zod.def;
}

const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly']);

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let def = defOf(current); WRAPPERS.has(def.type) && def.innerType; def = defOf(current)) {
    current = def.innerType;
  }
  return current;
}

/** The schema that validates the value at `path`, following the data through unions. */
function schemaAt(path: readonly PathSegment[], data: unknown): z.ZodType | undefined {
  let schema: z.ZodType | undefined = voicePackSchema;
  let value = data;
  for (let i = 0; i <= path.length && schema; i++) {
    schema = unwrap(schema);
    const def = defOf(schema);
    if (def.type === 'union') schema = pickOption(def.options ?? [], value);
    if (i === path.length || !schema) break;
    const segment = path[i]!;
    const current = defOf(unwrap(schema));
    if (current.type === 'object') schema = current.shape?.[String(segment)];
    else if (current.type === 'array') schema = current.element;
    else if (current.type === 'record') schema = current.valueType;
    else return undefined;
    value = valueAt(value, [segment]);
  }
  return schema && unwrap(schema);
}

/** The union option the value was meant for: the one it fits, by `kind`, or by being an object. */
function pickOption(options: readonly z.ZodType[], value: unknown): z.ZodType | undefined {
  return (
    options.find((option) => option.safeParse(value).success || fitsKind(option, value)) ??
    options.find((option) => defOf(unwrap(option)).type === 'object' && typeof value === 'object')
  );
}

/** A discriminated-union option whose `kind` literal equals the value's `kind`. */
function fitsKind(option: z.ZodType, value: unknown): boolean {
  const kind = defOf(unwrap(option)).shape?.kind;
  if (!kind || typeof value !== 'object' || value === null) return false;
  return kind.safeParse((value as { kind?: unknown }).kind).success;
}

function enumValues(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  const def = defOf(unwrap(schema));
  if (def.type === 'enum' && def.entries) return Object.values(def.entries).map(String);
  return [];
}

function unknownKeyMessage(
  speaker: Speaker,
  key: string,
  path: readonly PathSegment[],
  data: unknown,
): string {
  const container = schemaAt(path, data);
  if (!container) return say(speaker, 'voice_unknown_field');
  const def = defOf(container);
  if (def.type === 'record' && def.keyType) {
    return say(speaker, 'voice_unknown_key', { options: quoted(enumValues(def.keyType)) });
  }
  return (
    say(speaker, 'voice_unknown_field') + didYouMean(key, Object.keys(def.shape ?? {}), speaker)
  );
}
