/**
 * Builds the test-only editor harness extension into .output/editor-harness: an MV3 manifest,
 * a no-op service worker, and a content script (content.ts with lib/editors) for
 * http://127.0.0.1 pages.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const HARNESS_DIR = join(ROOT, '.output/editor-harness');

export async function buildEditorHarness(): Promise<string> {
  mkdirSync(HARNESS_DIR, { recursive: true });
  const here = join(ROOT, 'tests/e2e/harness');
  await build({
    entryPoints: { content: join(here, 'content.ts'), background: join(here, 'background.ts') },
    outdir: HARNESS_DIR,
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    logLevel: 'warning',
  });
  const manifest = {
    manifest_version: 3,
    name: 'Replykit editor harness (test only)',
    version: '0.0.1',
    background: { service_worker: 'background.js' },
    content_scripts: [
      { matches: ['http://127.0.0.1/*'], js: ['content.js'], run_at: 'document_idle' },
    ],
  };
  writeFileSync(join(HARNESS_DIR, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return HARNESS_DIR;
}
