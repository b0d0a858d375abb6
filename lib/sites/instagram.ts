import { absoluteUrl, all, attr, closestComposed, parseHandle, textAt, textOf } from './dom';
import type { ComposerReading, ComposerSpec, Person, SiteAdapter } from './types';

/** Profile links are `/<handle>/`; other paths (`/p/`, `/explore/`, `/direct/`) are not people. */
const NOT_PROFILES = new Set([
  'p',
  'reel',
  'reels',
  'explore',
  'direct',
  'stories',
  'accounts',
  'tv',
]);

export function instagramHandle(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  const first = href
    .replace(/^https?:\/\/[^/]+/, '')
    .split('/')
    .filter(Boolean)[0];
  return first && !NOT_PROFILES.has(first) ? parseHandle(first) : undefined;
}

function postRoot(el: Element, doc: Document): Element | null {
  return closestComposed(el, 'article') ?? doc.querySelector('main [role="presentation"], main');
}

const comment: ComposerSpec = {
  kind: 'comment',
  selector: 'textarea[aria-label^="Add a comment"], textarea[placeholder^="Add a comment"]',
  read: (el, doc): ComposerReading => {
    const root = postRoot(el, doc);
    const header = root?.querySelector('header');
    const handle = instagramHandle(
      all(header, 'a[href]')
        .find((a) => instagramHandle(a.getAttribute('href')) && textOf(a))
        ?.getAttribute('href'),
    );
    const customer: Person = handle ? { handle } : {};
    // The caption is the first entry of the comment list, written by the author, in an h1.
    const caption = textAt(root, 'h1[dir="auto"]') ?? textAt(root, 'h1');
    const earlier = all(root, 'ul li')
      .filter((li) => !li.querySelector('h1'))
      .filter((li) => {
        const a = li.querySelector('h3 a[href], h2 a[href], a[href]');
        return !!handle && instagramHandle(a?.getAttribute('href')) === handle;
      })
      .map((li) => textOf(all(li, 'span[dir="auto"]').find((span) => !span.closest('h2, h3'))))
      .filter((t): t is string => !!t);
    const reading: ComposerReading = { customer, earlier };
    if (caption) reading.inReplyTo = caption;
    const link = root?.querySelector('a[href*="/p/"] time, a[href*="/reel/"] time')?.closest('a');
    const url = absoluteUrl(link?.getAttribute('href'), doc);
    if (url) reading.threadUrl = url;
    return reading;
  },
};

const directMessage: ComposerSpec = {
  kind: 'direct-message',
  selector:
    '[role="textbox"][contenteditable="true"][aria-label="Message"], [role="textbox"][contenteditable="true"][aria-placeholder^="Message"]',
  read: (_el, doc) => {
    const grid = doc.querySelector('[role="grid"][aria-label^="Messages in conversation"]');
    const main = doc.querySelector('[role="main"]') ?? doc;
    const headerLink = all(main, 'a[href]').find((a) => instagramHandle(a.getAttribute('href')));
    const handle = instagramHandle(headerLink?.getAttribute('href'));
    const displayName =
      attr(grid, 'aria-label')?.replace(/^Messages in conversation with /, '') ??
      (textOf(headerLink).split('\n')[0] || undefined);
    const customer: Person = {};
    if (handle) customer.handle = handle;
    if (displayName) customer.displayName = displayName;
    const received = all(grid, '[role="row"]')
      .filter((row) =>
        all(row, 'a[href]').some(
          (a) => handle && instagramHandle(a.getAttribute('href')) === handle,
        ),
      )
      .map((row) => textAt(row, 'div[dir="auto"]'))
      .filter((t): t is string => !!t);
    const reading: ComposerReading = { customer, earlier: received.slice(0, -1) };
    const last = received[received.length - 1];
    if (last) reading.inReplyTo = last;
    return reading;
  },
};

export const instagram: SiteAdapter = {
  id: 'instagram',
  label: 'Instagram',
  matches: ['*://www.instagram.com/*', '*://instagram.com/*'],
  composers: [directMessage, comment],
  ownAccount: (doc) => {
    // The "Profile" entry of the side navigation links to our own profile.
    const img = doc.querySelector('img[alt$="\'s profile picture"]');
    const handle =
      instagramHandle(img?.closest('a[href]')?.getAttribute('href')) ??
      attr(img, 'alt')?.replace(/'s profile picture$/, '');
    return handle ? { handle } : {};
  },
  sendButton: (el) => {
    const scope = el.closest('form') ?? el.parentElement?.parentElement?.parentElement ?? null;
    return (
      (all(scope, '[role="button"], button').find((b) => /^(Post|Send)$/.test(textOf(b))) as
        HTMLElement | undefined) ?? null
    );
  },
  urls: [
    'https://www.instagram.com/p/C7kEtTLe123/',
    'https://www.instagram.com/direct/t/17843000000000001/',
  ],
};

// Written for (markup as of 2025): https://www.instagram.com/p/<code>/ (post with comments,
// React textarea) and https://www.instagram.com/direct/t/<thread>/ (DMs, Lexical contenteditable).
