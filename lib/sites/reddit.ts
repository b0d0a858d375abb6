import { absoluteUrl, all, attr, closestComposed, textAt } from './dom';
import { readAnswered, type PostShape } from './thread';
import type { ComposerReading, ComposerSpec, SiteAdapter } from './types';

const EDITOR = 'shreddit-composer [role="textbox"][contenteditable="true"]';

const post: PostShape = {
  author: (el) => {
    const handle = attr(el, 'author');
    return handle ? { handle } : {};
  },
  text: (el) => {
    const title = attr(el, 'post-title');
    const body = textAt(el, '[slot="text-body"]');
    return [title, body].filter(Boolean).join('\n\n') || undefined;
  },
  url: (el, doc) => absoluteUrl(attr(el, 'permalink'), doc),
};

const comment: PostShape = {
  author: post.author,
  text: (el) => textAt(el, ':scope > [slot="comment"]') ?? textAt(el, '[slot="comment"]'),
  url: (el, doc) => absoluteUrl(attr(el, 'permalink'), doc),
};

const reply: ComposerSpec = {
  kind: 'reply',
  selector: EDITOR,
  when: (el) => !!closestComposed(el, 'shreddit-comment'),
  read: (el, doc): ComposerReading => {
    const answered = closestComposed(el, 'shreddit-comment');
    const reading = readAnswered(comment, answered, all(doc, 'shreddit-comment'), doc);
    return reading;
  },
};

const commentOnPost: ComposerSpec = {
  kind: 'comment',
  selector: EDITOR,
  read: (el, doc) =>
    readAnswered(
      post,
      closestComposed(el, 'shreddit-post') ?? doc.querySelector('shreddit-post'),
      [],
      doc,
    ),
};

export const reddit: SiteAdapter = {
  id: 'reddit',
  label: 'Reddit',
  matches: [
    '*://www.reddit.com/*',
    '*://reddit.com/*',
    '*://new.reddit.com/*',
    '*://sh.reddit.com/*',
  ],
  composers: [reply, commentOnPost],
  ownAccount: (doc) => {
    const handle =
      attr(doc.querySelector('shreddit-app'), 'user-name') ??
      attr(
        doc.querySelector('faceplate-tracker[noun="user_menu"] [data-username]'),
        'data-username',
      );
    return handle ? { handle } : {};
  },
  sendButton: (el) =>
    closestComposed(el, 'shreddit-composer')?.querySelector<HTMLElement>(
      'button[slot="submit-button"], button[type="submit"]',
    ) ?? null,
  urls: [
    'https://www.reddit.com/r/kettles/comments/1d2e3f4/lid_cracked_on_day_one/',
    'https://www.reddit.com/r/kettles/comments/1d2e3f4/comment/l5x6y7z/',
  ],
};

// Written for (markup as of 2025, "shreddit" web components, Lexical rich text editor):
// https://www.reddit.com/r/<sub>/comments/<id>/<slug>/ (comment on the post, reply to a comment)
