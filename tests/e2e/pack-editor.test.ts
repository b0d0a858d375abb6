import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackLibrary } from '../../lib/packs/types';
import { launchExtension, type Extension } from './extension';

const FIXTURE = new URL('../fixtures/sites/mastodon/reply.html', import.meta.url);
const THREAD_URL = 'https://mastodon.social/@dana@example.social/112233445566778899';
const DIR = mkdtempSync(join(tmpdir(), 'replykit-pack-editor-'));
/** Locators wait 8 s here; polls do too (vitest's default is 1 s). */
const POLL = { timeout: 8_000 };
const DRAFT = 'Hi Dana, the zorblax and the flumph ship today.';

type Pack = Record<string, unknown> & {
  vocabulary: { banned: { term: string; reason: string }[] };
};

describe('voice pack editor in the options page, followed by the panel', () => {
  let extension: Extension;
  let options: Page;
  let panel: Page;
  let site: Page;

  const json = () => options.getByLabel('The pack as JSON');
  const status = () => options.getByTestId('pack-editor-status');
  const stored = () =>
    options.evaluate(async () => {
      const { storage } = (
        globalThis as unknown as {
          chrome: {
            storage: { local: { get: (key: string) => Promise<Record<string, unknown>> } };
          };
        }
      ).chrome;
      return (await storage.local.get('teamPack')).teamPack as PackLibrary | undefined;
    });
  /**
   * Replaces the whole text, as a paste does. Playwright's fill types through execCommand, which
   * takes seconds per call on a 60 KB textarea in Chromium; React sees the same input event.
   */
  const paste = (text: string) =>
    json().evaluate((box: HTMLTextAreaElement, value) => {
      box.focus();
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(
        box,
        value,
      );
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
  const editPack = async (change: (pack: Pack) => void) => {
    const pack = JSON.parse(await json().inputValue()) as Pack;
    change(pack);
    await paste(JSON.stringify(pack, null, 2));
  };
  /** The terms the panel flags as banned in the draft, as marked in its excerpts. */
  const bannedInPanel = () => panel.locator('[data-rule-id="brand.banned"] mark').allTextContents();

  beforeAll(async () => {
    extension = await launchExtension();
    await extension.context.route('https://mastodon.social/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: readFileSync(FIXTURE, 'utf8') }),
    );
    panel = await extension.context.newPage();
    panel.setDefaultTimeout(8_000);
    await panel.goto(extension.url('sidepanel.html'));
    site = await extension.context.newPage();
    site.setDefaultTimeout(8_000);
    await site.goto(THREAD_URL);
    await site.locator('textarea.autosuggest-textarea__textarea').click();
    await site.keyboard.type(DRAFT);
    options = await extension.context.newPage();
    options.setDefaultTimeout(8_000);
    await options.goto(extension.url('options.html#packs'));
  });

  afterAll(async () => {
    await extension?.close();
  });

  it('a pack made from the default with a banned term reaches the panel at once, and so does the next change', async () => {
    await options.getByRole('heading', { level: 2, name: 'Voice packs' }).waitFor();
    expect(
      await options.getByRole('link', { name: 'Voice packs' }).getAttribute('aria-current'),
    ).toBe('page');
    await expect.poll(() => panel.getByLabel(/^Draft reply/).inputValue(), POLL).toBe(DRAFT);
    expect(await bannedInPanel()).toEqual([]);

    await options.getByRole('button', { name: 'New pack from the default' }).click();
    await options
      .getByTestId('pack-editor-heading')
      .filter({ hasText: 'Team voice 1.0.0' })
      .waitFor();
    // Through the form, which opens first: a new banned word at the end of the list.
    expect(await options.getByRole('button', { name: 'Form' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await options.locator('summary').filter({ hasText: 'Words and phrases' }).click();
    await options.getByRole('button', { name: 'Add a banned word' }).click();
    const added = options
      .locator('li')
      .filter({ has: options.getByText(/^Banned word \d+$/) })
      .last();
    await added.getByLabel('Word or phrase').fill('zorblax');
    await added.getByLabel('Why not', { exact: true }).fill('nobody knows the word.');
    await expect
      .poll(() => status().textContent(), POLL)
      .toBe('Saved. The team uses this version.');
    // The panel was not reloaded: it follows the stored library.
    await expect.poll(bannedInPanel, POLL).toEqual(['zorblax']);

    await added.getByLabel('Word or phrase').fill('flumph');
    await expect.poll(bannedInPanel, POLL).toEqual(['flumph']);
    await options.getByRole('button', { name: 'JSON', exact: true }).click();
    expect(await json().inputValue()).toContain('"term": "flumph"');
  });

  it('broken JSON shows the error with its path, and the panel keeps the last good version', async () => {
    const good = await json().inputValue();
    await paste(good.replace('"version": "1.0.0"', '"version": "one"'));
    const problems = options.getByRole('list', {
      name: 'Problems, with where they are in the pack',
    });
    expect(await problems.locator('[data-path="version"]').textContent()).toContain(
      'semantic version',
    );
    expect(await status().textContent()).toBe(
      'Not valid — the team keeps using version 1.0.0 until this is fixed.',
    );
    expect(await json().getAttribute('aria-invalid')).toBe('true');

    await paste(good.slice(0, -3));
    await expect
      .poll(() => problems.locator('[data-path="(root)"]').textContent(), POLL)
      .toMatch(/invalid JSON at line \d+, column \d+/);
    // Saved as typed, and the last good text stays in use.
    await expect
      .poll(async () => {
        const entry = (await stored())?.entries[0];
        return entry?.kind === 'local'
          ? [entry.text === good.slice(0, -3), entry.lastGood === good]
          : [];
      }, POLL)
      .toEqual([true, true]);
    expect(await bannedInPanel()).toEqual(['flumph']);
    expect(await options.locator('.pack-library__invalid').textContent()).toBe(
      'Not valid: version 1.0.0 stays in use',
    );

    // The form cannot show unreadable JSON, and the text is not lost.
    await options.getByRole('button', { name: 'Form', exact: true }).click();
    await options.getByText('its JSON cannot be read').waitFor();
    await options.getByRole('button', { name: 'Back to JSON' }).click();
    expect(await json().inputValue()).toBe(good.slice(0, -3));

    await paste(good);
    await expect
      .poll(() => status().textContent(), POLL)
      .toBe('Saved. The team uses this version.');
  });

  it('refuses an invalid file and a file over 1 MB with nothing replaced; export gives back the text', async () => {
    const before = await stored();
    const invalid = join(DIR, 'invalid.json');
    writeFileSync(
      invalid,
      JSON.stringify({ id: 'Bad Id', name: 'Bad', version: '1', languages: [] }),
    );
    const chooser = options.getByLabel('Import a pack file (.json)');
    await chooser.setInputFiles(invalid);
    const refusal = options.getByRole('alert');
    await refusal.getByText('“invalid.json” is not a valid voice pack').waitFor();
    expect(
      await refusal
        .locator('[data-path]')
        .evaluateAll((items) => items.map((i) => i.getAttribute('data-path'))),
    ).toEqual(expect.arrayContaining(['id', 'version', 'languages']));

    const huge = join(DIR, 'huge.json');
    writeFileSync(
      huge,
      `{"id":"huge","name":"Huge","version":"1.0.0","languages":["en"],"description":"${'x'.repeat(1_100_000)}"}`,
    );
    await chooser.setInputFiles(huge);
    await refusal
      .getByText('“huge.json” was not imported: it is 1.05 MB, and a pack may be at most 1.00 MB')
      .waitFor();
    expect(await stored()).toEqual(before);

    const text = await json().inputValue();
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export as file' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('team-voice-1.0.0.json');
    expect(readFileSync((await file.path())!, 'utf8')).toBe(text);
  });

  it('runs the pack’s tests as it is edited, pass or fail per example', async () => {
    const summary = options.getByTestId('pack-tests-summary');
    await editPack((pack) => {
      pack.examples = [
        { text: 'Hi Dana, the flumph is on its way.', expect: { trips: ['brand.banned'] } },
        { text: 'Hi Dana, the zorblax is on its way.', expect: { trips: ['brand.banned'] } },
      ];
    });
    await expect.poll(() => summary.textContent(), POLL).toBe('1 of 2 pass');
    const failed = options.locator('[data-testid="pack-test"][data-passed="false"]');
    expect(await failed.textContent()).toContain('zorblax');
    expect(await failed.textContent()).toContain('expected brand.banned to trip');

    await editPack((pack) =>
      pack.vocabulary.banned.push({ term: 'zorblax', reason: 'nobody knows the word.' }),
    );
    await expect.poll(() => summary.textContent(), POLL).toBe('2 of 2 pass');
    expect(await options.locator('[data-testid="pack-test"][data-passed="false"]').count()).toBe(0);
    // The panel follows this edit too.
    await expect.poll(bannedInPanel, POLL).toEqual(['zorblax', 'flumph']);
  });
});
