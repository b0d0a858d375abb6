import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildDemoExtension,
  buildDemoSite,
  DEMO_EXTENSION_DIR,
  DEMO_PACK_PATH,
  DEMO_PLATFORMS,
} from '../../lib/devtools/demo-site';
import { runPackExample } from '../../lib/rules/pack-examples';
import { parsePack } from '../../lib/voice/parse';
import { ROOT } from '../../lib/devtools/browser';
import { serveStatic, type StaticServer } from '../../lib/devtools/serve';
import { pageComposerView } from '../../lib/panel/page-view';
import { EXPECTED } from '../unit/sites/expected';
import {
  EXTENSION_DIR,
  inEnglish,
  launchExtension,
  readManifest,
  type Extension,
} from './extension';

const PROBLEM = 'We apologize for any inconvenience.';

function contentScriptMatches(manifest: Record<string, unknown>): string[] {
  const scripts = manifest.content_scripts as { matches: string[] }[];
  return scripts.flatMap((s) => s.matches);
}

describe('the demo behind npm start', () => {
  let extension: Extension;
  let server: StaticServer;
  let panel: Page;

  beforeAll(async () => {
    // Its own folders: the build the other e2e tests load stays as `npm test` built it.
    const [, siteDir] = await Promise.all([
      buildDemoExtension('pipe'),
      buildDemoSite(join(ROOT, '.output/demo-site-e2e')),
    ]);
    server = await serveStatic(siteDir);
    extension = await launchExtension(DEMO_EXTENSION_DIR);
    panel = await extension.context.newPage();
    panel.setDefaultTimeout(10_000);
    await panel.goto(extension.url('sidepanel.html'));
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  it('only the demo build runs on the local origins; the normal build does not', () => {
    expect(DEMO_EXTENSION_DIR).not.toBe(EXTENSION_DIR);
    const normal = contentScriptMatches(readManifest());
    const demo = contentScriptMatches(
      JSON.parse(readFileSync(join(DEMO_EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<
        string,
        unknown
      >,
    );
    expect(normal.filter((m) => /127\.0\.0\.1|localhost/.test(m))).toEqual([]);
    expect(demo).toEqual(expect.arrayContaining(['http://127.0.0.1/*', 'http://localhost/*']));
    expect(new Set(demo)).toEqual(new Set([...normal, 'http://127.0.0.1/*', 'http://localhost/*']));
  });

  it('serves a team pack to subscribe to: linked from the index, readable cross-origin, valid, its examples pass', async () => {
    const index = await (await fetch(`${server.origin}/`)).text();
    expect(index).toContain(`href="${DEMO_PACK_PATH}"`);
    const response = await fetch(`${server.origin}/${DEMO_PACK_PATH}`);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const parsed = parsePack(await response.text());
    expect(parsed.ok ? parsed.pack.name : parsed.errors).toBe('Acme care (demo team pack)');
    if (!parsed.ok) return;
    expect(parsed.pack.vocabulary.banned.map((b) => b.term)).toContain('ASAP');
    const failing = parsed.pack.examples
      .map((example, i) => runPackExample(parsed.pack, example, i))
      .filter((result) => !result.passed);
    expect(failing).toEqual([]);
  });

  it('the index shows every platform, each with its editor library', async () => {
    const index = await extension.context.newPage();
    try {
      await index.goto(`${server.origin}/`);
      for (const platform of DEMO_PLATFORMS) {
        const card = index.getByRole('article', { name: platform.label });
        expect(await card.locator('.card__editors').textContent()).toBe(
          platform.editors.join(' · '),
        );
      }
      expect(await index.getByRole('article').count()).toBe(DEMO_PLATFORMS.length);
    } finally {
      await index.close();
    }
  });

  it('the panel follows X’s Draft.js box, then LinkedIn’s Quill box, with the customer read', async () => {
    const demo = await extension.context.newPage();
    demo.setDefaultTimeout(10_000);
    try {
      for (const id of ['x', 'linkedin']) {
        const platform = DEMO_PLATFORMS.find((p) => p.id === id)!;
        const page = platform.pages[0]!;
        const view = pageComposerView(
          { tabId: 0, composerId: '', context: EXPECTED[page.page]![0]! },
          inEnglish,
        );
        await demo.goto(`${server.origin}/`);
        await demo
          .getByRole('article', { name: platform.label })
          .getByRole('link', { name: platform.label })
          .click();
        await demo.waitForURL(`**/${page.page}.html`);
        await demo.locator(page.composer).first().click();
        await demo.keyboard.type(PROBLEM);
        await panel
          .getByRole('heading', {
            name: `${view.kindLabel} on ${view.platformLabel} to ${view.customerName}`,
          })
          .waitFor();
        await expect.poll(() => panel.getByLabel(/^Draft reply/).inputValue()).toBe(PROBLEM);
        await panel.locator('[data-rule-id="human.form-letter"]').waitFor();
      }
    } finally {
      await demo.close();
    }
  });
});
