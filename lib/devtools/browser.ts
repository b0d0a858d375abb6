/**
 * Finding a Chromium-based browser and launching it with the built extension loaded, for
 * `npm start` and the end-to-end tests. Node only.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const CHROME_EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

/** Flags that keep a test or demo browser quiet, fast and free of first-run noise. */
export const QUIET_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

export function extensionArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    // Google Chrome 137+ ignores --load-extension unless this feature is turned off.
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
  ];
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    if (isExecutable(file)) return file;
  }
  return undefined;
}

/** Playwright's own Chromium, when one happens to be installed (never downloaded here). */
function playwrightChromium(): string | undefined {
  try {
    const file = chromium.executablePath();
    return file && existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The browser to use: CHROME_PATH, else Chromium (which still honours --load-extension), else
 * Playwright's Chromium if present, else Google Chrome or Microsoft Edge.
 */
export function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  if (env.CHROME_PATH) return env.CHROME_PATH;
  const candidates: (string | undefined)[] = [];
  if (platform === 'darwin') {
    const apps = ['/Applications', join(homedir(), 'Applications')];
    for (const dir of apps) candidates.push(join(dir, 'Chromium.app/Contents/MacOS/Chromium'));
    candidates.push(playwrightChromium());
    for (const dir of apps) {
      candidates.push(join(dir, 'Google Chrome.app/Contents/MacOS/Google Chrome'));
      candidates.push(join(dir, 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'));
    }
  } else if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(
      (dir): dir is string => Boolean(dir),
    );
    for (const dir of roots) candidates.push(join(dir, 'Chromium/Application/chrome.exe'));
    candidates.push(playwrightChromium());
    for (const dir of roots) {
      candidates.push(join(dir, 'Google/Chrome/Application/chrome.exe'));
      candidates.push(join(dir, 'Microsoft/Edge/Application/msedge.exe'));
    }
  } else {
    for (const name of ['chromium', 'chromium-browser']) candidates.push(onPath(name, env));
    candidates.push('/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium');
    candidates.push(playwrightChromium());
    for (const name of [
      'google-chrome',
      'google-chrome-stable',
      'microsoft-edge',
      'microsoft-edge-stable',
    ]) {
      candidates.push(onPath(name, env));
    }
    candidates.push('/opt/google/chrome/chrome', '/opt/microsoft/msedge/msedge');
  }
  return candidates.find(
    (file): file is string => Boolean(file) && existsSync(file!) && isExecutable(file!),
  );
}

/** False on a Linux machine without X11 or Wayland, and in CI: run headless there. */
export function hasDisplay(env: NodeJS.ProcessEnv = process.env, platform = process.platform) {
  if (env.CI && env.CI !== 'false' && env.CI !== '0') return false;
  if (platform === 'linux' || platform === 'freebsd' || platform === 'openbsd') {
    return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
  }
  return true;
}

export function assertBuilt(extensionDir: string = CHROME_EXTENSION_DIR): void {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `The extension is not built: ${join(extensionDir, 'manifest.json')} is missing. ` +
        'Run `npm run build` first (`npm test` and `npm start` build it for you).',
    );
  }
}

export interface LaunchOptions {
  executablePath: string;
  extensionDir?: string;
  headless: boolean;
  /** '' for a throwaway profile that Playwright deletes itself. */
  userDataDir?: string;
  /** Extra Chromium flags. */
  args?: string[];
  /** Window-sized pages (headed) instead of a fixed 1280×720 viewport. */
  naturalViewport?: boolean;
}

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  extensionDir: string;
  /** chrome-extension://<id>/<path> */
  url: (path: string) => string;
}

/** The extension id from the background service worker's URL, waiting for it to start. */
export async function extensionIdOf(context: BrowserContext, timeout = 20_000): Promise<string> {
  let worker: Worker | undefined = context
    .serviceWorkers()
    .find((w) => w.url().startsWith('chrome-extension://'));
  if (!worker) {
    try {
      worker = await context.waitForEvent('serviceworker', {
        timeout,
        predicate: (w) => w.url().startsWith('chrome-extension://'),
      });
    } catch {
      throw new Error(
        `The extension's service worker did not start within ${timeout / 1000} s. ` +
          'The browser may ignore --load-extension (branded Google Chrome and Edge do since ' +
          'version 137): use Chromium, or set CHROME_PATH to one.',
      );
    }
  }
  return new URL(worker.url()).host;
}

export async function launchWithExtension(options: LaunchOptions): Promise<LaunchedExtension> {
  const extensionDir = options.extensionDir ?? CHROME_EXTENSION_DIR;
  assertBuilt(extensionDir);
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: options.executablePath,
    headless: options.headless,
    args: [...extensionArgs(extensionDir), ...QUIET_ARGS, ...(options.args ?? [])],
    ignoreDefaultArgs: ['--disable-extensions'],
    ...(options.naturalViewport ? { viewport: null } : {}),
  });
  try {
    const extensionId = await extensionIdOf(context);
    return {
      context,
      extensionId,
      extensionDir,
      url: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    };
  } catch (error) {
    await context.close().catch(() => {});
    throw error;
  }
}
