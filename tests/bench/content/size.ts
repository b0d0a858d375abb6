/**
 * The built content script's size, as the browser downloads and parses it: WXT's minified
 * output, and that gzipped (zlib level 9). Builds first when the build is missing or older than
 * the sources it comes from.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_EXTENSION_DIR, ROOT } from '../../../lib/devtools/browser';

export const CONTENT_SCRIPT = join(CHROME_EXTENSION_DIR, 'content-scripts/content.js');
/** What the build reads: a change in any of these makes the build stale. */
const SOURCES = ['entrypoints', 'lib', 'components', 'public', 'wxt.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export type BuildState = 'up to date' | 'built now (was missing)' | 'built now (was stale)';

/** Runs `npm run build` when .output/chrome-mv3 is missing or older than its sources. */
export function ensureBuilt(): BuildState {
  const manifest = join(CHROME_EXTENSION_DIR, 'manifest.json');
  let state: BuildState = 'up to date';
  if (!existsSync(manifest) || !existsSync(CONTENT_SCRIPT)) state = 'built now (was missing)';
  else {
    const built = Math.min(statSync(manifest).mtimeMs, statSync(CONTENT_SCRIPT).mtimeMs);
    const sources = Math.max(...SOURCES.map((path) => newestMtime(join(ROOT, path))));
    if (sources > built) state = 'built now (was stale)';
  }
  if (state !== 'up to date') {
    // Its output would mix with the report (or the --json): shown only when it fails.
    try {
      execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe' });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`npm run build failed:\n${String(stdout ?? '')}${String(stderr ?? '')}`);
    }
  }
  return state;
}

export interface ScriptSize {
  minified: number;
  gzipped: number;
}

export function contentScriptSize(): ScriptSize {
  const code = readFileSync(CONTENT_SCRIPT);
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}
