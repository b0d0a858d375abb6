import { absoluteUrl, all, attr, closestComposed, parseHandle, textAt, textOf } from './dom';
import { lastBefore, readAnswered, type PostShape } from './thread';
import type { ComposerReading, ComposerSpec, Person, SiteAdapter } from './types';

export const LEXICAL = '[role="textbox"][contenteditable="true"][data-lexical-editor="true"]';
const COMMENT =
  '[role="article"][aria-label^="Comment by "], [role="article"][aria-label^="Reply by "]';
const POST = '[role="article"]:not([aria-label^="Comment by "]):not([aria-label^="Reply by "])';

/** A profile link: `/dana.k`, `/profile.php?id=100…` (the id is the handle then). */
export function facebookHandle(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, 'https://www.facebook.com');
    if (url.pathname === '/profile.php') return url.searchParams.get('id') ?? undefined;
    return parseHandle(url.pathname);
  } catch {
    return undefined;
  }
}

function person(handle: string | undefined, displayName: string | undefined): Person {
  const p: Person = {};
  if (handle) p.handle = handle;
  if (displayName) p.displayName = displayName;
  return p;
}

function authorLink(el: Element): Element | null {
  return el.querySelector(
    'h2 a[href], h3 a[href], h4 a[href], a[role="link"][href]:not([href*="/posts/"])',
  );
}

const post: PostShape = {
  author: (el) => {
    const link = authorLink(el);
    return person(facebookHandle(link?.getAttribute('href')), textOf(link) || undefined);
  },
  text: (el) =>
    textAt(
      el,
      '[data-ad-rendering-role="story_message"], [data-ad-preview="message"], [data-ad-comet-preview="message"]',
    ),
  url: (el, doc) =>
    absoluteUrl(
      el.querySelector('a[href*="/posts/"], a[href*="story_fbid"]')?.getAttribute('href'),
      doc,
    ),
};

const comment: PostShape = {
  author: (el) => {
    const link = el.querySelector('a[href]:not([href*="comment_id"])');
    const name =
      textOf(link) ||
      attr(el, 'aria-label')
        ?.replace(/^(Comment|Reply) by /, '')
        .replace(/ \d.*$/, '');
    return person(facebookHandle(link?.getAttribute('href')), name);
  },
  text: (el) => textAt(el, 'div[dir="auto"]'),
  url: (el, doc) =>
    absoluteUrl(el.querySelector('a[href*="comment_id"]')?.getAttribute('href'), doc),
};

function postOf(el: Element): Element | null {
  return closestComposed(el, POST);
}

const reply: ComposerSpec = {
  kind: 'reply',
  selector: LEXICAL,
  when: (el) => /^Reply to /i.test(attr(el, 'aria-label') ?? '') || !!el.closest(COMMENT),
  read: (el, doc): ComposerReading => {
    const scope = postOf(el) ?? doc;
    const comments = all(scope, COMMENT);
    const named = (attr(el, 'aria-label') ?? '').replace(/^Reply to /i, '');
    const answered =
      lastBefore(
        el,
        comments.filter((c) => comment.author(c).displayName === named),
      ) ?? lastBefore(el, comments);
    const reading = readAnswered(comment, answered, comments, doc);
    const p = postOf(el);
    const url = p ? post.url!(p, doc) : undefined;
    if (url) reading.threadUrl = url;
    return reading;
  },
};

const commentOnPost: ComposerSpec = {
  kind: 'comment',
  selector: LEXICAL,
  when: (el) => !!postOf(el) || !!el.closest('form'),
  read: (el, doc) => readAnswered(post, postOf(el) ?? doc.querySelector(POST), all(doc, POST), doc),
};

export const facebook: SiteAdapter = {
  id: 'facebook',
  label: 'Facebook',
  matches: [
    '*://www.facebook.com/*',
    '*://facebook.com/*',
    '*://web.facebook.com/*',
    '*://m.facebook.com/*',
  ],
  excludeMatches: [
    '*://www.facebook.com/messages/*',
    '*://facebook.com/messages/*',
    '*://web.facebook.com/messages/*',
  ],
  composers: [reply, commentOnPost],
  ownAccount: (doc) => {
    const editor = all(doc, LEXICAL)
      .map((e) => attr(e, 'aria-label'))
      .find((l) => l && /^(Comment|Reply|Answer) as /.test(l));
    const asName = editor?.replace(/^(Comment|Reply|Answer) as /, '').replace(/[….]+$/, '');
    const shortcut = doc.querySelector(
      '[role="navigation"] [aria-label="Shortcuts"] a[href], [aria-label="Shortcuts"] a[href]',
    );
    return person(
      facebookHandle(shortcut?.getAttribute('href')),
      asName ?? (textOf(shortcut) || undefined),
    );
  },
  sendButton: (el) =>
    el
      .closest('form')
      ?.querySelector<HTMLElement>(
        '[aria-label="Comment"][role="button"], [aria-label="Post comment"], [aria-label="Reply"][role="button"], [type="submit"]',
      ) ?? null,
  urls: [
    'https://www.facebook.com/AcmeKettles/posts/pfbid02xYzAbC',
    'https://www.facebook.com/permalink.php?story_fbid=pfbid02xYzAbC&id=100064000000001',
    'https://www.facebook.com/',
  ],
};

// Written for (markup as of 2025, comments on Lexical):
// https://www.facebook.com/ (feed) and https://www.facebook.com/<page>/posts/<id> (a post with its comments)
// facebook.com/messages/* is Messenger (lib/sites/messenger.ts).
