/**
 * The memory benchmark in Chromium's real IndexedDB: the extension built in the bench mode (it
 * adds the unlisted page memory-bench.html, see wxt.config.ts) in headless Chromium with a
 * profile of its own, the page opened at chrome-extension://<id>/memory-bench.html and
 * `window.__memoryBench.run(config)` evaluated there. Besides the page's
 * navigator.storage.estimate(), the database's directory in the profile is measured on disk.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { extensionIdOf, QUIET_ARGS, ROOT } from '../../../lib/devtools/browser';
import type { MemoryBenchPage } from './page';
import type { MemoryBenchConfig, MemoryBenchResult } from './run';

export const BENCH_EXTENSION_DIR = join(ROOT, '.output/chrome-mv3-bench');
const SOURCES = ['entrypoints', 'lib', 'components', 'public', 'wxt.config.ts', 'package.json'];
const BENCH_SOURCES = ['tests/bench/memory'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Bytes of the files under `path`. */
export function diskUsage(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, entry) => sum + diskUsage(join(path, entry)), 0);
}

/** Builds .output/chrome-mv3-bench (`wxt build --mode bench`) when missing or older than its sources. */
export function ensureBenchBuilt(): string {
  const manifest = join(BENCH_EXTENSION_DIR, 'manifest.json');
  const page = join(BENCH_EXTENSION_DIR, 'memory-bench.html');
  let state = 'up to date';
  if (!existsSync(manifest) || !existsSync(page)) state = 'built now (was missing)';
  else {
    const built = Math.min(statSync(manifest).mtimeMs, statSync(page).mtimeMs);
    const sources = Math.max(
      ...[...SOURCES, ...BENCH_SOURCES].map((path) => newestMtime(join(ROOT, path))),
    );
    if (sources > built) state = 'built now (was stale)';
  }
  if (state !== 'up to date') {
    try {
      execFileSync('npx', ['wxt', 'build', '--mode', 'bench'], { cwd: ROOT, stdio: 'pipe' });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(
        `wxt build --mode bench failed:\n${String(stdout ?? '')}${String(stderr ?? '')}`,
      );
    }
  }
  return state;
}

export interface ChromiumRun {
  result: MemoryBenchResult;
  browserVersion: string;
  build: string;
  /** Bytes of the extension's IndexedDB directory in the profile, after the run. */
  databaseDirBytes: number;
}

export async function runInChromium(
  config: MemoryBenchConfig,
  progress: (message: string) => void,
): Promise<ChromiumRun> {
  const build = ensureBenchBuilt();
  // A profile directory of our own (not Playwright's throwaway one) so the database's files
  // can be measured on disk.
  const profile = mkdtempSync(join(tmpdir(), 'replykit-memory-bench-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        `--disable-extensions-except=${BENCH_EXTENSION_DIR}`,
        `--load-extension=${BENCH_EXTENSION_DIR}`,
        '--no-sandbox',
        ...QUIET_ARGS,
      ],
      ignoreDefaultArgs: ['--disable-extensions'],
    });
    try {
      const extensionId = await extensionIdOf(context);
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.text().startsWith('[memory-bench]')) progress(message.text().slice(15));
      });
      await page.goto(`chrome-extension://${extensionId}/memory-bench.html`);
      await page.waitForFunction(() => document.title === 'memory bench ready');
      const result = await page.evaluate(
        (pageConfig) =>
          (window as unknown as { __memoryBench: MemoryBenchPage }).__memoryBench.run(pageConfig),
        config,
      );
      const browserVersion = context.browser()?.version() ?? 'unknown';
      await page.close();
      await context.close();
      const databaseDir = join(
        profile,
        'Default/IndexedDB',
        `chrome-extension_${extensionId}_0.indexeddb.leveldb`,
      );
      return { result, browserVersion, build, databaseDirBytes: diskUsage(databaseDir) };
    } finally {
      await context.close().catch(() => {});
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
