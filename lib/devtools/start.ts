/**
 * `npm start`: builds the extension, serves the demo page and opens both in Chromium with the
 * extension loaded (the side panel page as a tab next to the demo).
 *
 * With a display it stays open until you close the browser or press Ctrl+C. Without one
 * (no DISPLAY / WAYLAND_DISPLAY on Linux, or CI set) it runs headless, types a sample draft
 * into the side panel, saves screenshots to .output/screenshots and exits.
 *
 *   npm start                  build, then open
 *   npm start -- --no-build    use the existing .output/chrome-mv3
 *   npm start -- --headless    screenshots even with a display
 *   CHROME_PATH=/path/to/chromium npm start
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  ROOT,
  findBrowser,
  hasDisplay,
  launchWithExtension,
  type LaunchedExtension,
} from './browser';
import { serveStatic, type StaticServer } from './serve';

const DEMO_DIR = join(ROOT, 'lib/devtools/demo');
const SCREENSHOT_DIR = join(ROOT, '.output/screenshots');
const SAMPLE_DRAFT =
  'We apologize for any inconvenience!! Please email info@example.com and our team will look into it. ' +
  'Your order will arrive ASAP. #customerservice';

function build(): Promise<void> {
  console.log('Building the extension (wxt build)…');
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
      cwd: ROOT,
      stdio: 'inherit',
      // The demo build lets the content script run on the local demo page.
      env: { ...process.env, WXT_REPLYKIT_DEMO: '1' },
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`wxt build failed (exit ${code})`)),
    );
  });
}

async function typeSampleDraft(panel: Page): Promise<void> {
  await panel.getByLabel('Customer’s name').fill('Sam');
  await panel.getByLabel('Your initials').fill('SR');
  await panel.getByLabel('Draft reply').fill(SAMPLE_DRAFT);
  await panel.locator('.finding').first().waitFor({ timeout: 10_000 });
}

async function screenshots(launched: LaunchedExtension, demoUrl: string): Promise<string[]> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const { context, url } = launched;
  const demo = await context.newPage();
  await demo.setViewportSize({ width: 1100, height: 640 });
  await demo.goto(demoUrl);
  await demo.getByLabel('Replying to').fill('We apologize for any inconvenience.');
  const files: string[] = [];
  const save = async (page: Page, name: string) => {
    const file = join(SCREENSHOT_DIR, name);
    await page.screenshot({ path: file, fullPage: true });
    files.push(file);
  };
  await save(demo, 'demo.png');

  const panel = await context.newPage();
  await panel.setViewportSize({ width: 360, height: 760 });
  await panel.goto(url('sidepanel.html'));
  await panel.getByRole('heading', { name: 'Replykit' }).waitFor();
  await save(panel, 'sidepanel-empty.png');
  await typeSampleDraft(panel);
  await save(panel, 'sidepanel.png');
  await panel.emulateMedia({ colorScheme: 'dark' });
  await save(panel, 'sidepanel-dark.png');
  await panel.emulateMedia({ colorScheme: 'light' });
  await panel
    .getByLabel('Draft reply')
    .fill(
      "Hi Sam, I'm sorry your order is late. I've sent a new one today and it will arrive Friday. ^SR",
    );
  await panel.getByText('No findings').waitFor({ timeout: 10_000 });
  await save(panel, 'sidepanel-clean.png');
  return files;
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const headless = args.has('--headless') || !hasDisplay();
  if (!args.has('--no-build')) await build();

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
    server = await serveStatic(DEMO_DIR);
    const demoUrl = `${server.origin}/`;
    console.log(`Demo page:   ${demoUrl}`);
    console.log(`Browser:     ${executablePath}${headless ? ' (headless)' : ''}`);
    const runningAsRoot = process.getuid?.() === 0;
    launched = await launchWithExtension({
      executablePath,
      headless,
      userDataDir,
      naturalViewport: !headless,
      args: headless || runningAsRoot ? ['--no-sandbox'] : [],
    });
    const panelUrl = launched.url('sidepanel.html');
    console.log(`Extension:   ${launched.extensionId} (${launched.extensionDir})`);
    console.log(`Side panel:  ${panelUrl}`);

    if (headless) {
      const files = await screenshots(launched, demoUrl);
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
