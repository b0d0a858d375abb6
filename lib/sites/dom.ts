/**
 * Shared DOM helpers for the site adapters. Everything read from a page is text: nothing here
 * returns or builds HTML. No `instanceof` checks, so documents from another window (tests, frames)
 * work the same.
 */

import { BLOCK_ELEMENTS } from '../dom/block-elements';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'BUTTON']);

/**
 * Whitespace as a reader would see it: no-break and other spaces become one space, lines are
 * trimmed, more than one blank line becomes one, and the whole is trimmed.
 */
export function normalizeSpace(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The text of an element as text: whitespace collapsed as a browser renders it (kept in `<pre>`
 * and pre-wrap elements), `<br>` and block boundaries as line breaks, emoji images (`<img alt="😀">`, as X and Facebook render them) as their alt text. Scripts,
 * styles, buttons and hidden parts are left out. Never parses or returns HTML.
 */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  const parts: string[] = [];
  walk(el, parts, keepsWhitespace(el));
  const joined = parts
    .join('')
    .replace(/[ \t]*[\ue000\ue001][\ue000\ue001 \t]*/g, (m) =>
      m.includes(PARAGRAPH) ? '\n\n' : '\n',
    );
  return normalizeSpace(joined);
}

/** Whitespace is kept as written in `<pre>` and in elements styled or classed as pre-wrap. */
function keepsWhitespace(el: Element): boolean {
  if (el.tagName === 'PRE' || el.tagName === 'TEXTAREA') return true;
  const style = el.getAttribute('style') ?? '';
  const cls = el.getAttribute('class') ?? '';
  return /white-space:\s*pre/.test(style) || /pre-wrap/.test(cls);
}

// Private-use characters mark block boundaries while walking; page text never keeps them.
const LINE = '\ue000';
const PARAGRAPH = '\ue001';

function walk(node: Node, out: string[], pre = false): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const data = (child as Text).data.replace(/[\ue000\ue001]/g, '');
      // As a browser renders normal text: any run of whitespace is one space.
      out.push(pre ? data : data.replace(/[ \t\n\r\f]+/g, ' '));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.tagName;
    if (SKIP.has(tag) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') {
      continue;
    }
    if (tag === 'BR') {
      out.push('\n');
      continue;
    }
    if (tag === 'IMG') {
      out.push(el.getAttribute('alt') ?? '');
      continue;
    }
    // Block boundaries: one line break between blocks, a blank line around paragraphs.
    const mark = tag === 'P' ? PARAGRAPH : BLOCK_ELEMENTS.has(tag) ? LINE : '';
    out.push(mark);
    walk(el, out, pre || keepsWhitespace(el));
    out.push(mark);
  }
}

/** Text of the first match of `selector` inside `root`, or undefined when missing or empty. */
export function textAt(root: ParentNode | null | undefined, selector: string): string | undefined {
  const text = textOf(root?.querySelector(selector));
  return text || undefined;
}

/** A trimmed attribute value, or undefined when missing or empty. */
export function attr(el: Element | null | undefined, name: string): string | undefined {
  const value = el?.getAttribute(name)?.trim();
  return value || undefined;
}

/**
 * `closest` that also walks out of shadow roots (Reddit's and YouTube's web components), so a
 * composer inside a component still finds the post around it.
 */
export function closestComposed(el: Element, selector: string): Element | null {
  let node: Element | null = el;
  while (node) {
    const hit = node.closest(selector);
    if (hit) return hit;
    const root = node.getRootNode() as Node & { host?: Element };
    node = root && root.host ? root.host : null;
  }
  return null;
}

/** All matches in document order, as an array. */
export function all(root: ParentNode | null | undefined, selector: string): Element[] {
  return root ? Array.from(root.querySelectorAll(selector)) : [];
}

/** True when `a` comes before `b` in document order. */
export function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING
}

/** The document's URL, or undefined for documents without one (about:blank). */
export function pageUrl(doc: Document): string | undefined {
  const href = doc.location?.href ?? doc.URL;
  return href && /^https?:/.test(href) ? href : undefined;
}

/** An absolute http(s) URL for `href` relative to the page; undefined when not http(s). */
export function absoluteUrl(href: string | null | undefined, doc: Document): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, pageUrl(doc) ?? doc.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A handle as the sites write it, normalised without the leading "@":
 * `@name` → `name`; `@name@instance.social` and `name@instance.social` → `name@instance.social`;
 * `https://x.com/name`, `/name`, `/@name`, `/u/name`, `/user/name/` → `name`. Undefined when
 * nothing usable is left. Handles are compared case-insensitively by callers; this keeps the case.
 */
export function parseHandle(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  let text = raw.trim();
  if (!text) return undefined;
  if (/^(https?:)?\/\//.test(text) || text.startsWith('/')) {
    let path: string;
    try {
      path = new URL(text, 'https://example.invalid').pathname;
    } catch {
      return undefined;
    }
    const segments = path.split('/').filter(Boolean);
    const first = segments[0];
    if (!first) return undefined;
    if (
      (first === 'u' || first === 'user' || first === 'profile' || first === 'in') &&
      segments[1]
    ) {
      text = segments[1];
    } else {
      text = first;
    }
    text = decodeURIComponent(text);
  }
  text = text.replace(
    /^[\u200e\u200f\u202a-\u202e\u2066-\u2069]+|[\u200e\u200f\u202a-\u202e\u2066-\u2069]+$/g,
    '',
  );
  text = text.replace(/^@+/, '').replace(/^u\//, '');
  const match = /^[\p{L}\p{N}_.-]+(?:@[\p{L}\p{N}.-]+\.[\p{L}]{2,})?/u.exec(text);
  return match ? match[0].replace(/\.+$/, '') : undefined;
}

/** Same handle, compared case-insensitively. */
export function sameHandle(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && a.toLowerCase() === b.toLowerCase();
}

/** A value with text, or undefined. */
export function nonEmpty(text: string | null | undefined): string | undefined {
  const t = text ? normalizeSpace(text) : '';
  return t || undefined;
}

/** Texts that are not empty, without consecutive duplicates. */
export function texts(list: readonly (string | undefined)[]): string[] {
  const out: string[] = [];
  for (const t of list) if (t && out[out.length - 1] !== t) out.push(t);
  return out;
}

/** The element as an HTMLElement (no instanceof: works across windows), or null. */
export function asHtml(el: Element | null | undefined): HTMLElement | null {
  return el && 'focus' in el ? (el as HTMLElement) : null;
}
