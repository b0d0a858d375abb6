import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Extension } from './extension';

/** Chromium answers storage.managed seconds after start, and the panel waits for it once. */
const POLL = { timeout: 10_000 };

type Pack = Record<string, unknown> & {
  vocabulary: { banned: { term: string; reason: string }[] };
  examples: unknown[];
};

type Globals = {
  chrome: { permissions: { request: (p: { origins: string[] }) => Promise<boolean> } };
};

/**
 * The team's web server, serving whatever file the team lead last exported, as an intranet or
 * a Git host's raw file would: with an ETag, and open to cross-origin reads.
 */
function teamServer() {
  let body = '';
  const server: Server = createServer((request, response) => {
    const cors = {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Expose-Headers': 'ETag',
    };
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { ...cors, 'Access-Control-Allow-Headers': 'If-None-Match' });
      response.end();
      return;
    }
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { ...cors, ETag: etag }).end();
      return;
    }
    response.writeHead(200, { ...cors, 'Content-Type': 'application/json', ETag: etag });
    response.end(body);
  });
  return { server, publish: (text: string) => (body = text) };
}

/**
 * The whole way a brand's voice travels: a team lead writes a pack in the options page and
 * exports it; the file is published on the team's server; a team member (another browser
 * profile) subscribes, and their panel checks with it; the lead's next version reaches the member
 * with "Check now", its changes said in words.
 */
describe('a team lead publishes a pack, a team member’s extension picks it up', () => {
  let lead: Extension;
  let member: Extension;
  let leadOptions: Page;
  let memberOptions: Page;
  let memberPanel: Page;
  let web: ReturnType<typeof teamServer>;
  let packUrl: string;

  const json = () => leadOptions.getByLabel('The pack as JSON');
  /** Replaces the whole text as a paste does (typing 60 KB key by key takes too long). */
  const editLeadPack = async (change: (pack: Pack) => void) => {
    const pack = JSON.parse(await json().inputValue()) as Pack;
    change(pack);
    await json().evaluate(
      (box: HTMLTextAreaElement, value) => {
        box.focus();
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(
          box,
          value,
        );
        box.dispatchEvent(new Event('input', { bubbles: true }));
      },
      JSON.stringify(pack, null, 2),
    );
    await expect
      .poll(() => leadOptions.getByTestId('pack-editor-status').textContent(), POLL)
      .toBe('Saved. The team uses this version.');
  };
  const exportLeadPack = async (): Promise<{ name: string; text: string }> => {
    const download = leadOptions.waitForEvent('download');
    await leadOptions.getByRole('button', { name: 'Export as file' }).click();
    const file = await download;
    return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
  };
  const memberDraft = async (text: string) => {
    await memberPanel.getByLabel(/^Draft reply/).fill(text);
  };
  const bannedForMember = () =>
    memberPanel.locator('[data-rule-id="brand.banned"] mark').allTextContents();

  beforeAll(async () => {
    web = teamServer();
    await new Promise<void>((resolve) => web.server.listen(0, '127.0.0.1', resolve));
    packUrl = `http://127.0.0.1:${(web.server.address() as AddressInfo).port}/voice/acme-care.json`;
    [lead, member] = await Promise.all([launchExtension(), launchExtension()]);
    leadOptions = await lead.context.newPage();
    leadOptions.setDefaultTimeout(10_000);
    await leadOptions.goto(lead.url('options.html#packs'));
    memberOptions = await member.context.newPage();
    memberOptions.setDefaultTimeout(10_000);
    await memberOptions.goto(member.url('options.html#packs'));
    // Headless Chromium never answers the host permission prompt: the member declines, and the
    // team's server allows cross-origin reads, as a published pack's server must then.
    await memberOptions.evaluate(() => {
      const g = globalThis as unknown as Globals;
      g.chrome.permissions.request = () => Promise.resolve(false);
    });
    memberPanel = await member.context.newPage();
    memberPanel.setDefaultTimeout(10_000);
    await memberPanel.goto(member.url('sidepanel.html'));
  });

  afterAll(async () => {
    await Promise.all([lead?.close(), member?.close()]);
    await new Promise((resolve) => web?.server.close(resolve));
  });

  it('the lead writes the pack with its own rule and a test for it, and exports it', async () => {
    await leadOptions.getByRole('button', { name: 'New pack from the default' }).click();
    await leadOptions
      .getByTestId('pack-editor-heading')
      .filter({ hasText: 'Team voice 1.0.0' })
      .waitFor();
    await leadOptions.getByRole('button', { name: 'JSON', exact: true }).click();
    await editLeadPack((pack) => {
      pack.id = 'acme-care';
      pack.name = 'Acme care';
      pack.vocabulary.banned.push({ term: 'zorblax', reason: 'nobody outside knows the word' });
      pack.examples.push({
        text: 'Hi Dana, the zorblax ships today.',
        expect: { trips: ['brand.banned'] },
      });
    });
    expect(await leadOptions.getByTestId('pack-tests-summary').textContent()).toMatch(
      /^(\d+) of \1 pass$/,
    );
    const file = await exportLeadPack();
    expect(file.name).toBe('acme-care-1.0.0.json');
    web.publish(file.text);
  });

  it('the member subscribes; their panel uses the team’s pack and flags its banned word', async () => {
    expect(await memberPanel.getByTestId('active-pack').textContent()).toContain(
      'Replykit default voice',
    );
    const section = memberOptions.getByRole('region', { name: 'Subscriptions' });
    await section.getByRole('textbox', { name: 'Address of the pack (URL)' }).fill(packUrl);
    await section.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await expect
      .poll(
        () =>
          section
            .getByRole('listitem')
            .filter({ hasText: packUrl })
            .first()
            .locator('.pack-subs__in-use')
            .textContent(),
        POLL,
      )
      .toMatch(/^Acme care 1\.0\.0 in use/);

    // No reload, no choice in the panel: the subscribed pack is the member's default.
    await expect
      .poll(() => memberPanel.getByTestId('active-pack').textContent(), POLL)
      .toContain('Acme care 1.0.0');
    await memberDraft('Hi Dana, the zorblax ships today.');
    await expect.poll(bannedForMember, POLL).toEqual(['zorblax']);
  });

  it('the lead’s next version reaches the member with Check now, its changes in words', async () => {
    await editLeadPack((pack) => {
      pack.version = '1.1.0';
      pack.vocabulary.banned.push({ term: 'flumph', reason: 'an internal code name' });
    });
    const file = await exportLeadPack();
    expect(file.name).toBe('acme-care-1.1.0.json');
    web.publish(file.text);

    const section = memberOptions.getByRole('region', { name: 'Subscriptions' });
    await section.getByRole('button', { name: `Check now: ${packUrl}` }).click();
    await expect
      .poll(() => section.getByRole('status').textContent(), POLL)
      .toBe(`${packUrl}: version 1.1.0 is now in use.`);
    const item = section.getByRole('listitem').filter({ hasText: packUrl }).first();
    const changes = await item.locator('.pack-subs__change').textContent();
    expect(changes).toContain('1.0.0 → 1.1.0');
    expect(changes).toContain('flumph');

    await expect
      .poll(() => memberPanel.getByTestId('active-pack').textContent(), POLL)
      .toContain('Acme care 1.1.0');
    await memberDraft('Hi Dana, the zorblax and the flumph ship today.');
    await expect.poll(bannedForMember, POLL).toEqual(['zorblax', 'flumph']);
  });
});
