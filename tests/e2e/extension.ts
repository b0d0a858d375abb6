import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CHROME_EXTENSION_DIR,
  extensionIdOf,
  QUIET_ARGS,
  assertBuilt,
} from '../../lib/devtools/browser';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CATALOG } from '../../lib/i18n/catalog';
import { formatMessage } from '../../lib/i18n/locales';

export const EXTENSION_DIR = CHROME_EXTENSION_DIR;

export interface Extension {
  context: BrowserContext;
  extensionId: string;
  /** chrome-extension://<id>/<path> */
  url: (path: string) => string;
  close: () => Promise<void>;
}

/**
 * Launches Chromium (CHROME_PATH, else /usr/bin/chromium) headless with the built extension
 * from .output/chrome-mv3 (or another unpacked extension, such as the editor harness) and
 * waits for its service worker.
 */
export async function launchExtension(
  extensionDir: string = EXTENSION_DIR,
  options: { args?: readonly string[] } = {},
): Promise<Extension> {
  assertBuilt(extensionDir);
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      ...QUIET_ARGS,
      ...(options.args ?? []),
    ],
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  try {
    const extensionId = await extensionIdOf(context);
    return {
      context,
      extensionId,
      url: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
      close: () => context.close(),
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** The side panel opened as a tab, the way the e2e tests watch it; locators wait `timeout` ms. */
export async function openPanel(extension: Extension, timeout: number): Promise<Page> {
  const panel = await extension.context.newPage();
  panel.setDefaultTimeout(timeout);
  await panel.goto(extension.url('sidepanel.html'));
  return panel;
}

/**
 * A message in English the way the extension shows it with an English UI. For building expected
 * texts in Node, where there is no chrome.i18n.
 */
export function inEnglish(key: string, substitutions: readonly string[] = []): string {
  return formatMessage(CATALOG, 'en', key, substitutions);
}

export function readManifest(): Record<string, unknown> {
  assertBuilt(EXTENSION_DIR);
  return JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<
    string,
    unknown
  >;
}
