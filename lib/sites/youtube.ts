import { absoluteUrl, all, attr, closestComposed, parseHandle, textAt, textOf } from './dom';
import { readAnswered, type PostShape } from './thread';
import type { ComposerReading, ComposerSpec, SiteAdapter } from './types';

const EDITOR = 'ytd-commentbox #contenteditable-root[contenteditable="true"]';
const COMMENT = 'ytd-comment-view-model, ytd-comment-renderer';

const comment: PostShape = {
  author: (el) => {
    const link = el.querySelector('#author-text');
    const handle = parseHandle(textOf(link)) ?? parseHandle(link?.getAttribute('href'));
    return handle ? { handle } : {};
  },
  text: (el) => textAt(el, '#content-text'),
  url: (el, doc) =>
    absoluteUrl(el.querySelector('#published-time-text a[href]')?.getAttribute('href'), doc),
};

const reply: ComposerSpec = {
  kind: 'reply',
  selector: EDITOR,
  when: (el) => !!closestComposed(el, COMMENT),
  read: (el, doc): ComposerReading => {
    const answered = closestComposed(el, COMMENT);
    const thread = closestComposed(el, 'ytd-comment-thread-renderer');
    return readAnswered(comment, answered, all(thread ?? doc, COMMENT), doc);
  },
};

const commentOnVideo: ComposerSpec = {
  kind: 'comment',
  selector: EDITOR,
  read: (_el, doc): ComposerReading => {
    const owner = doc.querySelector('ytd-video-owner-renderer');
    const link = owner?.querySelector('#channel-name a[href]');
    const reading: ComposerReading = { customer: {}, earlier: [] };
    const handle = parseHandle(link?.getAttribute('href'));
    if (handle) reading.customer!.handle = handle;
    const name = textOf(link);
    if (name) reading.customer!.displayName = name;
    const title = textAt(doc, 'ytd-watch-metadata #title h1');
    if (title) reading.inReplyTo = title;
    const canonical = absoluteUrl(
      doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      doc,
    );
    if (canonical) reading.threadUrl = canonical;
    return reading;
  },
};

export const youtube: SiteAdapter = {
  id: 'youtube',
  label: 'YouTube',
  matches: ['*://www.youtube.com/*', '*://youtube.com/*', '*://m.youtube.com/*'],
  composers: [reply, commentOnVideo],
  ownAccount: (doc) => {
    const box = doc.querySelector(
      'ytd-comment-simplebox-renderer #author-thumbnail img, ytd-commentbox #author-thumbnail img',
    );
    const name = attr(box, 'alt');
    return name ? { displayName: name } : {};
  },
  sendButton: (el) => {
    const box = closestComposed(el, 'ytd-commentbox');
    return box?.querySelector<HTMLElement>('#submit-button button, #submit-button') ?? null;
  },
  urls: [
    'https://www.youtube.com/watch?v=a1B2c3D4e5F',
    'https://www.youtube.com/shorts/a1B2c3D4e5F',
  ],
};

// Written for (markup as of 2025, Polymer components in the light DOM, plain contenteditable):
// https://www.youtube.com/watch?v=<id> (comment on the video, reply to a comment)
