/**
 * `npm start`: builds the demo build of the extension (.output/chrome-mv3-demo: the content script
 * also runs on the local demo origins), serves the demo site (each platform's reply boxes on the
 * real editor libraries, the same fixture pages the end-to-end tests use) and opens it in
 * Chromium with the extension loaded, the side panel page as a tab next to it.
 *
 * With a display it stays open until you close the browser or press Ctrl+C. Without one
 * (no DISPLAY / WAYLAND_DISPLAY on Linux, or CI set) it runs headless: it writes a reply in the
 * reply boxes of a few platforms one after another, saves screenshots of each page and of the
 * panel following it to .output/screenshots, and exits.
 *
 *   npm start                  build, then open
 *   npm start -- --no-build    reuse .output/chrome-mv3-demo and .output/demo-site when built
 *   npm start -- --headless    screenshots even with a display
 *   CHROME_PATH=/path/to/chromium npm start
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { platformLabel } from '../platforms/limits';
import type { PlatformId } from '../platforms/index';
import {
  ROOT,
  findBrowser,
  hasDisplay,
  launchWithExtension,
  type LaunchedExtension,
} from './browser';
import {
  buildDemoExtension,
  buildDemoSite,
  DEMO_EXTENSION_DIR,
  DEMO_PLATFORMS,
  DEMO_SITE_DIR,
} from './demo-site';
import { serveStatic, type StaticServer } from './serve';

const SCREENSHOT_DIR = join(ROOT, '.output/screenshots');
/** A reply with the problems customers hate: a form letter, a brush-off to email, shouting. */
const SAMPLE_REPLY =
  'We apologize for any inconvenience!! Please email info@example.com and our team will look into it ASAP.';
/** The platforms the headless run writes in, one after another: one per editor library. */
const HEADLESS_TOUR = ['x', 'linkedin', 'bluesky', 'facebook'] as const;

async function screenshots(launched: LaunchedExtension, origin: string): Promise<string[]> {
  rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const files: string[] = [];
  const save = async (page: Page, name: string) => {
    const file = join(SCREENSHOT_DIR, name);
    await page.screenshot({ path: file, fullPage: true });
    files.push(file);
  };

  const { context, url } = launched;
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 380, height: 900 });
  await panel.goto(url('sidepanel.html'));
  await panel.getByRole('heading', { name: 'Replykit' }).waitFor();

  const demo = await context.newPage();
  demo.setDefaultTimeout(15_000);
  await demo.setViewportSize({ width: 1280, height: 900 });
  await demo.goto(`${origin}/`);
  await demo.waitForLoadState('load');
  await save(demo, '00-demo-index.png');

  let step = 0;
  for (const id of HEADLESS_TOUR) {
    const platform = DEMO_PLATFORMS.find((p) => p.id === id)!;
    const page = platform.pages[0]!;
    step += 1;
    const prefix = `${String(step).padStart(2, '0')}-${id}`;
    // Through the index, as a user would: the platform's card, then its reply box.
    if (!demo.url().endsWith('/')) await demo.goto(`${origin}/`);
    await demo
      .getByRole('article', { name: platform.label })
      .getByRole('link', { name: platform.label })
      .click();
    await demo.waitForURL(`**/${page.page}.html`);
    await demo.locator(page.composer).first().click();
    const where = new RegExp(` on ${platformLabel(id as PlatformId)}( to |$)`);
    await panel.getByRole('heading', { name: where }).waitFor({ timeout: 15_000 });
    // The customer's message read: card, analysis and suggestions; the second goes in.
    await panel.locator('[data-suggestions-ready="true"]').waitFor({ timeout: 15_000 });
    await save(panel, `${prefix}-panel-suggestions.png`);
    // A message that needs escalating may get the holding reply alone.
    const suggestions = panel.getByTestId('suggestion');
    const pick = Math.min(1, (await suggestions.count()) - 1);
    const chosen = suggestions.nth(pick);
    const text = (await chosen.getByTestId('suggestion-text').innerText()).trim();
    await chosen.locator('[data-action="insert"]').click();
    // The insert is done when the panel's mirror of the reply box holds it; typing before that
    // would land in the middle of the insertion.
    await panel.waitForFunction(
      (wanted) => document.querySelector('textarea')?.value.trim() === wanted,
      text,
      { timeout: 15_000 },
    );
    console.log(`  ${platform.label} (${page.editor}): suggestions shown, #${pick + 1} inserted`);
    // Then a reply with problems, typed over it: the panel checks it live.
    await demo.locator(page.composer).first().click();
    await demo.keyboard.press('ControlOrMeta+A');
    await demo.keyboard.type(SAMPLE_REPLY);
    await panel.locator('.finding').first().waitFor({ timeout: 15_000 });
    console.log(`  ${platform.label} (${page.editor}): the panel follows the reply box`);
    await save(demo, `${prefix}-page.png`);
    await save(panel, `${prefix}-panel.png`);
    await demo.goto(`${origin}/`);
  }
  await panel.emulateMedia({ colorScheme: 'dark' });
  await save(panel, `${String(step + 1).padStart(2, '0')}-panel-dark.png`);
  return files;
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const headless = args.has('--headless') || !hasDisplay();
  const build = !args.has('--no-build');
  if (build || !existsSync(join(DEMO_EXTENSION_DIR, 'manifest.json'))) {
    console.log('Building the demo build of the extension (wxt build --mode demo)…');
    await buildDemoExtension();
  }
  if (build || !existsSync(join(DEMO_SITE_DIR, 'index.html'))) {
    console.log('Building the demo site (the fixture pages on the real editor libraries)…');
    await buildDemoSite();
  }

  const executablePath = findBrowser();
  if (!executablePath) {
    throw new Error(
      'No Chromium-based browser found. Install Chromium (e.g. `sudo apt-get install chromium`) ' +
        'or set CHROME_PATH to its executable.',
    );
  }

  const userDataDir = mkdtempSync(join(tmpdir(), 'replykit-profile-'));
  let server: StaticServer | undefined;
  let launched: LaunchedExtension | undefined;
  const cleanup = async () => {
    await launched?.context.close().catch(() => {});
    await server?.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  };

  try {
    server = await serveStatic(DEMO_SITE_DIR);
    const demoUrl = `${server.origin}/`;
    console.log(`Demo:        ${demoUrl}`);
    console.log(`Browser:     ${executablePath}${headless ? ' (headless)' : ''}`);
    const runningAsRoot = process.getuid?.() === 0;
    launched = await launchWithExtension({
      executablePath,
      extensionDir: DEMO_EXTENSION_DIR,
      headless,
      userDataDir,
      naturalViewport: !headless,
      args: headless || runningAsRoot ? ['--no-sandbox'] : [],
    });
    const panelUrl = launched.url('sidepanel.html');
    console.log(`Extension:   ${launched.extensionId} (${launched.extensionDir})`);
    console.log(`Side panel:  ${panelUrl}`);

    if (headless) {
      const files = await screenshots(launched, server.origin);
      console.log(`Screenshots in ${SCREENSHOT_DIR}:`);
      for (const file of files) console.log(`  ${file}`);
      return;
    }

    const [first] = launched.context.pages();
    const demo = first ?? (await launched.context.newPage());
    await demo.goto(demoUrl);
    const panel = await launched.context.newPage();
    await panel.goto(panelUrl);
    console.log(
      'Ready. Click the Replykit icon in the toolbar to open the real side panel.\n' +
        'Close the browser or press Ctrl+C to stop.',
    );
    await new Promise<void>((resolvePromise) => {
      launched!.context.on('close', () => resolvePromise());
      process.once('SIGINT', () => resolvePromise());
      process.once('SIGTERM', () => resolvePromise());
    });
  } finally {
    await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
