/**
 * Inserting text into the editors sites use, one strategy per editor kind (see the files beside
 * this one). Runs in the content script's isolated world: DOM only, no page globals.
 *
 * | editor kind (marker)                         | technique                                  |
 * | -------------------------------------------- | ------------------------------------------ |
 * | Draft.js `.public-DraftEditor-content`       | synthetic paste                            |
 * | Lexical `[data-lexical-editor="true"]`       | synthetic paste (execCommand: 1 line only) |
 * | Quill 1 / 2 `.ql-editor`                     | execCommand insertText                     |
 * | ProseMirror / TipTap `.ProseMirror`          | execCommand insertText (paste as fallback) |
 * | textarea / input                             | execCommand insertText, else value setter  |
 * | other contenteditable                        | insertText (+ insertLineBreak per line)    |
 *
 * Every insert: focus, select (all for `replace`), wait FOCUS_SETTLE_MS, apply, then read the
 * editor back until it shows the text (COMMIT_TIMEOUT_MS). A fallback runs only when the
 * previous technique left no trace by then, so nothing is inserted twice. Proven against the
 * real libraries in tests/e2e/editors.test.ts.
 */
import { contenteditableStrategy } from './contenteditable';
import { detectEditor, editorRoot } from './detect';
import {
  COMMIT_TIMEOUT_MS,
  FOCUS_SETTLE_MS,
  ensureCaret,
  execInsertLines,
  execInsertText,
  focusEditor,
  pasteText,
  selectAllContent,
  setFieldValue,
  sleep,
  waitFor,
} from './dom';
import { draftStrategy } from './draft';
import { lexicalStrategy } from './lexical';
import { prosemirrorStrategy } from './prosemirror';
import { quillStrategy } from './quill';
import type { Strategy } from './strategy';
import { textareaStrategy } from './textarea';
import { normalizeText, occurrences, readEditorText } from './text';
import type { EditorKind, InsertOptions, InsertResult, Technique } from './types';

export { detectEditor, editorRoot } from './detect';
export { normalizeText, readEditorText } from './text';
export type { EditorKind, InsertMode, InsertOptions, InsertResult, Technique } from './types';

export const STRATEGIES: Record<Exclude<EditorKind, 'none'>, Strategy> = {
  draft: draftStrategy,
  lexical: lexicalStrategy,
  quill1: quillStrategy,
  quill2: quillStrategy,
  quill: quillStrategy,
  prosemirror: prosemirrorStrategy,
  textarea: textareaStrategy,
  contenteditable: contenteditableStrategy,
};

/** Runs one technique; false when it certainly did nothing (the browser refused the command). */
function apply(technique: Technique, editor: HTMLElement, text: string): boolean {
  switch (technique) {
    case 'paste':
      pasteText(editor, text);
      return true;
    case 'execCommand':
      return execInsertText(editor, text);
    case 'execCommandLines':
      return execInsertLines(editor, text);
    case 'valueSetter': {
      if (!(editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement)) {
        return false;
      }
      const start = editor.selectionStart ?? editor.value.length;
      const end = editor.selectionEnd ?? start;
      const value = editor.value.slice(0, start) + text + editor.value.slice(end);
      setFieldValue(editor, value, start + text.length);
      return true;
    }
  }
}

/**
 * Puts `text` into the editor `element` is (or is inside of): replacing the whole draft, or at
 * the caret. Focuses the editor, never presses Send, never adds markup of its own. Resolves
 * with whether the editor now shows the text, read back from the DOM; never throws.
 */
export async function insertText(
  element: Element,
  text: string,
  options: InsertOptions,
): Promise<InsertResult> {
  const tried: Technique[] = [];
  const editor = editorRoot(element);
  const kind = editor ? detectEditor(editor) : 'none';
  const result = (ok: boolean, error?: string): InsertResult => ({
    ok,
    kind,
    technique: tried.at(-1) ?? 'none',
    tried,
    text: editor ? readEditorText(editor) : '',
    ...(error ? { error } : {}),
  });
  if (!editor || kind === 'none') return result(false, 'not an editor');
  try {
    const wanted = normalizeText(text);
    const before = readEditorText(editor);
    const base = occurrences(before, wanted);
    const landed = () => {
      const now = readEditorText(editor);
      return options.mode === 'replace' ? now === wanted : occurrences(now, wanted) === base + 1;
    };
    const traceless = () => occurrences(readEditorText(editor), wanted) <= base;

    focusEditor(editor);
    for (const technique of STRATEGIES[kind].techniques(text)) {
      if (options.mode === 'replace') selectAllContent(editor);
      else ensureCaret(editor);
      await sleep(FOCUS_SETTLE_MS);
      tried.push(technique);
      const attempted = apply(technique, editor, text);
      if (await waitFor(landed, attempted ? COMMIT_TIMEOUT_MS : 0)) return result(true);
      if (!traceless()) {
        return result(
          false,
          `the ${kind} editor changed but does not show the text (${technique})`,
        );
      }
    }
    return result(false, `the ${kind} editor did not take the text (${tried.join(', ')})`);
  } catch (error) {
    return result(false, error instanceof Error ? error.message : String(error));
  }
}
