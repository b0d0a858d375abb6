import { createHash, generateKeyPairSync } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../../lib/devtools/browser';
import { EXTENSION_DIR, launchExtension, openPanel, type Extension } from './extension';

/**
 * Enterprise policy in real Chromium: Chromium on Linux reads /etc/chromium/policies/managed/*.json
 * at start, and an extension's policy from "3rdparty" → "extensions" → its id. The id of an
 * unpacked extension comes from its path unless the manifest has a `key`, so the test gives a copy
 * of the build a key of its own: the policy then reaches this test's browser only.
 */
const POLICY_DIR = '/etc/chromium/policies/managed';

const INLINE_PACK = {
  id: 'acme-it',
  name: 'Acme voice (IT)',
  version: '3.1.0',
  languages: ['en'],
  vocabulary: { banned: [{ term: 'synergy', reason: 'customers hear jargon, not help.' }] },
};
const SUBSCRIBED_PACK = { ...INLINE_PACK, id: 'acme-it-sub', name: 'Acme subscribed (IT)' };
const USER_PACK = { ...INLINE_PACK, id: 'mine', name: 'My own voice', vocabulary: {} };

/** A manifest key, and the extension id Chromium derives from it. */
function extensionKey(): { key: string; id: string } {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  const id = [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
  return { key: der.toString('base64'), id };
}

function workerOf(extension: Extension): Worker {
  const worker = extension.context
    .serviceWorkers()
    .find((w) => w.url().startsWith(`chrome-extension://${extension.extensionId}/`));
  if (worker === undefined) throw new Error('the extension has no service worker');
  return worker;
}

/** The bit of the chrome API these tests call inside the extension (Node has no `chrome` types). */
interface ChromeStorage {
  storage: Record<
    'local' | 'managed',
    {
      get: (keys: string | null) => Promise<Record<string, unknown>>;
      set: (items: object) => Promise<void>;
    }
  >;
}

type Local = Record<string, unknown>;
const readLocal = (worker: Worker): Promise<Local> =>
  worker.evaluate(() =>
    (globalThis as unknown as { chrome: ChromeStorage }).chrome.storage.local.get(null),
  );

describe('managed by IT: a real Chromium policy', () => {
  let dir: string;
  let policyFile: string;
  let server: Server;
  let base: string;
  const requests: { path: string; origin: string | undefined }[] = [];
  let extension: Extension;
  let id: string;

  const cleanUp = () => {
    if (policyFile) rmSync(policyFile, { force: true });
    if (dir) rmSync(dir, { recursive: true, force: true });
  };

  beforeAll(async () => {
    assertBuilt(EXTENSION_DIR);
    server = createServer((request, response) => {
      const path = request.url ?? '/';
      requests.push({ path, origin: request.headers.origin });
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      // A pack server that allows cross-origin reads, as lib/packs/MANAGED.md tells admins.
      if (path === '/cors/pack.json') {
        headers['access-control-allow-origin'] = '*';
        headers['access-control-allow-headers'] = 'If-None-Match, If-Modified-Since';
        headers['access-control-expose-headers'] = 'ETag';
      }
      if (request.method === 'OPTIONS') {
        response.writeHead(204, headers).end();
        return;
      }
      response.writeHead(200, headers).end(JSON.stringify(SUBSCRIBED_PACK));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

    dir = mkdtempSync(join(tmpdir(), 'replykit-managed-'));
    cpSync(EXTENSION_DIR, dir, { recursive: true });
    const keyed = extensionKey();
    id = keyed.id;
    const manifestPath = join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, key: keyed.key }));

    policyFile = join(POLICY_DIR, `replykit-e2e-${id}.json`);
    try {
      mkdirSync(POLICY_DIR, { recursive: true });
    } catch (error) {
      cleanUp();
      throw new Error(
        `The managed-policy test writes ${policyFile}, where Chromium reads enterprise policy: run it as root, or make ${POLICY_DIR} writable.`,
        { cause: error },
      );
    }
    writeFileSync(
      policyFile,
      JSON.stringify({
        '3rdparty': {
          extensions: {
            [id]: {
              packUrls: [`${base}/cors/pack.json`, `${base}/no-cors/pack.json`],
              pack: JSON.stringify(INLINE_PACK),
              lockPacks: true,
              retentionDays: 30,
            },
          },
        },
      }),
    );
    try {
      extension = await launchExtension(dir);
    } catch (error) {
      cleanUp();
      throw error;
    }
  });

  afterAll(async () => {
    try {
      await extension?.close();
      await new Promise((resolve) => server?.close(resolve));
    } finally {
      cleanUp();
    }
  });

  it('the extension has the id its key gives, and reads the policy from storage.managed', async () => {
    expect(extension.extensionId).toBe(id);
    const managed = await workerOf(extension).evaluate(() =>
      (globalThis as unknown as { chrome: ChromeStorage }).chrome.storage.managed.get(null),
    );
    expect(managed).toEqual({
      packUrls: [`${base}/cors/pack.json`, `${base}/no-cors/pack.json`],
      pack: JSON.stringify(INLINE_PACK),
      lockPacks: true,
      retentionDays: 30,
    });
  });

  it('subscribes to the policy’s pack URLs; a server that allows cross-origin reads is downloaded, one that does not fails', async () => {
    const worker = workerOf(extension);
    type Entry = { id: string; kind: string; url?: string; managed?: boolean };
    await expect
      .poll(async () => {
        const library = (await readLocal(worker)).teamPack as { entries: Entry[] } | undefined;
        return (library?.entries ?? []).filter((e) => e.managed).map((e) => e.url);
      })
      .toEqual([`${base}/cors/pack.json`, `${base}/no-cors/pack.json`]);
    const entries = ((await readLocal(worker)).teamPack as { entries: Entry[] }).entries;
    const idOf = (path: string) => entries.find((e) => e.url === `${base}${path}`)!.id;
    type State = { text?: string; failure?: { kind: string } };
    const states = () =>
      readLocal(worker).then((local) => (local.packSubscriptions ?? {}) as Record<string, State>);
    await expect
      .poll(async () => JSON.parse((await states())[idOf('/cors/pack.json')]?.text ?? 'null'))
      .toEqual(SUBSCRIBED_PACK);
    await expect
      .poll(async () => (await states())[idOf('/no-cors/pack.json')]?.failure?.kind)
      .toBe('network');
    // No permission prompt happened: the requests went out from the extension's origin, and
    // Chromium kept the answer without Access-Control-Allow-Origin from the extension.
    expect(requests.map((r) => r.origin)).toContain(`chrome-extension://${id}`);
    expect(requests.map((r) => r.path)).toContain('/no-cors/pack.json');
  });

  describe('the panel with packs locked', () => {
    let panel: Page;

    beforeAll(async () => {
      // The user's own pack, made the fallback and picked in the quick switch: locked out.
      const worker = workerOf(extension);
      await worker.evaluate(async (userPack) => {
        const { chrome } = globalThis as unknown as { chrome: ChromeStorage };
        const { teamPack } = (await chrome.storage.local.get('teamPack')) as {
          teamPack: { entries: unknown[]; assignments: unknown[] };
        };
        await chrome.storage.local.set({
          teamPack: {
            ...teamPack,
            entries: [
              ...teamPack.entries,
              { id: 'mine', kind: 'local', text: userPack, lastGood: userPack },
            ],
            fallback: 'mine',
          },
          packChoice: 'mine',
        });
      }, JSON.stringify(USER_PACK));
      panel = await openPanel(extension, 10_000);
    });

    it('uses the administrator’s inline pack, not the user’s choice: its name shows and its banned term trips', async () => {
      await panel.getByText(INLINE_PACK.name).first().waitFor();
      // Neither the built-in pack nor the user's bans "synergy": only the administrator's does.
      await panel.getByLabel('Draft reply').fill('Hi Sam, our synergy team is on it.');
      const banned = panel.locator('[data-rule-id="brand.banned"]');
      await banned.first().waitFor();
      expect(await banned.first().textContent()).toContain('synergy');
    });
  });

  it('the options page shows the retention the policy sets: the value, disabled, marked as set by the organisation', async () => {
    const page = await extension.context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(extension.url('options.html#data'));
    const field = page.getByLabel('Delete conversations older than (days)');
    await expect.poll(() => field.inputValue()).toBe('30');
    expect(await field.isDisabled()).toBe(true);
    const lock = page.locator('.managed-lock');
    expect(await lock.textContent()).toContain('Set by your organisation');
    expect((await field.getAttribute('aria-describedby'))?.split(' ')).toContain(
      await lock.getAttribute('id'),
    );
    await page.close();
  });

  it('the options page says what the organisation manages, and its packs section is read-only', async () => {
    const page = await extension.context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(extension.url('options.html#packs'));
    const notice = page.locator('.managed-notice');
    await notice.waitFor();
    const text = await notice.textContent();
    expect(text).toContain('Managed by your organisation');
    expect(text).toContain('only your organisation’s packs are used');
    expect(text).toContain(`“${INLINE_PACK.name}”`);
    expect(text).toContain('Conversations are kept for 30 days.');
    expect(await page.getByTestId('packs-locked').textContent()).toContain(
      'Set by your organisation',
    );
    // Nothing to add, import or assign while packs are locked.
    for (const name of [/new pack/i, /new assignment rule/i])
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    expect(await page.getByLabel('Import a pack file (.json)').count()).toBe(0);
    await page.close();
  });
});
