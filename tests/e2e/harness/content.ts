/**
 * Content script of the test-only editor harness extension: runs lib/editors in the content
 * script's isolated world, as production will. The page asks with a `replykit-test:insert` or
 * `replykit-test:read` CustomEvent on `document` (DOM events cross worlds; the detail is a JSON
 * string, since objects do not) and gets the answer as `replykit-test:result`.
 */
import { detectEditor, insertText, readEditorText, type InsertMode } from '../../../lib/editors';

interface Request {
  id: number;
  op: 'insert' | 'read';
  selector: string;
  text?: string;
  mode?: InsertMode;
}

function answer(id: number, body: object): void {
  // chrome.runtime.id exists only in the extension's isolated world, never in the page.
  const { chrome } = globalThis as { chrome?: { runtime?: { id?: string } } };
  const world = chrome?.runtime?.id ? 'isolated' : 'main';
  document.dispatchEvent(
    new CustomEvent('replykit-test:result', { detail: JSON.stringify({ id, world, ...body }) }),
  );
}

async function handle(request: Request): Promise<void> {
  const element = document.querySelector(request.selector);
  if (!element) {
    answer(request.id, { error: `no element ${request.selector}` });
    return;
  }
  if (request.op === 'read') {
    answer(request.id, { kind: detectEditor(element), text: readEditorText(element) });
    return;
  }
  const result = await insertText(element, request.text ?? '', { mode: request.mode ?? 'replace' });
  answer(request.id, result);
}

for (const op of ['insert', 'read'] as const) {
  document.addEventListener(`replykit-test:${op}`, (event) => {
    const detail = (event as CustomEvent<unknown>).detail;
    if (typeof detail !== 'string') return;
    void handle({ ...(JSON.parse(detail) as Omit<Request, 'op'>), op });
  });
}
document.documentElement.dataset.replykitHarness = 'ready';
