import { z } from 'zod';
import { PLATFORM_LIMITS } from '../platforms/limits';
import { PLATFORM_IDS } from '../platforms';
import { BUILTIN_RULE_IDS } from '../rules/ids';
import { parseJson } from './json';
import { didYouMean } from './suggest';
import { LANGUAGES, voicePackSchema, type VoicePack } from './schema';

/** One thing wrong with a pack: where (`vocabulary.banned[2].replacement`) and what. */
export interface PackProblem {
  path: string;
  message: string;
}

export type ParseResult =
  { ok: true; pack: VoicePack; warnings: PackProblem[] } | { ok: false; errors: PackProblem[] };

type PathSegment = PropertyKey;
type Issue = z.core.$ZodIssue;

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

/**
 * Validates a voice pack given as JSON text or as an already parsed value. Lists every problem
 * at once, each with its exact path, so a team lead can fix a pack in one go.
 */
export function parsePack(input: unknown): ParseResult {
  let data = input;
  if (typeof input === 'string') {
    const json = parseJson(input);
    if (!json.ok) {
      const where = `line ${json.line}, column ${json.column}`;
      return {
        ok: false,
        errors: [{ path: '(root)', message: `invalid JSON at ${where}: ${json.message}` }],
      };
    }
    data = json.value;
  }
  const result = voicePackSchema.safeParse(data, { error: () => ZOD_DEFAULT });
  const errors = result.success
    ? []
    : result.error.issues.flatMap((issue) => describeIssue(issue, data, []));
  const semantic = checkSemantics(data);
  for (const problem of semantic.errors) {
    if (!errors.some((e) => e.path === problem.path && e.message === problem.message))
      errors.push(problem);
  }
  if (errors.length > 0 || !result.success) return { ok: false, errors: sortProblems(errors) };
  return { ok: true, pack: result.data, warnings: sortProblems(semantic.warnings) };
}

// ---------------------------------------------------------------------------------------------
// Schema issues → short messages

/**
 * Returned by the per-parse error map: schema-level messages ("must not be empty") take
 * precedence over it, so any issue still carrying this marker gets a message written here.
 */
const ZOD_DEFAULT = '\u0000zod-default';

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** A value, short enough for a message. */
function show(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value);
  return typeName(value);
}

function quoted(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function sizeMessage(issue: Issue & { code: 'too_small' | 'too_big' }): string {
  const small = issue.code === 'too_small';
  const bound = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'string':
      if (small && bound === 1) return 'must not be empty';
      return `must be ${small ? 'at least' : 'at most'} ${plural(bound, 'character')}`;
    case 'array':
    case 'set':
      if (small && bound === 1) return 'must not be empty';
      return `must have ${small ? 'at least' : 'at most'} ${plural(bound, 'item')}`;
    default:
      if (inclusive) return `must be ${small ? 'at least' : 'at most'} ${bound}`;
      return `must be ${small ? 'greater' : 'less'} than ${bound}`;
  }
}

function describeIssue(issue: Issue, data: unknown, base: readonly PathSegment[]): PackProblem[] {
  const path = [...base, ...issue.path];
  const at = (message: string, where = path) => [{ path: formatPath(where), message }];
  const value = valueAt(data, path);

  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: formatPath([...path, key]),
      message: unknownKeyMessage(key, path, data),
    }));
  }
  if (issue.code === 'invalid_union') {
    // A discriminated union reports the `kind` it did not recognise, with the options.
    const { note, options: kinds } = issue as { note?: string; options?: unknown[] };
    if (note === 'No matching discriminator') {
      const options = quoted(kinds ?? []);
      return at(
        value === undefined
          ? `required; one of ${options}`
          : `expected one of ${options}, got ${show(value)}`,
      );
    }
    return describeUnion(issue.errors, data, path, value);
  }
  if (issue.code === 'invalid_key') {
    const inner = issue.issues.flatMap((i) => describeIssue(i, {}, []));
    return at(`invalid key: ${inner.map((p) => p.message).join('; ')}`);
  }
  if (issue.message !== ZOD_DEFAULT) return at(issue.message);

  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return at('required');
      if (issue.expected === 'int') return at(`expected a whole number, got ${show(value)}`);
      return at(`expected ${issue.expected}, got ${typeName(value)}`);
    case 'too_small':
    case 'too_big':
      return at(sizeMessage(issue));
    case 'invalid_value':
      return at(
        issue.values.length === 1
          ? `expected ${quoted(issue.values)}, got ${show(value)}`
          : `expected one of ${quoted(issue.values)}, got ${show(value)}`,
      );
    case 'invalid_format':
      return at(issue.format === 'url' ? 'must be a URL' : `must be a valid ${issue.format}`);
    case 'not_multiple_of':
      return at(`must be a multiple of ${String(issue.divisor)}`);
    default:
      return at('invalid value');
  }
}

/**
 * A union that failed every branch. When only one branch accepted the value's shape (the
 * `{ trips: [...] }` object, not the `"pass"` literal), its problems are the useful ones;
 * otherwise list what the branches expect.
 */
function describeUnion(
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
  if (fitting.length === 1) return fitting[0]!.flatMap((issue) => describeIssue(issue, data, path));
  const values: unknown[] = [];
  const types: string[] = [];
  for (const issue of branches.flat()) {
    if (issue.path.length > 0) continue;
    if (issue.code === 'invalid_value') values.push(...issue.values);
    else if (issue.code === 'invalid_type') types.push(issue.expected);
  }
  const options = [
    values.length > 1 ? `one of ${quoted(values)}` : quoted(values),
    ...types,
  ].filter(Boolean);
  const what = options.length > 0 ? `expected ${options.join(' or ')}` : 'invalid value';
  return [
    {
      path: formatPath(path),
      message: value === undefined ? 'required' : `${what}, got ${show(value)}`,
    },
  ];
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
    if (def.type === 'union')
      schema = def.options?.find(
        (option) => option.safeParse(value).success || fitsKind(option, value),
      );
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

function unknownKeyMessage(key: string, path: readonly PathSegment[], data: unknown): string {
  const container = schemaAt(path, data);
  if (!container) return 'unknown field';
  const def = defOf(container);
  if (def.type === 'record' && def.keyType) {
    return `unknown key; expected one of ${quoted(enumValues(def.keyType))}`;
  }
  return `unknown field${didYouMean(key, Object.keys(def.shape ?? {}))}`;
}

// ---------------------------------------------------------------------------------------------
// Checks the schema cannot express. They read the raw input defensively, so they still report
// when the schema found other problems.

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function entriesOf(value: unknown): [string, unknown][] {
  return isObject(value) ? Object.entries(value) : [];
}

const PLACEHOLDERS = {
  block: ['name', 'agent', 'initials', 'topic'],
  signOff: ['initials', 'agent'],
};

function checkSemantics(data: unknown): { errors: PackProblem[]; warnings: PackProblem[] } {
  const errors: PackProblem[] = [];
  const warnings: PackProblem[] = [];
  if (!isObject(data)) return { errors, warnings };
  const error = (path: PathSegment[], message: string) =>
    errors.push({ path: formatPath(path), message });
  const warn = (path: PathSegment[], message: string) =>
    warnings.push({ path: formatPath(path), message });

  // Languages: duplicates are errors; everything else is checked against the set.
  const declared = list(data.languages).filter((l): l is string => typeof l === 'string');
  const languages = new Set<string>();
  declared.forEach((language, i) => {
    if (languages.has(language)) error(['languages', i], `duplicate language "${language}"`);
    languages.add(language);
  });
  const knownLanguages =
    Array.isArray(data.languages) &&
    declared.every((l) => (LANGUAGES as readonly string[]).includes(l));
  const checkLanguage = (path: PathSegment[], language: string) => {
    if (
      knownLanguages &&
      (LANGUAGES as readonly string[]).includes(language) &&
      !languages.has(language)
    ) {
      error(
        path,
        `language "${language}" is not in the pack's languages (${[...languages].join(', ')})`,
      );
    }
  };
  const missingLanguages = (record: unknown) =>
    [...languages].filter((l) => isObject(record) && !(l in record));

  const duplicates = (section: string) => {
    const seen = new Map<string, number>();
    list(data[section]).forEach((item, i) => {
      const id = isObject(item) ? item.id : undefined;
      if (typeof id !== 'string') return;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else
        error(
          [section, i, 'id'],
          `duplicate id "${id}" (first used at ${formatPath([section, first])})`,
        );
    });
  };
  duplicates('rules');
  duplicates('blocks');
  duplicates('escalation');

  const customIds = new Set(
    list(data.rules)
      .map((rule) => (isObject(rule) ? rule.id : undefined))
      .filter((id): id is string => typeof id === 'string'),
  );
  const ruleIds = [...BUILTIN_RULE_IDS, ...[...customIds].map((id) => `brand.custom.${id}`)];
  const isRuleId = (id: string) => ruleIds.includes(id);
  const suggestRule = (id: string) =>
    customIds.has(id) ? `; did you mean "brand.custom.${id}"?` : didYouMean(id, ruleIds);

  list(data.rules).forEach((rule, i) => {
    if (!isObject(rule)) return;
    list(rule.languages).forEach((language, j) => {
      if (typeof language === 'string') checkLanguage(['rules', i, 'languages', j], language);
    });
    if (rule.kind !== 'occurrence' && rule.kind !== 'metric') return;
    const { min, max } = rule;
    if (min === undefined && max === undefined) error(['rules', i], 'needs "min" or "max"');
    if (typeof min === 'number' && typeof max === 'number' && min > max) {
      error(['rules', i, 'min'], `must not be greater than "max" (${max})`);
    }
  });

  for (const [id] of entriesOf(data.overrides)) {
    if (!isRuleId(id)) error(['overrides', id], `unknown rule id${suggestRule(id)}`);
  }

  list(data.examples).forEach((example, i) => {
    if (!isObject(example)) return;
    if (typeof example.language === 'string')
      checkLanguage(['examples', i, 'language'], example.language);
    const trips = isObject(example.expect) ? list(example.expect.trips) : [];
    trips.forEach((id, j) => {
      if (typeof id === 'string' && !isRuleId(id.trim())) {
        error(
          ['examples', i, 'expect', 'trips', j],
          `unknown rule id "${id}"${suggestRule(id.trim())}`,
        );
      }
    });
  });

  const checkPlaceholders = (path: PathSegment[], text: unknown, allowed: readonly string[]) => {
    if (typeof text !== 'string') return;
    for (const [, name] of text.matchAll(/\{([^{}\s]*)\}/g)) {
      if (!allowed.includes(name!)) {
        const braced = allowed.map((a) => `{${a}}`);
        const hint = didYouMean(`{${name}}`, braced) || `; use ${braced.join(', ')}`;
        error(path, `unknown placeholder {${name}}${hint}`);
      }
    }
  };
  if (isObject(data.tone) && isObject(data.tone.signOff)) {
    checkPlaceholders(
      ['tone', 'signOff', 'template'],
      data.tone.signOff.template,
      PLACEHOLDERS.signOff,
    );
  }

  list(data.blocks).forEach((block, i) => {
    if (!isObject(block)) return;
    for (const [language, text] of entriesOf(block.text)) {
      checkLanguage(['blocks', i, 'text', language], language);
      checkPlaceholders(['blocks', i, 'text', language], text, PLACEHOLDERS.block);
    }
    for (const language of missingLanguages(block.text))
      warn(['blocks', i, 'text'], `no "${language}" text`);
  });

  list(data.escalation).forEach((entry, i) => {
    if (!isObject(entry)) return;
    for (const [language] of entriesOf(entry.triggers))
      checkLanguage(['escalation', i, 'triggers', language], language);
    for (const [language, text] of entriesOf(entry.holdingReply)) {
      checkLanguage(['escalation', i, 'holdingReply', language], language);
      checkPlaceholders(['escalation', i, 'holdingReply', language], text, PLACEHOLDERS.block);
    }
    for (const language of missingLanguages(entry.triggers)) {
      warn(
        ['escalation', i, 'triggers'],
        `no "${language}" triggers: messages in that language will not start this playbook`,
      );
    }
    for (const language of missingLanguages(entry.holdingReply)) {
      warn(['escalation', i, 'holdingReply'], `no "${language}" holding reply`);
    }
  });

  for (const [platform, limit] of entriesOf(data.limits)) {
    if (!(PLATFORM_IDS as readonly string[]).includes(platform) || !isObject(limit)) continue;
    const own = PLATFORM_LIMITS[platform as keyof typeof PLATFORM_LIMITS].maxChars;
    if (typeof limit.maxChars === 'number' && own !== null && limit.maxChars > own) {
      warn(
        ['limits', platform, 'maxChars'],
        `is above ${PLATFORM_LIMITS[platform as keyof typeof PLATFORM_LIMITS].label}'s own limit of ${own}, which still applies`,
      );
    }
  }

  return { errors, warnings };
}

// ---------------------------------------------------------------------------------------------

const SECTION_ORDER = Object.keys(voicePackSchema.shape);

/** Problems in the order of the pack's sections, then by item; stable otherwise. */
function sortProblems(problems: PackProblem[]): PackProblem[] {
  const key = (path: string) => {
    const match = /^([A-Za-z$_][\w$]*)(?:\[(\d+)\])?/.exec(path);
    const section = match ? SECTION_ORDER.indexOf(match[1]!) : -1;
    return [
      section === -1 ? -1 : section,
      match?.[2] === undefined ? -1 : Number(match[2]),
    ] as const;
  };
  return problems
    .map((problem, index) => ({ problem, index, key: key(problem.path) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.index - b.index)
    .map(({ problem }) => problem);
}
