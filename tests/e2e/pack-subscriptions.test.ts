import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubscriptionStates } from '../../lib/packs/types';
import { json, V1, V2, V3_BROKEN, V4_FAILING } from '../unit/packs/subscription-packs';
import { axeViolations } from './axe';
import { launchExtension, openPanel, type Extension } from './extension';

/** Chromium answers storage.managed seconds after start, and the panel's switch waits for it. */
const POLL = { timeout: 10_000 };

type Globals = {
  chrome: {
    storage: { local: { get: (key: string) => Promise<Record<string, unknown>> } };
    permissions: { request: (p: { origins: string[] }) => Promise<boolean> };
  };
  requests?: { origins: string[]; gesture: boolean }[];
};

/**
 * The team lead's server: one pack file whose version the test switches, with an ETag per
 * version, answering 304 to a matching If-None-Match. It allows cross-origin requests, as a
 * server must when the user does not grant Replykit access to its host.
 */
function packServer() {
  const state = {
    body: json(V1),
    version: 1,
    gets: [] as { ifNoneMatch?: string; status: number }[],
  };
  const etag = () => `"pack-${state.version}"`;
  const cors = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': 'ETag, Last-Modified',
  };
  const server: Server = createServer((request: IncomingMessage, response) => {
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        ...cors,
        'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since',
        'Access-Control-Allow-Private-Network': 'true',
      });
      response.end();
      return;
    }
    const ifNoneMatch = request.headers['if-none-match'];
    if (ifNoneMatch === etag()) {
      state.gets.push({ ifNoneMatch, status: 304 });
      response.writeHead(304, { ...cors, ETag: etag() });
      response.end();
      return;
    }
    state.gets.push({ ...(ifNoneMatch ? { ifNoneMatch } : {}), status: 200 });
    response.writeHead(200, { ...cors, 'Content-Type': 'application/json', ETag: etag() });
    response.end(state.body);
  });
  return {
    state,
    server,
    publish(pack: unknown) {
      state.body = json(pack);
      state.version++;
    },
  };
}

describe('voice pack subscription from a local server', () => {
  let extension: Extension;
  let options: Page;
  let web: ReturnType<typeof packServer>;
  let packUrl: string;
  let section: Locator;

  const item = () => section.getByRole('listitem').filter({ hasText: packUrl }).first();
  const status = () => section.getByRole('status');
  const checkNow = async () => {
    await section.getByRole('button', { name: `Check now: ${packUrl}` }).click();
  };
  const stored = () =>
    options.evaluate(async () => {
      const { chrome } = globalThis as unknown as Globals;
      return (await chrome.storage.local.get('packSubscriptions')).packSubscriptions;
    }) as Promise<SubscriptionStates | undefined>;

  beforeAll(async () => {
    web = packServer();
    await new Promise<void>((resolve) => web.server.listen(0, '127.0.0.1', resolve));
    packUrl = `http://127.0.0.1:${(web.server.address() as AddressInfo).port}/acme-care.json`;
    extension = await launchExtension();
    options = await extension.context.newPage();
    options.setDefaultTimeout(10_000);
    await options.goto(extension.url('options.html#packs'));
    // Headless Chromium's permission prompt is never answered: record the request and whether it
    // came with the user's click, and answer as a user who declines.
    await options.evaluate(() => {
      const g = globalThis as unknown as Globals;
      g.requests = [];
      g.chrome.permissions.request = (p) => {
        g.requests!.push({ origins: p.origins, gesture: navigator.userActivation.isActive });
        return Promise.resolve(false);
      };
    });
    section = options.getByRole('region', { name: 'Subscriptions' });
  });

  afterAll(async () => {
    await extension?.close();
    await new Promise((resolve) => web?.server.close(resolve));
  });

  it('subscribes: asks for the host in the click, downloads v1', async () => {
    await section.getByRole('textbox', { name: 'Address of the pack (URL)' }).fill(packUrl);
    await section.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await expect
      .poll(() => item().locator('.pack-subs__in-use').textContent(), POLL)
      .toMatch(/^Acme care 1\.0\.0 in use · Last checked /);
    expect(await options.evaluate(() => (globalThis as unknown as Globals).requests)).toEqual([
      { origins: ['http://127.0.0.1/*'], gesture: true },
    ]);
    expect(await section.locator('.pack-subs__notice').textContent()).toBe(
      'Replykit was not given access to 127.0.0.1. It will still try, but that works only if the server allows requests from other sites (CORS).',
    );
    expect(web.state.gets[0]).toEqual({ status: 200 });
  });

  it('v2: Check now applies it and lists the changes in words; unchanged, the server answers 304', async () => {
    web.publish(V2);
    await checkNow();
    await expect
      .poll(() => status().textContent(), POLL)
      .toBe(`${packUrl}: version 2.0.0 is now in use.`);
    expect(await item().locator('.pack-subs__in-use').textContent()).toMatch(
      /^Acme care 2\.0\.0 in use/,
    );
    expect(await item().locator('.pack-subs__change > p').textContent()).toBe(
      'Updated 1.0.0 → 2.0.0',
    );
    expect(
      await item()
        .getByRole('list', { name: 'What changed' })
        .getByRole('listitem')
        .allTextContents(),
    ).toEqual([
      'Version 1.0.0 → 2.0.0',
      'Product name added: “Kettle Pro”',
      'Banned term added: “ASAP” (say when)',
    ]);

    const before = web.state.gets.length;
    await checkNow();
    await expect.poll(() => status().textContent(), POLL).toBe(`${packUrl}: no new version.`);
    expect(web.state.gets.slice(before)).toEqual([{ ifNoneMatch: '"pack-2"', status: 304 }]);
  });

  it('a broken v3 is refused with the paths of its problems; v2 stays', async () => {
    web.publish(V3_BROKEN);
    await checkNow();
    await expect
      .poll(() => status().textContent(), POLL)
      .toBe(`${packUrl}: the update was refused because it is not a valid voice pack.`);
    const failure = item().locator('.pack-subs__failure');
    expect(await failure.locator('p').textContent()).toBe(
      'Update to 3.0 refused because it is not a valid voice pack. Still using version 2.0.0.',
    );
    const problems = await failure
      .getByRole('list', { name: 'What is wrong' })
      .getByRole('listitem')
      .allTextContents();
    expect(problems.some((p) => p.startsWith('version: must be a semantic version'))).toBe(true);
    expect(problems.some((p) => p.startsWith('overrides["brand.no-such-rule"]: '))).toBe(true);
    expect(await item().locator('.pack-subs__in-use').textContent()).toMatch(/2\.0\.0 in use/);
    const states = Object.values((await stored()) ?? {});
    expect(states).toHaveLength(1);
    expect(states[0]!.text).toBe(json(V2));
  });

  it('a v4 whose examples fail is refused; v2 stays', async () => {
    web.publish(V4_FAILING);
    await checkNow();
    await expect
      .poll(() => status().textContent(), POLL)
      .toBe(`${packUrl}: the update was refused because its own examples fail.`);
    const failure = item().locator('.pack-subs__failure');
    expect(await failure.locator('p').textContent()).toBe(
      'Update to 4.0.0 refused because its own examples fail. Still using version 2.0.0.',
    );
    expect(
      await failure
        .getByRole('list', { name: 'What is wrong' })
        .getByRole('listitem')
        .allTextContents(),
    ).toEqual(['examples[0]: expected no findings, got 1: brand.banned on "cheap"']);
    const states = Object.values((await stored()) ?? {});
    expect(states[0]!.text).toBe(json(V2));
    expect(states[0]!.lastChange).toMatchObject({ from: '1.0.0', to: '2.0.0' });
  });

  it('the panel, with the subscribed pack picked, says what the update changed and why v4 was refused', async () => {
    const [entry] = Object.keys((await stored()) ?? {});
    const panel = await openPanel(extension, 10_000);
    const select = panel.getByLabel('Switch voice pack');
    // The panel lists the pack once it has read the library and the downloads.
    await expect
      .poll(() => select.locator(`option[value="${entry}"]`).textContent(), POLL)
      .toBe('Acme care 2.0.0');
    await select.selectOption(entry!);
    const notice = panel.getByRole('region', { name: 'Pack updates' });
    await expect
      .poll(() => notice.locator('summary').allTextContents(), POLL)
      .toEqual([
        'Acme care updated 1.0.0 → 2.0.0',
        'Update to 4.0.0 refused because its own examples fail. Still using version 2.0.0.',
      ]);
    await notice.locator('summary').first().click();
    expect(await notice.getByRole('listitem').allTextContents()).toContain(
      'Banned term added: “ASAP” (say when)',
    );
    await panel.close();
  });

  it('has no axe violations in the subscriptions, with changes and a refusal shown', async () => {
    const found = await axeViolations(options, '.pack-subs');
    expect(found).toEqual([]);
  });
});
