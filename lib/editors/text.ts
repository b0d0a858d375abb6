import { BLOCK_ELEMENTS } from '../dom/block-elements';
import { editorRoot } from './detect';

/** Line endings as \n, no-break spaces as spaces, no zero-width characters, no trailing newline. */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/[\u200b\ufeff]/g, '')
    .replace(/\n+$/, '');
}

function isTextField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  return element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement;
}

function isBlock(node: Node | null): boolean {
  return node?.nodeType === Node.ELEMENT_NODE && BLOCK_ELEMENTS.has((node as Element).tagName);
}

function walk(node: Node, out: { text: string }): void {
  if (node.nodeType === Node.TEXT_NODE) {
    const data = (node as Text).data;
    // Whitespace between blocks (markup indentation) is not shown.
    if (!/^\s*$/.test(data) || !(isBlock(node.previousSibling) || isBlock(node.nextSibling))) {
      out.text += data;
    }
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const element = node as Element;
  if (
    element.getAttribute('aria-hidden') === 'true' ||
    element.classList.contains('ql-clipboard')
  ) {
    return;
  }
  if (element.tagName === 'BR') {
    // A <br> that ends a block only holds an empty line open (or is ProseMirror's trailing
    // break); it adds no line of its own.
    const last =
      !element.nextSibling &&
      element.parentElement &&
      BLOCK_ELEMENTS.has(element.parentElement.tagName);
    if (!last || out.text === '' || out.text.endsWith('\n')) out.text += '\n';
    return;
  }
  const block = BLOCK_ELEMENTS.has(element.tagName);
  if (block && out.text !== '' && !out.text.endsWith('\n')) out.text += '\n';
  for (const child of element.childNodes) walk(child, out);
  if (block && out.text !== '' && !out.text.endsWith('\n')) out.text += '\n';
}

/**
 * The text the user sees in an editor, one line per line, normalised (see normalizeText): the
 * value of a textarea or input, the lines of a rich editor's blocks otherwise.
 */
export function readEditorText(element: Element): string {
  const root = editorRoot(element) ?? element;
  if (isTextField(root)) return normalizeText(root.value);
  const out = { text: '' };
  for (const child of root.childNodes) walk(child, out);
  return normalizeText(out.text);
}

/** How many times `needle` occurs in `haystack` (not overlapping). */
export function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (
    let at = haystack.indexOf(needle);
    at !== -1;
    at = haystack.indexOf(needle, at + needle.length)
  ) {
    count += 1;
  }
  return count;
}
