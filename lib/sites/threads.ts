import { absoluteUrl, all, attr, closestComposed, parseHandle, textOf } from './dom';
import { lastBefore, readAnswered, type PostShape } from './thread';
import type { ComposerReading, ComposerSpec, SiteAdapter } from './types';

const EDITOR = '[role="textbox"][contenteditable="true"]';
const POST = 'div[data-pressable-container="true"]';

/** Threads profile links are `/@handle`; a post link is `/@handle/post/<code>`. */
function profileLink(post: Element): Element | undefined {
  return all(post, 'a[href^="/@"]').find((a) => !/\/post\//.test(a.getAttribute('href') ?? ''));
}

const post: PostShape = {
  author: (el) => {
    const handle = parseHandle(profileLink(el)?.getAttribute('href'));
    return handle ? { handle } : {};
  },
  text: (el) => {
    // The post text: the dir=auto spans outside the author link, the time and the action bar.
    const spans = all(el, 'span[dir="auto"]').filter(
      (s) =>
        !s.closest('a') && !s.closest('[role="button"]') && !s.querySelector('span[dir="auto"]'),
    );
    return (
      spans
        .map((s) => textOf(s))
        .filter(Boolean)
        .join('\n') || undefined
    );
  },
  url: (el, doc) => absoluteUrl(el.querySelector('a[href*="/post/"]')?.getAttribute('href'), doc),
};

function dialogOf(el: Element): Element | null {
  return closestComposed(el, '[role="dialog"]');
}

/** In the compose dialog, the quoted post comes after the editor; a replied-to post before it. */
function quoted(el: Element): Element | undefined {
  const dialog = dialogOf(el);
  if (!dialog) return undefined;
  return all(dialog, POST).find((p) => (el.compareDocumentPosition(p) & 4) !== 0);
}

const quote: ComposerSpec = {
  kind: 'quote',
  selector: EDITOR,
  when: (el) => !!quoted(el),
  read: (el, doc): ComposerReading => {
    const card = quoted(el)!;
    const reading = readAnswered(post, card, [], doc);
    const behind = all(doc, POST).find((p) => !dialogOf(p) && post.text(p) === reading.inReplyTo);
    const url = behind ? post.url!(behind, doc) : undefined;
    if (url) reading.threadUrl = url;
    return reading;
  },
};

const reply: ComposerSpec = {
  kind: 'reply',
  selector: EDITOR,
  when: (el) => !!lastBefore(el, all(dialogOf(el) ?? el.ownerDocument, POST)),
  read: (el, doc): ComposerReading => {
    const dialog = dialogOf(el);
    const answered = lastBefore(el, all(dialog ?? doc, POST));
    const reading = readAnswered(post, answered, all(doc, POST), doc);
    if (!reading.threadUrl && dialog) {
      const behind = all(doc, POST).find((p) => !dialogOf(p) && post.text(p) === reading.inReplyTo);
      const url = behind ? post.url!(behind, doc) : undefined;
      if (url) reading.threadUrl = url;
    }
    return reading;
  },
};

export const threads: SiteAdapter = {
  id: 'threads',
  label: 'Threads',
  matches: [
    '*://www.threads.net/*',
    '*://threads.net/*',
    '*://www.threads.com/*',
    '*://threads.com/*',
  ],
  composers: [quote, reply],
  ownAccount: (doc) => {
    const link = doc.querySelector('[role="navigation"] a[href^="/@"], nav a[href^="/@"]');
    const handle = parseHandle(link?.getAttribute('href'));
    return handle ? { handle } : {};
  },
  sendButton: (el, doc) => {
    const scope = dialogOf(el) ?? el.parentElement?.closest('div:has([role="button"])') ?? doc;
    return (
      (all(scope, '[role="button"]').find(
        (b) => /^Post$/.test(textOf(b)) || attr(b, 'aria-label') === 'Post',
      ) as HTMLElement | undefined) ?? null
    );
  },
  urls: [
    'https://www.threads.com/@dana.k/post/C8aBcDeFgHi',
    'https://www.threads.net/@dana.k/post/C8aBcDeFgHi',
    'https://www.threads.com/',
  ],
};

// Written for (markup as of 2025, Lexical composer in a dialog): https://www.threads.com/@<handle>/post/<code>
// (reply, quote) and the feed at https://www.threads.com/ (threads.net redirects there).
