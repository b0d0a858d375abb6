import type { EditorKind } from './types';

/** The markers of each editor kind, most specific first. */
const EDITOR_ROOTS: [selector: string, kind: Exclude<EditorKind, 'quill1' | 'quill2' | 'none'>][] =
  [
    ['.public-DraftEditor-content', 'draft'],
    ['[data-lexical-editor="true"]', 'lexical'],
    ['.ql-editor', 'quill'],
    ['.ProseMirror', 'prosemirror'],
    ['textarea, input', 'textarea'],
    ['[contenteditable]:not([contenteditable="false"])', 'contenteditable'],
  ];

/** Text inputs we can write to (not checkboxes, buttons, files, ...). */
const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'email', 'url', 'tel']);

function isTextField(element: Element): boolean {
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea') return true;
  if (tag !== 'input') return false;
  return TEXT_INPUT_TYPES.has((element.getAttribute('type') ?? '').toLowerCase());
}

/**
 * The editor's root element for an element inside it (or the editor itself, or a wrapper with
 * exactly one editor in it). Undefined when there is none.
 */
export function editorRoot(element: Element): HTMLElement | undefined {
  for (const [selector] of EDITOR_ROOTS) {
    const root = element.closest(selector);
    if (root instanceof HTMLElement && (!root.matches('textarea, input') || isTextField(root))) {
      // The outermost contenteditable is the editing host.
      if (selector.startsWith('[contenteditable]')) {
        let host: HTMLElement = root;
        while (host.parentElement?.isContentEditable) host = host.parentElement;
        return host;
      }
      return root;
    }
  }
  // A wrapper: the one editor inside it, rich editors first (Quill's hidden link tooltip holds
  // an <input>, Quill 1 a hidden contenteditable .ql-clipboard).
  for (const [selector] of EDITOR_ROOTS) {
    const inside = [...element.querySelectorAll(selector)].filter(
      (candidate): candidate is HTMLElement =>
        candidate instanceof HTMLElement &&
        !candidate.classList.contains('ql-clipboard') &&
        !candidate.closest('.ql-tooltip') &&
        (!candidate.matches('textarea, input') || isTextField(candidate)),
    );
    const outermost = inside.filter(
      (candidate) => !inside.some((other) => other !== candidate && other.contains(candidate)),
    );
    if (outermost.length === 1) return outermost[0];
    if (outermost.length > 1) return undefined;
  }
  return undefined;
}

/** Quill 1 keeps a hidden contenteditable `.ql-clipboard` beside the editor; Quill 2 has none. */
function quillVersion(editor: Element): EditorKind {
  const container = editor.parentElement;
  if (!container?.classList.contains('ql-container')) return 'quill';
  return container.querySelector(':scope > .ql-clipboard') ? 'quill1' : 'quill2';
}

/** Which kind of editor an element is, or is inside of, from the editor's DOM markers. */
export function detectEditor(element: Element): EditorKind {
  const root = editorRoot(element);
  if (!root) return 'none';
  for (const [selector, kind] of EDITOR_ROOTS) {
    if (!root.matches(selector)) continue;
    return kind === 'quill' ? quillVersion(root) : kind;
  }
  return 'none';
}
