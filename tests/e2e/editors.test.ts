/**
 * lib/editors against the real editor libraries in Chromium, run from a content script's
 * isolated world (the test-only harness extension in ./harness), on the fixture pages of
 * tests/fixtures/editors. For every editor kind and scenario: the editor's own model holds
 * exactly the text, the Send button derived from that model is enabled, nothing is inserted
 * twice (checked again after 300 ms), and one real keystroke afterwards lands right after the
 * inserted text. Undo restores the previous draft.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EditorKind, InsertMode, InsertResult, Technique } from '../../lib/editors';
import { buildEditorFixtures, type EditorFixture } from '../fixtures/build-fixtures';
import { launchExtension, type Extension } from './extension';
import { buildEditorHarness } from './harness/build';

/**
 * Per fixture: the element a user clicks to put the caret in, the kind detectEditor must see,
 * and the technique that must do it at the first try (single-line, multi-line text).
 */
const EDITORS: Record<
  EditorFixture,
  { selector: string; kind: EditorKind; technique: Technique; multiline: Technique }
> = {
  draft: {
    selector: '.public-DraftEditor-content',
    kind: 'draft',
    technique: 'paste',
    multiline: 'paste',
  },
  lexical: {
    selector: '[data-lexical-editor="true"]',
    kind: 'lexical',
    technique: 'paste',
    multiline: 'paste',
  },
  quill2: {
    selector: '.ql-editor',
    kind: 'quill2',
    technique: 'execCommand',
    multiline: 'execCommand',
  },
  quill1: {
    selector: '.ql-editor',
    kind: 'quill1',
    technique: 'execCommand',
    multiline: 'execCommand',
  },
  prosemirror: {
    selector: '.ProseMirror',
    kind: 'prosemirror',
    technique: 'execCommand',
    multiline: 'execCommand',
  },
  textarea: {
    selector: 'textarea',
    kind: 'textarea',
    technique: 'execCommand',
    multiline: 'execCommand',
  },
  contenteditable: {
    selector: '#contenteditable-root',
    kind: 'contenteditable',
    technique: 'execCommand',
    multiline: 'execCommandLines',
  },
};

const KINDS = Object.keys(EDITORS) as EditorFixture[];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

type HarnessResult = InsertResult & { world: string };

let extension: Extension;
let server: Server;
let base: string;
let page: Page;

beforeAll(async () => {
  const [fixtures, harness] = await Promise.all([buildEditorFixtures(), buildEditorHarness()]);
  server = await serve(fixtures);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  extension = await launchExtension(harness);
  page = await extension.context.newPage();
  page.setDefaultTimeout(5_000);
});

afterAll(async () => {
  await extension?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

async function open(kind: EditorFixture, draft = ''): Promise<void> {
  const query = draft ? `?draft=${encodeURIComponent(draft)}` : '';
  await page.goto(`${base}/${kind}/index.html${query}`);
  await page.waitForSelector('html[data-replykit-harness="ready"]', { state: 'attached' });
  await page.waitForSelector(EDITORS[kind].selector);
  if (draft) await expect.poll(modelText).toBe(draft);
}

let nextId = 0;
/** Asks the harness content script (isolated world) to insert, and waits for its answer. */
function ask<T>(op: 'insert' | 'read', request: object): Promise<T> {
  nextId += 1;
  return page.evaluate(
    ({ op, request }) =>
      new Promise<T>((resolve) => {
        const onResult = (event: Event) => {
          const answer = JSON.parse((event as CustomEvent<string>).detail) as T & { id: number };
          if (answer.id !== request.id) return;
          document.removeEventListener('replykit-test:result', onResult);
          resolve(answer);
        };
        document.addEventListener('replykit-test:result', onResult);
        document.dispatchEvent(
          new CustomEvent(`replykit-test:${op}`, { detail: JSON.stringify(request) }),
        );
      }),
    { op, request: { ...request, id: nextId } },
  );
}

const insert = (text: string, mode: InsertMode) =>
  ask<HarnessResult>('insert', { selector: '#editor-mount', text, mode });

const readBack = () =>
  ask<{ kind: string; text: string }>('read', { selector: '#editor-mount' }).then((r) => r.text);

const modelText = () => page.evaluate(() => window.__editorModelText?.() ?? '<no model>');

const sendEnabled = () => page.locator('#send').isEnabled();

/** The editor's model holds exactly `expected`, stays so for 300 ms, Send is enabled. */
async function expectHolds(expected: string): Promise<void> {
  await expect.poll(modelText, { timeout: 3_000 }).toBe(expected);
  expect(await sendEnabled()).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(await modelText()).toBe(expected);
  expect(await readBack()).toBe(expected);
}

function expectInserted(result: HarnessResult, kind: EditorFixture, multiline = false): void {
  expect(result.world).toBe('isolated');
  expect(result.error).toBeUndefined();
  expect(result.ok).toBe(true);
  expect(result.kind).toBe(EDITORS[kind].kind);
  expect(result.tried).toEqual([multiline ? EDITORS[kind].multiline : EDITORS[kind].technique]);
}

describe.each(KINDS)('%s editor', (kind) => {
  it('fills an empty editor', async () => {
    await open(kind);
    expect(await sendEnabled()).toBe(false);
    const text = 'Thanks for the kind words, Sam';
    expectInserted(await insert(text, 'replace'), kind);
    await expectHolds(text);
    await page.keyboard.type('!');
    await expect.poll(modelText).toBe(`${text}!`);
  });

  it('replaces an existing draft', async () => {
    await open(kind, 'We apologize for any inconvenience.');
    const text = 'Sorry about that, Sam. It ships today.';
    expectInserted(await insert(text, 'replace'), kind);
    await expectHolds(text);
    await page.keyboard.type('!');
    await expect.poll(modelText).toBe(`${text}!`);
  });

  it('keeps the line breaks of multi-line text', async () => {
    await open(kind);
    const text = 'Hi Sam,\n\nSorry about the wait.\nIt ships today.';
    expectInserted(await insert(text, 'replace'), kind, true);
    await expectHolds(text);
    await page.keyboard.type('!');
    await expect.poll(modelText).toBe(`${text}!`);
  });

  it('inserts at the caret', async () => {
    await open(kind, 'Hello world');
    await page.click(EDITORS[kind].selector);
    await page.keyboard.press('Control+End');
    for (let i = 0; i < 'world'.length; i += 1) await page.keyboard.press('ArrowLeft');
    expectInserted(await insert('dear ', 'caret'), kind);
    await expectHolds('Hello dear world');
    await page.keyboard.type('!');
    await expect.poll(modelText).toBe('Hello dear !world');
  });

  it('undo restores the previous draft', async () => {
    await open(kind, 'Old draft');
    expectInserted(await insert('New reply', 'replace'), kind);
    await expect.poll(modelText).toBe('New reply');
    await page.keyboard.press('Control+z');
    await expect.poll(modelText).toBe('Old draft');
  });

  it('undo takes back multi-line text in one step', async () => {
    await open(kind, 'Old draft');
    const text = 'Hi Sam,\n\nIt ships today.';
    expectInserted(await insert(text, 'replace'), kind, true);
    await expect.poll(modelText).toBe(text);
    await page.keyboard.press('Control+z');
    await expect.poll(modelText).toBe('Old draft');
  });
});
