import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { assertBuilt } from '../../lib/devtools/browser';
import { EXTENSION_DIR, readManifest } from './extension';

/** The content script runs on every page of the supported sites: it has to stay small. */
const CONTENT_SCRIPT_BUDGET_GZIP = 40 * 1024;

function contentScript(): string {
  assertBuilt(EXTENSION_DIR);
  const scripts = (readManifest().content_scripts ?? []) as { js: string[] }[];
  expect(scripts.flatMap((s) => s.js)).toEqual(['content-scripts/content.js']);
  return readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
}

describe('the built content script', () => {
  it(`stays within ${CONTENT_SCRIPT_BUDGET_GZIP / 1024} KB gzipped`, () => {
    const size = gzipSync(contentScript(), { level: 9 }).length;
    expect(size).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_GZIP);
  });

  it.each([
    ['React', /react\.(production|development)|__REACT_DEVTOOLS|ReactCurrentOwner|createRoot/],
    ['zod', /ZodError|\$ZodType/],
    ['Dexie', /Dexie/],
    ['compromise', /compromise|nlp\.plugin/],
    ['the check engine', /form-letter|inclusive\.ableist/],
  ])('does not ship %s', (_name, marker) => {
    expect(contentScript()).not.toMatch(marker);
  });
});
