import { absoluteUrl, all, attr, closestComposed, parseHandle, textAt, textOf } from './dom';
import { lastBefore, readAnswered, type PostShape } from './thread';
import type { ComposerReading, ComposerSpec, Person, SiteAdapter } from './types';

const POST = '[data-urn^="urn:li:activity:"], .feed-shared-update-v2';
const COMMENT = 'article.comments-comment-entity, article.comments-comment-item';
const QUILL = '.ql-editor[contenteditable="true"]';

function profileHandle(href: string | null | undefined): string | undefined {
  return href && /\/in\//.test(href) ? parseHandle(href) : undefined;
}

function person(handle: string | undefined, displayName: string | undefined): Person {
  const p: Person = {};
  if (handle) p.handle = handle;
  if (displayName) p.displayName = displayName;
  return p;
}

const post: PostShape = {
  author: (el) =>
    person(
      profileHandle(el.querySelector('a.update-components-actor__meta-link')?.getAttribute('href')),
      textAt(el, '.update-components-actor__title span[aria-hidden="true"]') ??
        textAt(el, '.update-components-actor__title'),
    ),
  text: (el) => textAt(el, '.feed-shared-update-v2__description .update-components-text'),
  url: (el, doc) => {
    const urn = attr(el, 'data-urn');
    return urn ? absoluteUrl(`/feed/update/${urn}/`, doc) : undefined;
  },
};

const comment: PostShape = {
  author: (el) =>
    person(
      profileHandle(
        el
          .querySelector('.comments-comment-meta__description-container, a[href*="/in/"]')
          ?.closest('a')
          ?.getAttribute('href') ?? el.querySelector('a[href*="/in/"]')?.getAttribute('href'),
      ),
      textAt(el, '.comments-comment-meta__description-title'),
    ),
  text: (el) => textAt(el, '.comments-comment-item__main-content, .update-components-text'),
};

function postOf(el: Element): Element | null {
  return closestComposed(el, POST);
}

const replyToComment: ComposerSpec = {
  kind: 'reply',
  selector: QUILL,
  when: (el) => !!el.closest('.comments-comment-box--reply') || !!el.closest(COMMENT),
  read: (el, doc): ComposerReading => {
    const scope = postOf(el) ?? doc;
    const comments = all(scope, COMMENT);
    const answered = el.closest(COMMENT) ?? lastBefore(el, comments);
    const reading = readAnswered(comment, answered, comments, doc);
    const p = postOf(el);
    if (p) reading.threadUrl = post.url!(p, doc);
    return reading;
  },
};

const commentOnPost: ComposerSpec = {
  kind: 'comment',
  selector: QUILL,
  when: (el) => !!postOf(el),
  read: (el, doc) => readAnswered(post, postOf(el), all(doc, POST), doc),
};

const directMessage: ComposerSpec = {
  kind: 'direct-message',
  selector: '.msg-form__contenteditable[contenteditable="true"]',
  read: (_el, doc) => {
    const link = doc.querySelector('a.msg-thread__link-to-profile');
    const customer = person(
      profileHandle(link?.getAttribute('href')),
      textAt(doc, '.msg-entity-lockup__entity-title') ?? textOf(link),
    );
    const received = all(doc, '.msg-s-event-listitem--other')
      .map((m) => textAt(m, '.msg-s-event-listitem__body'))
      .filter((t): t is string => !!t);
    const reading: ComposerReading = { customer, earlier: received.slice(0, -1) };
    const last = received[received.length - 1];
    if (last) reading.inReplyTo = last;
    return reading;
  },
};

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  label: 'LinkedIn',
  matches: ['*://www.linkedin.com/*', '*://linkedin.com/*'],
  composers: [directMessage, replyToComment, commentOnPost],
  ownAccount: (doc) => {
    const link = doc.querySelector(
      '.feed-identity-module a[href*="/in/"], a.profile-card-profile-link',
    );
    const photo = doc.querySelector('img.global-nav__me-photo');
    return person(profileHandle(link?.getAttribute('href')), attr(photo, 'alt') ?? textOf(link));
  },
  sendButton: (el) => {
    const form = el.closest('form');
    return (
      form?.querySelector<HTMLElement>(
        '.msg-form__send-button, .msg-form__send-btn, button.comments-comment-box__submit-button--cr, button.comments-comment-box__submit-button, button[type="submit"]',
      ) ?? null
    );
  },
  urls: [
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/feed/update/urn:li:activity:7200000000000000001/',
    'https://www.linkedin.com/messaging/thread/2-YWNtZS1kYW5h/',
  ],
};

// Written for (markup as of 2025; comments on Quill, messaging on a plain contenteditable):
// https://www.linkedin.com/feed/
// https://www.linkedin.com/feed/update/urn:li:activity:<id>/
// https://www.linkedin.com/messaging/thread/<id>/
