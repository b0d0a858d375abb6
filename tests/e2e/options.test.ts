import { readFileSync } from 'node:fs';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { supportedSites } from '../../lib/options/sites';
import { launchExtension, type Extension } from './extension';

const FIXTURE = new URL('../fixtures/sites/mastodon/reply.html', import.meta.url);
const THREAD_URL = 'https://mastodon.social/@dana@example.social/112233445566778899';

/** The extension API as the tests use it inside the extension's pages and service worker. */
interface Chrome {
  storage: { local: { get: (key: string) => Promise<Record<string, unknown>> } };
  permissions: {
    request: (p: { origins: string[] }) => Promise<boolean>;
    getAll: () => Promise<{ origins?: string[]; permissions?: string[] }>;
  };
  scripting: {
    getRegisteredContentScripts: () => Promise<
      { id: string; matches?: string[]; js?: string[]; persistAcrossSessions?: boolean }[]
    >;
  };
}
type Globals = { chrome: Chrome; browser?: Chrome; requests?: unknown[] };

async function storedSites(page: Page): Promise<unknown> {
  return page.evaluate(async () => {
    const { chrome } = globalThis as unknown as Globals;
    return (await chrome.storage.local.get('siteSettings')).siteSettings;
  });
}

async function registeredScripts(worker: Worker) {
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as Globals;
    const scripts = await chrome.scripting.getRegisteredContentScripts();
    return scripts
      .map(({ id, matches, js, persistAcrossSessions }) => ({
        id,
        matches,
        js,
        persistAcrossSessions,
      }))
      .sort((a, b) => a.id.localeCompare(b.id));
  });
}

describe('options page: sites', () => {
  let extension: Extension;
  let options: Page;
  let worker: Worker;

  beforeAll(async () => {
    extension = await launchExtension();
    worker = extension.context
      .serviceWorkers()
      .find((w) => w.url().startsWith(`chrome-extension://${extension.extensionId}/`))!;
    await extension.context.route('https://mastodon.social/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: readFileSync(FIXTURE, 'utf8') }),
    );
    options = await extension.context.newPage();
    options.setDefaultTimeout(8_000);
    await options.goto(extension.url('options.html'));
    // Record each access request and whether it came with the user's gesture, then let the
    // browser handle it (headless Chromium opens its prompt, which nobody answers).
    await options.evaluate(() => {
      const g = globalThis as unknown as Globals;
      const request = g.chrome.permissions.request.bind(g.chrome.permissions);
      g.requests = [];
      g.chrome.permissions.request = (p) => {
        g.requests!.push({ origins: p.origins, gesture: navigator.userActivation.isActive });
        return request(p);
      };
    });
  });

  afterAll(async () => {
    await extension?.close();
  });

  it('lists the supported sites, read-only', async () => {
    const list = options.getByRole('list', { name: 'Supported sites' });
    const items = await list.getByRole('listitem').allTextContents();
    expect(items).toEqual(supportedSites().map((s) => `${s.label} ${s.hosts.join(', ')}`));
    expect(items[0]).toBe('X x.com, twitter.com');
    expect(await list.locator('button, input').count()).toBe(0);
    const mastodon = options.getByRole('list', { name: 'Mastodon instances' });
    expect(await mastodon.getByRole('listitem').allTextContents()).toEqual([
      'mastodon.socialIncludedRemove',
    ]);
  });

  it('shows a wrong address where it was typed and saves nothing', async () => {
    const field = options.getByRole('textbox', { name: 'Add a Mastodon instance' });
    await field.fill('not a domain');
    await field.press('Enter');
    const error = options.getByRole('alert');
    expect(await error.textContent()).toBe(
      '“not a domain” is not a web address: type one like example.social.',
    );
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toBe(await error.getAttribute('id'));
    expect(await options.evaluate(() => document.activeElement?.id)).toBe(
      await field.getAttribute('id'),
    );
    expect(await storedSites(options)).toBeUndefined();
    // Typing again clears the message.
    await field.fill('');
    expect(await options.getByRole('alert').count()).toBe(0);
  });

  it('adds an instance from the keyboard, asks for its access in that key press, and refuses it twice', async () => {
    const field = options.getByRole('textbox', { name: 'Add a Mastodon instance' });
    await field.fill('https://Example.Social/about');
    await field.press('Enter');
    const list = options.getByRole('list', { name: 'Mastodon instances' });
    await list.locator('[data-site="example.social"]').waitFor();
    expect(await list.getByRole('listitem').allTextContents()).toEqual([
      'mastodon.socialIncludedRemove',
      'example.socialNo access yetGrant accessRemove',
    ]);
    expect(await field.inputValue()).toBe('');
    expect(await options.getByRole('status').first().textContent()).toBe('Added example.social.');
    await expect
      .poll(() => storedSites(options))
      .toEqual({ mastodonDomains: ['mastodon.social', 'example.social'], genericOrigins: [] });
    expect(await options.evaluate(() => (globalThis as unknown as Globals).requests)).toEqual([
      { origins: ['https://example.social/*'], gesture: true },
    ]);

    await field.fill('example.social');
    await field.press('Enter');
    expect(await options.getByRole('alert').textContent()).toBe(
      'example.social is already in the list.',
    );
    await field.fill('x.com');
    await options.getByRole('button', { name: 'Add', exact: true }).first().click();
    expect(await options.getByRole('alert').textContent()).toBe('x.com is X, already supported.');
    await field.fill('');
  });

  it('registers the content script for a granted origin and unregisters it on removal', async () => {
    // Headless Chromium can't answer the permission prompt, so the background's permission
    // source is replaced with a grant for these two origins; the rest is the real code path:
    // settings saved by the page → the background's watcher → planSiteScripts → scripting API.
    await worker.evaluate(() => {
      const g = globalThis as unknown as Globals;
      const granted = async () => ({
        origins: ['https://example.social/*', 'https://forum.example.com/*'],
        permissions: ['storage', 'sidePanel', 'scripting'],
      });
      g.chrome.permissions.getAll = granted;
      if (g.browser?.permissions) g.browser.permissions.getAll = granted;
    });
    const field = options.getByRole('textbox', { name: 'Add a site' });
    await field.fill('forum.example.com/latest');
    await options.getByRole('button', { name: 'Add', exact: true }).nth(1).click();
    const other = options.getByRole('list', { name: 'Other sites' });
    await other.locator('[data-site="https://forum.example.com"]').waitFor();
    await expect
      .poll(() => registeredScripts(worker))
      .toEqual([
        {
          id: 'replykit-site:https://example.social',
          matches: ['https://example.social/*'],
          js: ['content-scripts/content.js'],
          persistAcrossSessions: true,
        },
        {
          id: 'replykit-site:https://forum.example.com',
          matches: ['https://forum.example.com/*'],
          js: ['content-scripts/content.js'],
          persistAcrossSessions: true,
        },
      ]);

    await options.getByRole('button', { name: 'Remove example.social' }).click();
    await expect
      .poll(() => storedSites(options))
      .toEqual({
        mastodonDomains: ['mastodon.social'],
        genericOrigins: ['https://forum.example.com'],
      });
    await expect
      .poll(async () => (await registeredScripts(worker)).map((s) => s.id))
      .toEqual(['replykit-site:https://forum.example.com']);
    // Focus stays in the section, on its field.
    expect(await options.evaluate(() => document.activeElement?.getAttribute('placeholder'))).toBe(
      'example.social',
    );
  });

  it('the content script follows the list: removing mastodon.social turns it off there', async () => {
    await options.getByRole('button', { name: 'Remove mastodon.social' }).click();
    await expect
      .poll(() => storedSites(options))
      .toEqual({ mastodonDomains: [], genericOrigins: ['https://forum.example.com'] });
    expect(await options.getByRole('list', { name: 'Mastodon instances' }).count()).toBe(0);
    expect(
      await options.getByText('No Mastodon instance: Replykit stays off Mastodon.').count(),
    ).toBe(1);

    const site = await extension.context.newPage();
    site.setDefaultTimeout(8_000);
    await site.goto(THREAD_URL);
    await site.locator('textarea.autosuggest-textarea__textarea').click();
    await site.keyboard.type('Hello');
    // Absence can only be waited for: give the content script the time it needs below.
    await site.waitForTimeout(1_500);
    expect(await site.locator('replykit-badge').count()).toBe(0);

    // Added back, the same page gets the Mastodon adapter again.
    const field = options.getByRole('textbox', { name: 'Add a Mastodon instance' });
    await field.fill('mastodon.social');
    await field.press('Enter');
    await expect
      .poll(() => storedSites(options))
      .toEqual({
        mastodonDomains: ['mastodon.social'],
        genericOrigins: ['https://forum.example.com'],
      });
    await site.reload();
    await site.locator('textarea.autosuggest-textarea__textarea').click();
    await site.keyboard.type('Hello');
    await site.locator('replykit-badge button').waitFor();
    await site.close();
  });
});

describe('side panel: the way to other sites', () => {
  let extension: Extension;

  beforeAll(async () => {
    extension = await launchExtension();
  });

  afterAll(async () => {
    await extension?.close();
  });

  it('offers "Use Replykit on another site" while following no reply box, and it opens the options page', async () => {
    const panel = await extension.context.newPage();
    panel.setDefaultTimeout(8_000);
    await panel.goto(extension.url('sidepanel.html'));
    const link = panel.getByRole('link', { name: 'Use Replykit on another site' });
    expect(await link.getAttribute('href')).toBe(extension.url('options.html'));
    const opened = extension.context.waitForEvent('page', {
      predicate: (p) => p.url() === extension.url('options.html'),
    });
    await link.focus();
    await panel.keyboard.press('Enter');
    const options = await opened;
    await options.getByRole('heading', { level: 2, name: 'Sites' }).waitFor();
  });
});
