import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../lib/i18n/catalog';
import { BUILTIN_RULES } from '../../../lib/rules/registry';
import { whyKey } from '../../../lib/rules/say';

// TypeScript already refuses a t('key') the catalog lacks. This is the other direction: a key no
// code reads is a string translators keep up for nothing, or a sign the code lost a string.
const ROOT = join(import.meta.dirname, '../../..');
const SOURCE_DIRS = ['lib', 'components', 'entrypoints'];
const CATALOG_DIR = join(ROOT, 'lib/i18n/catalog');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === CATALOG_DIR ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const files = [
  ...SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir))),
  join(ROOT, 'wxt.config.ts'),
];
const source = files.map((file) => readFileSync(file, 'utf8')).join('\n');

/**
 * Keys the code builds instead of naming them, each group with the reason and a check that the
 * code really reads every key of the group.
 */
const DYNAMIC: {
  reason: string;
  keys: (key: string) => boolean;
  read: (key: string) => boolean;
}[] = [
  {
    reason:
      'lib/rules/say.ts whyKey(rule id) reads a rule’s explanation by its id; the pack’s own ' +
      'rules (brand.custom.<name>) share one',
    keys: (key) => /^rule_.+_why$/.test(key),
    read: (key) =>
      [...BUILTIN_RULES.map((rule) => rule.id), 'brand.custom.any-name'].some(
        (id) => whyKey(id) === key,
      ),
  },
];

/**
 * Keys no code reads yet, each with why it is kept. An entry that code has started to read fails
 * below, so the list only shrinks.
 */
const NOT_READ_YET: Record<string, string> = {
  compose_analysis_entities:
    'catalog/compose.ts: a heading for the mentions list, which AnalysisSummary shows without one',
};

function namedInSource(key: string): boolean {
  return new RegExp(`['"\`]${key}['"\`]|__MSG_${key}__`).test(source);
}

describe('every catalog key is read somewhere', () => {
  it('scans the source it means to', () => {
    const names = files.map((file) => relative(ROOT, file));
    expect(names).toContain('components/FindingGroups.tsx');
    expect(names).toContain('wxt.config.ts');
    expect(names.some((name) => name.startsWith('lib/i18n/catalog/'))).toBe(false);
  });

  it('keeps exceptions only for keys the catalog has', () => {
    for (const key of Object.keys(NOT_READ_YET)) expect(Object.keys(CATALOG)).toContain(key);
  });

  it.each(Object.keys(CATALOG))('%s', (key) => {
    const group = DYNAMIC.find((g) => g.keys(key));
    if (group) expect(group.read(key), group.reason).toBe(true);
    else if (key in NOT_READ_YET) {
      expect(namedInSource(key), `'${key}' is read now: take it off NOT_READ_YET`).toBe(false);
    } else expect(namedInSource(key), `no code names '${key}'`).toBe(true);
  });
});
