/** DOM helpers shared by the strategies: focus, selection, timing and the techniques. */

/**
 * How long to wait after focusing (and selecting in) an editor before inserting. Draft.js,
 * Lexical and ProseMirror take the selection from the browser's `selectionchange` event, which
 * fires asynchronously. Measured in Chromium: with no wait at all, Draft.js keeps the old draft
 * when replacing and Lexical inserts at its stale selection; one macrotask is enough on an idle
 * machine; 50 ms leaves margin on a loaded one and is not noticeable to the user.
 */
export const FOCUS_SETTLE_MS = 50;

/**
 * How long an editor may take to show an insertion. Draft.js and Lexical commit after the
 * current turn (a React render, a microtask or an animation frame); checking before that and
 * falling back would insert the text twice.
 */
export const COMMIT_TIMEOUT_MS = 300;

const POLL_MS = 16;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it is true or `timeoutMs` passed; resolves with the last answer. */
export async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (check()) return true;
    if (Date.now() >= end) return false;
    await sleep(POLL_MS);
  }
}

/** Focuses the editor unless it already has focus (which keeps the user's caret). */
export function focusEditor(editor: HTMLElement): void {
  if (editor.ownerDocument.activeElement !== editor || !editor.ownerDocument.hasFocus()) {
    editor.focus({ preventScroll: true });
  }
}

/** True when the document's selection is inside the editor. */
export function selectionInside(editor: HTMLElement): boolean {
  const selection = editor.ownerDocument.getSelection();
  return Boolean(selection && selection.rangeCount > 0 && editor.contains(selection.anchorNode));
}

/** The first and last caret positions in the editor's content, as text positions. */
function contentEdges(editor: HTMLElement): Range {
  const document = editor.ownerDocument;
  const range = document.createRange();
  const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) =>
      node.nodeType === Node.TEXT_NODE || (node as Element).tagName === 'BR'
        ? NodeFilter.FILTER_ACCEPT
        : NodeFilter.FILTER_SKIP,
  });
  let first: Node | null = null;
  let last: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    first ??= node;
    last = node;
  }
  if (!first || !last) {
    range.selectNodeContents(editor);
    return range;
  }
  if (first.nodeType === Node.TEXT_NODE) range.setStart(first, 0);
  else range.setStartBefore(first);
  if (last.nodeType === Node.TEXT_NODE) range.setEnd(last, (last as Text).length);
  else range.setEndBefore(last);
  return range;
}

/** Selects all the editor's content, from its first to its last text position. */
export function selectAllContent(editor: HTMLElement): void {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    editor.select();
    return;
  }
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(contentEdges(editor));
}

/** Puts the caret at the end when it is not inside the editor (a caret insert needs one). */
export function ensureCaret(editor: HTMLElement): void {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return;
  if (selectionInside(editor)) return;
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return;
  const range = contentEdges(editor);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * A synthetic paste: a ClipboardEvent carrying the text as text/plain. The editor's own paste
 * handler inserts it as if the user had pasted (with its own undo step and line handling).
 */
export function pasteText(editor: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const target = (() => {
    const anchor = editor.ownerDocument.getSelection()?.anchorNode;
    const element = anchor instanceof Element ? anchor : anchor?.parentElement;
    return element && editor.contains(element) ? element : editor;
  })();
  target.dispatchEvent(
    new ClipboardEvent('paste', {
      clipboardData: data,
      bubbles: true,
      cancelable: true,
      composed: true,
    }),
  );
}

/** The browser's own "insert text" editing command at the selection (native undo included). */
export function execInsertText(editor: HTMLElement, text: string): boolean {
  try {
    return editor.ownerDocument.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/**
 * insertText line by line with insertLineBreak (what Shift+Enter does) between the lines: a
 * <br> per line break rather than the <div> per line that insertText makes, which pages that
 * read a plain contenteditable's innerText would count as an extra blank line.
 */
export function execInsertLines(editor: HTMLElement, text: string): boolean {
  const document = editor.ownerDocument;
  let ok = true;
  try {
    text.split(/\r\n?|\n/).forEach((line, index) => {
      if (index > 0) ok = document.execCommand('insertLineBreak') && ok;
      if (line) ok = document.execCommand('insertText', false, line) && ok;
    });
  } catch {
    return false;
  }
  return ok;
}

/**
 * Writes a textarea's or input's value with the native setter and announces it with an `input`
 * event, so React-controlled fields see a real change.
 */
export function setFieldValue(
  field: HTMLTextAreaElement | HTMLInputElement,
  value: string,
  caret: number,
): void {
  const proto =
    field instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
  field.setSelectionRange(caret, caret);
  field.dispatchEvent(
    new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }),
  );
}
