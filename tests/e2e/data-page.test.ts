import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupJson, createBackup, type MemoryBackup } from '../../lib/memory/backup';
import type { Contact, Identity, Interaction } from '../../lib/memory/types';
import { axeViolations as violations } from './axe';
import { launchExtension, type Extension } from './extension';

const T = Date.UTC(2025, 4, 20, 12);
const DAY = 24 * 60 * 60 * 1000;
const DIR = mkdtempSync(join(tmpdir(), 'replykit-data-page-'));

/** A small memory: Maya on Instagram and on X (not linked yet), Jonas, and a hostile name. */
function generatedBackup(): MemoryBackup {
  const contact = (id: string, name: string, at: number): Contact => ({
    id,
    name,
    notes: '',
    tags: [],
    createdAt: at,
    updatedAt: at,
  });
  const identity = (
    id: string,
    platform: Identity['platform'],
    handle: string,
    displayName: string,
    contactId: string,
    at: number,
  ): Identity => ({
    id,
    platform,
    handle,
    displayName,
    profileUrl: `https://example.com/${handle}`,
    contactId,
    firstSeen: at,
    lastSeen: at,
  });
  const interaction = (
    id: string,
    identityId: string,
    platform: Identity['platform'],
    at: number,
    theirMessage: string,
  ): Interaction => ({
    id,
    identityId,
    platform,
    composerKind: 'reply',
    threadUrl: `https://example.com/thread/${id}`,
    theirMessage,
    ourReply: 'Sorry about that, we are on it.',
    intent: 'delivery',
    at,
    packId: 'default',
    packVersion: '1.0.0',
    findings: [],
    suggestion: 'edited',
    sendKey: `send-${id}`,
  });
  return createBackup(
    {
      contacts: [
        contact('c-maya-ig', 'Maya Patel', T),
        contact('c-maya-x', 'Maya Patel', T + DAY),
        contact('c-jonas', 'Jonas Berg', T + 2 * DAY),
        contact('c-hostile', '<img src=x onerror="window.pwned=1">Eve', T + 3 * DAY),
      ],
      identities: [
        identity('instagram:@maya.patel', 'instagram', 'maya.patel', 'Maya Patel', 'c-maya-ig', T),
        identity('x:@maya.patel', 'x', 'maya.patel', 'Maya Patel', 'c-maya-x', T + DAY),
        identity('x:@jonas', 'x', 'jonas', 'Jonas Berg', 'c-jonas', T + 2 * DAY),
        identity('x:@eve', 'x', 'eve', '<b>Eve</b>', 'c-hostile', T + 3 * DAY),
      ],
      interactions: [
        interaction('i1', 'instagram:@maya.patel', 'instagram', T, 'Parcel #48213 is late'),
        interaction('i2', 'x:@maya.patel', 'x', T + DAY, 'Still no parcel #48213'),
        interaction('i3', 'x:@jonas', 'x', T + 2 * DAY, 'Refund please'),
        interaction('i4', 'x:@eve', 'x', T + 3 * DAY, '<script>window.pwned=1</script>'),
      ],
      links: [],
    },
    T + 4 * DAY,
  );
}

function writeFile(name: string, text: string): string {
  const path = join(DIR, name);
  writeFileSync(path, text);
  return path;
}

describe('options page: customer data', () => {
  let extension: Extension;
  let page: Page;

  const counts = () => page.getByTestId('data-counts').textContent();

  async function importFile(path: string, mode: 'merge' | 'replace') {
    await page
      .getByRole('radio', {
        name: mode === 'merge' ? /Add to what is here/ : /Replace everything/,
      })
      .check();
    await page.getByLabel('Choose a backup file').setInputFiles(path);
  }

  beforeAll(async () => {
    extension = await launchExtension();
    page = await extension.context.newPage();
    page.setDefaultTimeout(8_000);
    await page.goto(extension.url('options.html#data'));
    await page.getByRole('heading', { level: 2, name: 'Customer data' }).waitFor();
  });

  afterAll(async () => {
    await extension?.close();
  });

  it('opens on #data, with the section marked in the navigation', async () => {
    const nav = page.getByRole('navigation', { name: 'Settings sections' });
    expect(
      await nav.getByRole('link', { name: 'Customer data' }).getAttribute('aria-current'),
    ).toBe('page');
    await page.getByText('No contacts yet', { exact: false }).waitFor();
  });

  it('imports a generated backup through the file input and lists its contacts', async () => {
    await importFile(writeFile('seed.json', backupJson(generatedBackup())), 'merge');
    await page.getByText('Imported 4 contacts, 4 accounts and 4 replies.').waitFor();
    await expect.poll(counts).toBe('4 contacts · 4 accounts · 4 replies');
    const results = page.getByRole('list', { name: 'Contacts found' });
    await expect.poll(() => results.getByRole('listitem').count()).toBe(4);
    // Page text stays text: the hostile name is shown, not run.
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    await page.getByText('<img src=x onerror="window.pwned=1">Eve').waitFor();
  });

  it('searches, opens a contact, links the suggested identity and undoes it', async () => {
    await page.getByLabel('Search by name, handle or tag').fill('maya');
    const results = page.getByRole('list', { name: 'Contacts found' });
    await expect.poll(() => results.getByRole('listitem').count()).toBe(2);
    await results.getByRole('button').first().click();
    await page.getByRole('heading', { level: 4, name: 'History', exact: true }).waitFor();
    const suggestions = page.getByRole('list', { name: 'Possibly the same person' });
    await suggestions.getByText('Same display name: Maya Patel').waitFor();
    await suggestions.getByRole('button', { name: /^Link / }).click();
    await page.getByText('Linked: the accounts are one contact now.').waitFor();
    const accounts = page.getByRole('list', { name: 'Accounts' });
    await expect.poll(() => accounts.getByRole('listitem').count()).toBe(2);
    const history = page.getByRole('list', { name: 'Link history' });
    await history.getByText('Confirmed by you', { exact: false }).waitFor();
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Undone.').waitFor();
    await expect.poll(() => accounts.getByRole('listitem').count()).toBe(1);
    await history.getByText('undone', { exact: false }).waitFor();
  });

  it('forgets a contact only after the name is typed, and says what was deleted', async () => {
    await page.getByLabel('Search by name, handle or tag').fill('jonas');
    const results = page.getByRole('list', { name: 'Contacts found' });
    await results.getByRole('button', { name: /^Jonas Berg/ }).click();
    const forget = page.getByRole('button', { name: 'Forget this contact…' });
    await forget.click();
    const dialog = page.getByRole('dialog', { name: 'Forget Jonas Berg?' });
    await dialog.waitFor();
    // Escape cancels and gives the focus back.
    await page.keyboard.press('Escape');
    expect(await dialog.count()).toBe(0);
    expect(await forget.evaluate((el) => el === document.activeElement)).toBe(true);
    await forget.click();
    const confirm = dialog.getByRole('button', { name: 'Forget for good' });
    expect(await confirm.isDisabled()).toBe(true);
    await page.keyboard.type('jonas berg');
    await confirm.click();
    await page
      .getByText('Jonas Berg is forgotten: deleted 1 accounts, 1 replies and 0 link records.')
      .waitFor();
    await expect.poll(counts).toBe('3 contacts · 3 accounts · 3 replies');
  });

  it('has no axe violations with a contact open', async () => {
    await page.getByLabel('Search by name, handle or tag').fill('maya');
    await page
      .getByRole('button', { name: /^Maya Patel/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 4, name: 'History', exact: true }).waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('refuses a truncated, a wrong-version and a hostile file, naming the problem, and changes nothing', async () => {
    const good = backupJson(generatedBackup());
    const bad = [
      writeFile('truncated.json', good.slice(0, Math.floor(good.length / 2))),
      writeFile('version.json', good.replace('"version":1', '"version":7')),
      writeFile('hostile.json', good.replace('"platform":"x"', '"platform":"<b>x</b>"')),
    ];
    for (const path of bad) {
      await importFile(path, 'replace');
      const alert = page.getByRole('alert');
      await alert.getByText('This file is not a valid Replykit backup:').waitFor();
      await alert.getByText('Nothing was imported or changed.').waitFor();
      expect(await alert.getByRole('listitem').count()).toBeGreaterThan(0);
      expect(await counts()).toBe('3 contacts · 3 accounts · 3 replies');
    }
    expect(await page.getByRole('alert').getByRole('listitem').first().textContent()).toMatch(
      /platform/,
    );
    expect(await violations(page)).toEqual([]);
  });

  it('exports the backup as a file, which imported over other data gives the same data back', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download full backup (JSON)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^replykit-memory-\d{4}-\d{2}-\d{2}\.json$/);
    const path = join(DIR, 'exported.json');
    await file.saveAs(path);
    const exported = JSON.parse(readFileSync(path, 'utf8')) as MemoryBackup;
    expect(exported.contacts).toHaveLength(3);

    // Replace everything with the original seed, then with the export: the export's data again.
    await importFile(writeFile('seed-again.json', backupJson(generatedBackup())), 'replace');
    await expect.poll(counts).toBe('4 contacts · 4 accounts · 4 replies');
    await importFile(path, 'replace');
    await expect.poll(counts).toBe('3 contacts · 3 accounts · 3 replies');
    const second = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download full backup (JSON)' }).click();
    const again = JSON.parse(readFileSync((await (await second).path())!, 'utf8')) as MemoryBackup;
    expect({ ...again, exportedAt: exported.exportedAt }).toEqual(exported);
  });
});
