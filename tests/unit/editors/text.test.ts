// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { insertText, normalizeText, readEditorText } from '../../../lib/editors';

/** Editor DOM as each library renders it, and the text the user sees. */
const CASES: [name: string, html: string, text: string][] = [
  [
    'Draft.js blocks, one empty',
    `<div class="public-DraftEditor-content" contenteditable="true" id="e"><div data-contents="true">
<div data-block="true"><div><span><span data-text="true">Hi Sam,</span></span></div></div><div data-block="true"><div><span><br data-text="true"></span></div></div><div data-block="true"><div><span><span data-text="true">It ships today.</span></span></div></div></div></div>`,
    'Hi Sam,\n\nIt ships today.',
  ],
  [
    'Lexical paragraphs and a line break',
    `<div data-lexical-editor="true" contenteditable="true" id="e"><p><span data-lexical-text="true">Hi Sam,</span></p><p><br></p><p><span data-lexical-text="true">Sorry</span><br><span data-lexical-text="true">Bye</span></p></div>`,
    'Hi Sam,\n\nSorry\nBye',
  ],
  [
    'Lexical paragraph ending in a line break',
    `<div data-lexical-editor="true" contenteditable="true" id="e"><p><span>a</span><br><br></p><p><span>b</span></p></div>`,
    'a\n\nb',
  ],
  [
    'Quill lines, an empty one, no-break spaces',
    `<div class="ql-container"><div class="ql-editor" contenteditable="true" id="e"><p>Hi&nbsp;&nbsp;Sam,</p><p><br></p><p>Bye</p></div><div class="ql-clipboard" contenteditable="true">junk</div></div>`,
    'Hi  Sam,\n\nBye',
  ],
  [
    'ProseMirror with a trailing break and a hard break',
    `<div class="ProseMirror" contenteditable="true" id="e"><p>Hi</p><p><br class="ProseMirror-trailingBreak"></p><p>a<br>b</p></div>`,
    'Hi\n\na\nb',
  ],
  [
    'plain contenteditable as Chromium edits it',
    `<div contenteditable="true" id="e">Hi Sam,<div><br></div><div>Sorry</div></div>`,
    'Hi Sam,\n\nSorry',
  ],
  [
    'plain contenteditable with line breaks',
    `<div contenteditable="true" id="e">Hi Sam,<br><br>Sorry<br>Bye</div>`,
    'Hi Sam,\n\nSorry\nBye',
  ],
  ['an empty Quill', `<div class="ql-editor" contenteditable="true" id="e"><p><br></p></div>`, ''],
  ['zero-width characters', `<div contenteditable="true" id="e"><p>\u200bHi\ufeff</p></div>`, 'Hi'],
];

describe('readEditorText', () => {
  it.each(CASES)('%s', (_name, html, text) => {
    document.body.innerHTML = html;
    expect(readEditorText(document.getElementById('e')!)).toBe(text);
  });

  it('reads a textarea value with normalised line ends', () => {
    document.body.innerHTML = `<textarea id="e"></textarea>`;
    const field = document.getElementById('e') as HTMLTextAreaElement;
    field.value = 'a\r\nb\n';
    expect(readEditorText(field)).toBe('a\nb');
  });
});

describe('normalizeText', () => {
  it('unifies line ends and spaces and drops trailing newlines', () => {
    expect(normalizeText('a\r\nb\rc\u00a0d\n\n')).toBe('a\nb\nc d');
  });
});

describe('insertText without execCommand', () => {
  it('falls back to the native value setter and an input event in a textarea', async () => {
    document.body.innerHTML = `<textarea id="e"></textarea>`;
    const field = document.getElementById('e') as HTMLTextAreaElement;
    field.value = 'Hello world';
    const inputs: string[] = [];
    field.addEventListener('input', () => inputs.push(field.value));
    Object.defineProperty(document, 'execCommand', { configurable: true, value: () => false });
    try {
      field.focus();
      field.setSelectionRange(6, 6);
      const result = await insertText(field, 'dear ', { mode: 'caret' });
      expect(result).toMatchObject({ ok: true, kind: 'textarea', technique: 'valueSetter' });
      expect(result.tried).toEqual(['execCommand', 'valueSetter']);
      expect(field.value).toBe('Hello dear world');
      expect(field.selectionStart).toBe(11);
      expect(inputs).toEqual(['Hello dear world']);

      const replaced = await insertText(field, 'New', { mode: 'replace' });
      expect(replaced.ok).toBe(true);
      expect(field.value).toBe('New');
    } finally {
      delete (document as { execCommand?: unknown }).execCommand;
    }
  });

  it('says so when the element is no editor', async () => {
    document.body.innerHTML = `<button id="e">Send</button>`;
    const result = await insertText(document.getElementById('e')!, 'x', { mode: 'replace' });
    expect(result).toMatchObject({
      ok: false,
      kind: 'none',
      technique: 'none',
      error: 'not an editor',
    });
  });
});
