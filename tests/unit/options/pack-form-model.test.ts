import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { switchKind } from '../../../lib/options/pack-form/kinds';
import {
  controlCovers,
  SECTIONS,
  type Fields,
  type Kinds,
  type Node,
} from '../../../lib/options/pack-form/model';
import {
  getAt,
  moveAt,
  parseProblemPath,
  pathKey,
  removeAt,
  setAt,
} from '../../../lib/options/pack-form/path';
import { placeProblems } from '../../../lib/options/pack-form/problems';
import { voicePackSchema } from '../../../lib/voice/schema';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  valueType?: z.ZodType;
  in?: z.ZodType;
  values?: unknown[];
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

const join = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);

/** Every field of the pack format as a pattern: `blocks[].text`, `rules[]{metric}.max`. */
function schemaFields(schema: z.ZodType, prefix = ''): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
      return schemaFields(def.innerType!, prefix);
    case 'pipe':
      return schemaFields(def.in!, prefix);
    case 'object':
      return Object.entries(def.shape!).flatMap(([key, child]) => [
        join(prefix, key),
        ...schemaFields(child, join(prefix, key)),
      ]);
    case 'array':
      return schemaFields(def.element!, `${prefix}[]`);
    case 'record':
      return schemaFields(def.valueType!, `${prefix}{}`);
    case 'union':
      return def.options!.flatMap((option) => {
        if (!def.discriminator) return schemaFields(option, prefix);
        const kind = defOf(defOf(option).shape![def.discriminator]!).values![0];
        return schemaFields(option, `${prefix}{${String(kind)}}`);
      });
    default:
      return [];
  }
}

/** The same patterns from the form's model. */
function modelFields(fields: Fields, prefix = ''): string[] {
  return Object.entries(fields).flatMap(([key, node]) => nodeFields(node, join(prefix, key)));
}

function nodeFields(node: Node, path: string): string[] {
  switch (node.t) {
    case 'leaf':
      return [path, ...controlCovers(node.control).map((rest) => `${path}${rest}`)];
    case 'group':
      return [path, ...modelFields(node.fields, path)];
    case 'list':
      return [path, ...itemFields(node.item, `${path}[]`)];
    case 'kinds':
      return itemFields(node, path);
  }
}

function itemFields(item: Node, prefix: string): string[] {
  if (item.t === 'group') return modelFields(item.fields, prefix);
  if (item.t !== 'kinds') return [];
  return Object.entries(item.kinds).flatMap(([kind, own]) => [
    `${prefix}{${kind}}.kind`,
    ...modelFields({ ...item.base, ...own }, `${prefix}{${kind}}`),
  ]);
}

const ROOT = Object.assign({}, ...SECTIONS.map((s) => s.fields)) as Fields;

describe('the pack form model', () => {
  it('has a field, with a label, for every field of the pack format and none the format lacks', () => {
    const schema = schemaFields(voicePackSchema).sort();
    const model = modelFields(ROOT).sort();
    expect(schema).toContain('rules[]{substitution}.swap');
    expect(schema).toContain('hours.week.mon[].from');
    expect(model).toEqual(schema);
  });

  it('switches a custom rule’s kind: common fields stay, the old kind’s go, the new kind starts', () => {
    const rules = (ROOT.rules as { item: Kinds }).item;
    const rule = {
      id: 'no-cheap',
      kind: 'existence',
      message: 'Not %s',
      tokens: ['cheap'],
      ignorecase: false,
      x: 1,
    };
    expect(switchKind(rule, rules, 'substitution')).toEqual({
      id: 'no-cheap',
      kind: 'substitution',
      message: 'Not %s',
      ignorecase: false,
      x: 1,
      swap: {},
    });
    expect(switchKind(rule, rules, 'metric')).toEqual({
      id: 'no-cheap',
      kind: 'metric',
      message: 'Not %s',
      x: 1,
      metric: 'words',
    });
  });
});

describe('pack paths', () => {
  const pack = { vocabulary: { terms: ['a', 'b', 'c'] }, unknown: { keep: true } };

  it('sets, removes and moves without touching the original or unknown keys', () => {
    const set = setAt(pack, ['tone', 'emoji', 'max'], 2);
    expect(set).toEqual({ ...pack, tone: { emoji: { max: 2 } } });
    expect(set.unknown).toBe(pack.unknown);
    expect(pack).not.toHaveProperty('tone');
    expect(removeAt(set, ['tone', 'emoji', 'max'])).toEqual({ ...pack, tone: { emoji: {} } });
    expect(removeAt(pack, ['vocabulary', 'terms', 1])).toEqual({
      ...pack,
      vocabulary: { terms: ['a', 'c'] },
    });
    expect(moveAt(pack, ['vocabulary', 'terms'], 0, 2)).toEqual({
      ...pack,
      vocabulary: { terms: ['b', 'c', 'a'] },
    });
    expect(getAt(pack, ['vocabulary', 'terms', 2])).toBe('c');
    expect(getAt({}, ['__proto__'])).toBeUndefined();
  });

  it('reads problem paths the way parsePack writes them', () => {
    for (const path of [
      ['blocks', 3, 'text', 'de'],
      ['overrides', 'brand.foo'],
      ['hours', 'week', 'mon', 0, 'from'],
    ]) {
      expect(parseProblemPath(pathKey(path))).toEqual(path);
    }
    expect(parseProblemPath('(root)')).toEqual([]);
  });

  it('places problems at the field that edits them, and the rest at the top', () => {
    const value = {
      languages: ['en'],
      vocabulary: { terms: ['x', ''] },
      blocks: [{ id: 'a', text: { en: '' } }],
      rules: [{ kind: 'metric', metric: 'nope' }],
    };
    const { at, unplaced } = placeProblems(
      [
        { path: 'vocabulary.terms[1]', message: 'must not be empty' },
        { path: 'blocks[0].text.en', message: 'must not be empty' },
        { path: 'blocks[0]', message: 'something about the block' },
        { path: 'rules[0].metric', message: 'invalid' },
        { path: 'rules[0].tokens', message: 'unknown field' },
        { path: 'tone.foo', message: 'unknown field' },
        { path: '(root)', message: 'invalid JSON' },
        { path: 'blocks[5].id', message: 'no such block' },
      ],
      value,
    );
    expect([...at.keys()].sort()).toEqual(
      ['blocks[0]', 'blocks[0].text', 'rules[0].metric', 'vocabulary.terms'].sort(),
    );
    expect(unplaced.map((p) => p.path)).toEqual([
      'rules[0].tokens',
      'tone.foo',
      '(root)',
      'blocks[5].id',
    ]);
  });
});
