// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { detectEditor, editorRoot, type EditorKind } from '../../../lib/editors';

/** Composer markup as the sites render it (trimmed), and the editor kind it holds. */
const SNIPPETS: [name: string, html: string, kind: EditorKind][] = [
  [
    'X reply (Draft.js fork)',
    `<div class="DraftEditor-root"><div class="public-DraftEditorPlaceholder-root">Post your reply</div>
     <div class="DraftEditor-editorContainer"><div id="target" aria-label="Post text" class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" spellcheck="true" tabindex="0" data-testid="tweetTextarea_0" style="outline: none; user-select: text; white-space: pre-wrap; overflow-wrap: break-word;">
     <div data-contents="true"><div class="" data-block="true" data-editor="ab1" data-offset-key="x-0-0"><div data-offset-key="x-0-0" class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr"><span data-offset-key="x-0-0"><br data-text="true"></span></div></div></div></div></div></div>`,
    'draft',
  ],
  [
    'Facebook comment (Lexical)',
    `<form><div class="xzsf02u" contenteditable="true" role="textbox" spellcheck="true" tabindex="0" data-lexical-editor="true" aria-label="Write a comment…" id="target" style="user-select: text; white-space: pre-wrap; word-break: break-word;"><p class="xdj266r" dir="auto"><br></p></div></form>`,
    'lexical',
  ],
  [
    'Reddit comment (Lexical in shreddit-composer)',
    `<shreddit-composer><div contenteditable="true" role="textbox" data-lexical-editor="true" id="target"><p><span data-lexical-text="true">Draft</span></p></div></shreddit-composer>`,
    'lexical',
  ],
  [
    'LinkedIn comment, Quill 1 (has .ql-clipboard)',
    `<div class="comments-comment-texteditor"><div class="ql-container"><div class="ql-editor ql-blank" id="target" contenteditable="true" data-placeholder="Add a comment…" aria-label="Text editor for creating content" role="textbox"><p><br></p></div><div class="ql-clipboard" contenteditable="true" tabindex="-1"></div></div></div>`,
    'quill1',
  ],
  [
    'Quill 2 (snow)',
    `<div class="ql-toolbar ql-snow"></div><div class="ql-container ql-snow"><div class="ql-editor ql-blank" id="target" contenteditable="true" data-placeholder="Add a comment…"><p><br></p></div><div class="ql-tooltip ql-hidden"><a class="ql-preview"></a><input type="text" data-link="https://quilljs.com"><a class="ql-action"></a></div></div>`,
    'quill2',
  ],
  [
    'Quill without its container',
    `<div class="ql-editor" id="target" contenteditable="true"><p>Hi</p></div>`,
    'quill',
  ],
  [
    'Bluesky (TipTap)',
    `<div class="tiptap ProseMirror" id="target" contenteditable="true" role="textbox" translate="no" aria-label="Rich-Text Editor"><p data-placeholder="Write your reply" class="is-empty is-editor-empty"><br class="ProseMirror-trailingBreak"></p></div>`,
    'prosemirror',
  ],
  [
    'Mastodon (React textarea)',
    `<div class="autosuggest-textarea"><label><span style="display: none;">What's on your mind?</span><textarea id="target" class="autosuggest-textarea__textarea" placeholder="What's on your mind?" aria-autocomplete="list"></textarea></label></div>`,
    'textarea',
  ],
  [
    'Instagram comment (textarea)',
    `<form><textarea id="target" aria-label="Add a comment…" placeholder="Add a comment…" autocomplete="off" autocorrect="off"></textarea></form>`,
    'textarea',
  ],
  ['search input', `<input id="target" type="search" value="q">`, 'textarea'],
  [
    'YouTube comment (plain contenteditable)',
    `<yt-formatted-string id="contenteditable-textarea"><div id="contenteditable-root" contenteditable="true" class="style-scope yt-formatted-string" aria-label="Add a comment…"><span id="target">Hi</span></div></yt-formatted-string>`,
    'contenteditable',
  ],
  [
    'LinkedIn message (plain contenteditable)',
    `<div class="msg-form__contenteditable t-14 t-black--light" id="target" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Write a message…"><p><br></p></div>`,
    'contenteditable',
  ],
  ['plaintext-only', `<div id="target" contenteditable="plaintext-only"></div>`, 'contenteditable'],
  ['a checkbox', `<input id="target" type="checkbox">`, 'none'],
  ['a button', `<button id="target">Send</button>`, 'none'],
  [
    'a non-editable island',
    `<div id="target" contenteditable="false"><span>Mention</span></div>`,
    'none',
  ],
];

describe('detectEditor', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it.each(SNIPPETS)('%s', (_name, html, kind) => {
    document.body.innerHTML = html;
    const target = document.getElementById('target')!;
    expect(detectEditor(target)).toBe(kind);
  });

  it.each(SNIPPETS.filter(([, , kind]) => kind !== 'none'))(
    '%s: found from a wrapper and from inside',
    (_name, html, kind) => {
      document.body.innerHTML = `<section id="wrapper">${html}</section>`;
      const wrapper = document.getElementById('wrapper')!;
      const root = editorRoot(wrapper)!;
      expect(root).toBeDefined();
      expect(detectEditor(wrapper)).toBe(kind);
      const inner = root.querySelector('p, span, br') ?? root;
      expect(editorRoot(inner)).toBe(root);
      expect(detectEditor(inner)).toBe(kind);
    },
  );

  it('gives up on a wrapper with two editors', () => {
    document.body.innerHTML = `<div id="w"><textarea></textarea><textarea></textarea></div>`;
    expect(detectEditor(document.getElementById('w')!)).toBe('none');
  });

  it('takes the editing host, not a nested editable element', () => {
    document.body.innerHTML = `<div id="host" contenteditable="true"><p><span id="inner" contenteditable="true">x</span></p></div>`;
    expect(editorRoot(document.getElementById('inner')!)).toBe(document.getElementById('host'));
  });
});
