/** Kinds of editors the sites use, each with its own insertion strategy. */
export type EditorKind =
  | 'draft'
  | 'lexical'
  /** Quill 1.x (has the hidden `.ql-clipboard` beside the editor). */
  | 'quill1'
  /** Quill 2.x. */
  | 'quill2'
  /** Quill whose version the DOM does not tell. */
  | 'quill'
  | 'prosemirror'
  /** A textarea or text input, React-controlled or not. */
  | 'textarea'
  /** Any other contenteditable. */
  | 'contenteditable'
  /** Not an editor at all. */
  | 'none';

/** `replace`: the text replaces the whole draft. `caret`: the text goes in at the caret. */
export type InsertMode = 'replace' | 'caret';

export interface InsertOptions {
  mode: InsertMode;
}

/**
 * How the text was put in: a synthetic paste; the browser's insertText command; insertText per
 * line with insertLineBreak between (Shift+Enter); a textarea's native value setter.
 */
export type Technique = 'paste' | 'execCommand' | 'execCommandLines' | 'valueSetter';

export interface InsertResult {
  /** True when the editor now holds the text (read back from the DOM). */
  ok: boolean;
  kind: EditorKind;
  /** The technique that put the text in (the last one tried when none did). */
  technique: Technique | 'none';
  /** Every technique tried, in order. */
  tried: Technique[];
  /** What the editor shows afterwards (see readEditorText). */
  text: string;
  error?: string;
}
