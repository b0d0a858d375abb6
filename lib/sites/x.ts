import { absoluteUrl, all, closestComposed, parseHandle, precedes, textAt, textOf } from './dom';
import { lastBefore, readAnswered, type PostShape } from './thread';
import type { ComposerReading, ComposerSpec, Person, SiteAdapter } from './types';

const TWEET = 'article[data-testid="tweet"]';
const EDITOR = '[data-testid^="tweetTextarea_"][role="textbox"]';
const DIALOG = '[role="dialog"]';

/** `[data-testid="User-Name"]`: a link with the display name, a link whose text is "@handle". */
function userName(root: Element): Person {
  const box = root.querySelector('[data-testid="User-Name"]');
  if (!box) return {};
  const person: Person = {};
  for (const link of all(box, 'a[href], [role="link"]')) {
    const text = textOf(link);
    if (text.startsWith('@')) person.handle ??= parseHandle(text);
    else if (text && !person.displayName && !link.querySelector('time')) person.displayName = text;
  }
  if (!person.displayName) {
    const first = textOf(box).split('\n')[0];
    if (first && !first.startsWith('@')) person.displayName = first;
  }
  if (!person.handle) {
    const at = /@[\w]+/.exec(textOf(box));
    if (at) person.handle = parseHandle(at[0]);
  }
  return person;
}

function statusUrl(post: Element, doc: Document): string | undefined {
  const link = post.querySelector('a[href*="/status/"] time')?.closest('a');
  return absoluteUrl(link?.getAttribute('href'), doc);
}

const tweet: PostShape = {
  author: userName,
  text: (post) => textAt(post, '[data-testid="tweetText"]'),
  url: statusUrl,
};

function tweets(doc: Document): Element[] {
  return all(doc, TWEET);
}

/** The quoted post in a compose dialog: a card after the editor with a user name and text. */
function quotedCard(el: Element): Element | undefined {
  const dialog = closestComposed(el, DIALOG);
  if (!dialog) return undefined;
  return all(dialog, '[data-testid="tweetText"]')
    .filter((t) => precedes(el, t) && !t.closest(TWEET))
    .map((t) => t.closest('[role="link"]') ?? t.parentElement)
    .find((card): card is Element => !!card && !!card.querySelector('[data-testid="User-Name"]'));
}

const replyInDialog: ComposerSpec = {
  kind: 'reply',
  selector: EDITOR,
  when: (el) => {
    const dialog = closestComposed(el, DIALOG);
    return !!dialog && !!lastBefore(el, all(dialog, TWEET));
  },
  read: (el, doc): ComposerReading => {
    const dialog = closestComposed(el, DIALOG)!;
    const answered = lastBefore(el, all(dialog, TWEET));
    // Earlier posts of the customer: in the dialog, and in the page behind it.
    const reading = readAnswered(tweet, answered, tweets(doc), doc);
    if (answered && !reading.threadUrl) {
      // The dialog's copy of the post has no permalink: take it from the same post behind it.
      const twin = tweets(doc).find(
        (t) => !dialog.contains(t) && tweet.text(t) === reading.inReplyTo && statusUrl(t, doc),
      );
      if (twin) reading.threadUrl = statusUrl(twin, doc);
    }
    return reading;
  },
};

const quote: ComposerSpec = {
  kind: 'quote',
  selector: EDITOR,
  when: (el) => !!quotedCard(el),
  read: (el, doc) => {
    const card = quotedCard(el)!;
    const customer = userName(card);
    const inReplyTo = textAt(card, '[data-testid="tweetText"]');
    const twin = tweets(doc).find((t) => tweet.text(t) === inReplyTo);
    const reading: ComposerReading = { customer, earlier: [] };
    if (inReplyTo) reading.inReplyTo = inReplyTo;
    const url = twin ? statusUrl(twin, doc) : undefined;
    if (url) reading.threadUrl = url;
    return reading;
  },
};

const replyInline: ComposerSpec = {
  kind: 'reply',
  selector: EDITOR,
  when: (el) => !closestComposed(el, DIALOG) && !!lastBefore(el, tweets(el.ownerDocument)),
  read: (el, doc) => {
    const posts = tweets(doc);
    return readAnswered(tweet, lastBefore(el, posts), posts, doc);
  },
};

/** Messages of a DM conversation; a received one carries the sender's avatar link. */
function dmCustomer(doc: Document): Person {
  const avatar = doc.querySelector('[data-testid="DM_Conversation_Avatar"]');
  const person: Person = {};
  const handle = parseHandle(avatar?.getAttribute('href'));
  if (handle) person.handle = handle;
  const header = doc.querySelector(
    '[data-testid="DmActivityContainer"] h2, [data-testid="dm-conversation-panel"] h2',
  );
  const name = textOf(header).split('\n')[0];
  if (name) person.displayName = name;
  return person;
}

const directMessage: ComposerSpec = {
  kind: 'direct-message',
  selector: '[data-testid="dmComposerTextInput"]',
  read: (_el, doc) => {
    const customer = dmCustomer(doc);
    const received = all(doc, '[data-testid="messageEntry"]').filter(
      (entry) =>
        !!customer.handle &&
        all(entry, 'a[href]').some((a) => parseHandle(a.getAttribute('href')) === customer.handle),
    );
    const textsOf = received
      .map((entry) => textAt(entry, '[data-testid="tweetText"]') ?? textOf(entry))
      .filter((t): t is string => !!t);
    const reading: ComposerReading = { customer, earlier: textsOf.slice(0, -1) };
    const last = textsOf[textsOf.length - 1];
    if (last) reading.inReplyTo = last;
    return reading;
  },
};

export const x: SiteAdapter = {
  id: 'x',
  label: 'X',
  matches: ['*://x.com/*', '*://twitter.com/*', '*://mobile.x.com/*', '*://mobile.twitter.com/*'],
  composers: [directMessage, quote, replyInDialog, replyInline],
  ownAccount: (doc) => {
    const link = doc.querySelector('a[data-testid="AppTabBar_Profile_Link"]');
    const switcher = doc.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]');
    const person: Person = {};
    const handle =
      parseHandle(/@\w+/.exec(textOf(switcher))?.[0]) ?? parseHandle(link?.getAttribute('href'));
    if (handle) person.handle = handle;
    const name = textOf(switcher).split('\n')[0];
    if (name && !name.startsWith('@')) person.displayName = name;
    return person;
  },
  sendButton: (el, doc) => {
    const scope = closestComposed(el, DIALOG) ?? doc;
    return scope.querySelector<HTMLElement>(
      el.matches('[data-testid="dmComposerTextInput"]')
        ? '[data-testid="dmComposerSendButton"]'
        : '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]',
    );
  },
  urls: [
    'https://x.com/dana_k/status/1790000000000000001',
    'https://x.com/home',
    'https://x.com/compose/post',
    'https://x.com/messages/1111111111-2222222222',
    'https://twitter.com/dana_k/status/1790000000000000001',
  ],
};

// Written for (markup as of 2025, X's Draft.js fork with data-testid markers):
// https://x.com/home (timeline, reply dialog)
// https://x.com/<user>/status/<id> (conversation with the inline reply box)
// https://x.com/compose/post (quote dialog)
// https://x.com/messages/<id> (direct messages)
