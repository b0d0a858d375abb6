import { attr, pageUrl } from './dom';
import type { ComposerSpec, SiteAdapter } from './types';

/** Everything that can be an editor; `isGenericComposer` decides. */
export const GENERIC_SELECTOR =
  'textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

const SINGLE_LINE_ROLES = new Set(['searchbox', 'combobox', 'spinbutton', 'slider']);

function editable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value === '' || value === 'true' || value === 'plaintext-only';
}

/**
 * A multi-line editor: a textarea (not disabled or read-only), or the editing host of a
 * contenteditable region that is not marked single-line (`aria-multiline="false"`, a search box or
 * a combobox). `<input>` is single-line by nature and never one.
 */
export function isGenericComposer(el: Element): boolean {
  if (el.tagName === 'TEXTAREA') {
    return !el.hasAttribute('disabled') && !el.hasAttribute('readonly');
  }
  if (!editable(el)) return false;
  // The editing host, not an editable element inside another one.
  const parent = el.parentElement;
  if (parent && parent.closest(GENERIC_SELECTOR.replace('textarea, ', ''))) return false;
  if (attr(el, 'aria-multiline') === 'false') return false;
  const role = attr(el, 'role');
  return !(role && SINGLE_LINE_ROLES.has(role));
}

/** The element has the focus, or holds it (a caret inside a contenteditable). */
export function hasFocus(el: Element, doc: Document): boolean {
  const active = doc.activeElement;
  return !!active && (active === el || el.contains(active));
}

const genericComposer: ComposerSpec = {
  kind: 'reply',
  selector: GENERIC_SELECTOR,
  when: (el, doc) => isGenericComposer(el) && hasFocus(el, doc),
  read: (_el, doc) => ({ threadUrl: pageUrl(doc) }),
};

/** Match patterns for the sites the user enabled for the generic adapter (`https://example.com`). */
export function genericMatches(origins: readonly string[]): string[] {
  return origins.map((origin) => `${origin.replace(/\/+$/, '')}/*`);
}

/**
 * Any other site the user enables, and any known site whose layout the adapter does not recognise:
 * a focused textarea or multi-line contenteditable. It knows nothing about the customer.
 */
export const generic: SiteAdapter = {
  id: 'generic',
  label: 'Other site',
  matches: [],
  composers: [genericComposer],
  sendButton: (el) =>
    (el.closest('form')?.querySelector('button[type="submit"], input[type="submit"]') as
      HTMLElement | null | undefined) ?? null,
  urls: [],
};

// Written for: any page with a <textarea> or a contenteditable editor, e.g.
// https://github.com/mastodon/mastodon/issues/new (textarea) and
// https://discourse.org/ community pages (contenteditable / textarea composers).
