import { absoluteUrl, all, attr, closestComposed, parseHandle, textAt, textOf } from './dom';
import { readAnswered, type PostShape } from './thread';
import type { ComposerReading, ComposerSpec, Person, SiteAdapter } from './types';

const EDITOR = '.ProseMirror[contenteditable="true"]';
const THREAD_ITEM = '[data-testid^="postThreadItem-by-"], [data-testid^="feedItem-by-"]';

/** The handle is in the test id: `postThreadItem-by-dana.bsky.social`. */
function byHandle(el: Element): string | undefined {
  return parseHandle(attr(el, 'data-testid')?.replace(/^(postThreadItem|feedItem)-by-/, ''));
}

const threadItem: PostShape = {
  author: (el) => {
    const p: Person = {};
    const handle = byHandle(el);
    if (handle) p.handle = handle;
    const link = all(el, 'a[href^="/profile/"]').find(
      (a) => textOf(a) && !textOf(a).startsWith('@'),
    );
    const name = textOf(link).split('\n')[0];
    if (name) p.displayName = name;
    return p;
  },
  text: (el) => textAt(el, '[data-testid="postText"]'),
  url: (el, doc) => absoluteUrl(el.querySelector('a[href*="/post/"]')?.getAttribute('href'), doc),
};

function dialogOf(el: Element): Element | null {
  return closestComposed(el, '[role="dialog"]');
}

/** The post being replied to, shown above the editor in the composer dialog. */
function replyPreview(el: Element): Element | null | undefined {
  return dialogOf(el)?.querySelector(
    '[data-testid="composerReplyTo"], [aria-label^="Expand or collapse the full post you are replying to"]',
  );
}

function quotePreview(el: Element): Element | null | undefined {
  return dialogOf(el)?.querySelector('[data-testid="quotedPost"], [data-testid="composerQuote"]');
}

function previewReading(preview: Element, doc: Document): ComposerReading {
  const handle = parseHandle(
    all(preview, 'a[href^="/profile/"], [data-testid="authorHandle"]')
      .map((a) => textOf(a))
      .find((t) => t.startsWith('@')),
  );
  const customer: Person = {};
  if (handle) customer.handle = handle;
  const name = textAt(preview, '[data-testid="authorName"]');
  if (name) customer.displayName = name;
  const reading: ComposerReading = { customer, earlier: [] };
  const text = textAt(preview, '[data-testid="postText"]');
  if (text) reading.inReplyTo = text;
  // Earlier posts and the permalink from the thread behind the dialog.
  const items = all(doc, THREAD_ITEM).filter((i) => !dialogOf(i));
  const same = items.find((i) => threadItem.text(i) === text && byHandle(i) === handle);
  if (same) {
    const behind = readAnswered(threadItem, same, items, doc);
    if (behind.threadUrl) reading.threadUrl = behind.threadUrl;
    reading.earlier = behind.earlier ?? [];
  }
  return reading;
}

const reply: ComposerSpec = {
  kind: 'reply',
  selector: EDITOR,
  when: (el) => !!replyPreview(el),
  read: (el, doc) => previewReading(replyPreview(el)!, doc),
};

const quote: ComposerSpec = {
  kind: 'quote',
  selector: EDITOR,
  when: (el) => !!quotePreview(el),
  read: (el, doc) => previewReading(quotePreview(el)!, doc),
};

const directMessage: ComposerSpec = {
  kind: 'direct-message',
  selector: 'textarea[placeholder="Write a message"], textarea[aria-label="Message input field"]',
  read: (_el, doc) => {
    const header = doc.querySelector('[data-testid="convoHeader"], [role="main"] header');
    const link = header?.querySelector('a[href^="/profile/"]');
    const customer: Person = {};
    const handle = parseHandle(link?.getAttribute('href')?.replace(/^\/profile\//, ''));
    if (handle) customer.handle = handle;
    const name =
      textAt(header, '[data-testid="convoHeaderName"]') ??
      (textOf(link).split('\n')[0] || undefined);
    if (name) customer.displayName = name;
    const received = all(
      doc,
      '[data-testid="messageItem"][data-from="other"], [data-testid="messageItem-other"]',
    )
      .map((m) => textOf(m))
      .filter(Boolean);
    const reading: ComposerReading = { customer, earlier: received.slice(0, -1) };
    const last = received[received.length - 1];
    if (last) reading.inReplyTo = last;
    return reading;
  },
};

export const bluesky: SiteAdapter = {
  id: 'bluesky',
  label: 'Bluesky',
  matches: ['*://bsky.app/*', '*://main.bsky.dev/*'],
  composers: [directMessage, quote, reply],
  ownAccount: (doc) => {
    const link = doc.querySelector(
      'nav a[aria-label="Profile"][href^="/profile/"], a[data-testid="profileLink"]',
    );
    const handle = parseHandle(link?.getAttribute('href')?.replace(/^\/profile\//, ''));
    return handle ? { handle } : {};
  },
  sendButton: (el, doc) =>
    (dialogOf(el) ?? doc).querySelector<HTMLElement>(
      el.tagName === 'TEXTAREA'
        ? 'button[aria-label="Send message"]'
        : '[data-testid="composerPublishBtn"]',
    ),
  urls: [
    'https://bsky.app/profile/dana.bsky.social/post/3kq2xyzabc2a',
    'https://bsky.app/',
    'https://bsky.app/messages/3kq2convo0001',
  ],
};

// Written for (markup as of 2025, TipTap/ProseMirror composer in a dialog, chat on a textarea):
// https://bsky.app/profile/<handle>/post/<rkey> and https://bsky.app/messages/<convo>
