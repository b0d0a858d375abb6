import { absoluteUrl, all, closestComposed, parseHandle, textAt, textOf } from './dom';
import { readAnswered, type PostShape } from './thread';
import type { ComposerReading, ComposerSpec, Person, SiteAdapter } from './types';

export const DEFAULT_MASTODON_DOMAINS: readonly string[] = ['mastodon.social'];

/** Match patterns for the Mastodon instances the user added (host names like `mastodon.social`). */
export function mastodonMatches(domains: readonly string[]): string[] {
  const hosts = domains
    .map((d) =>
      d
        .trim()
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/\/.*$/, ''),
    )
    .filter((d) => /^[a-z0-9.-]+\.[a-z]{2,}$/.test(d));
  return [...new Set(hosts)].map((host) => `https://${host}/*`);
}

const STATUS = '.detailed-status, .status';

/** `@dana@example.social` as shown; a local account (`@dana`) gets the instance of the page. */
function accountHandle(text: string | undefined, doc: Document): string | undefined {
  const handle = parseHandle(text);
  if (!handle || handle.includes('@')) return handle;
  const host = doc.location?.hostname;
  return host ? `${handle}@${host}` : handle;
}

function personIn(root: Element | null | undefined, doc: Document): Person {
  const p: Person = {};
  const handle = accountHandle(textAt(root, '.display-name__account'), doc);
  if (handle) p.handle = handle;
  const name = textAt(root, '.display-name__html');
  if (name) p.displayName = name;
  return p;
}

const status: PostShape = {
  author: (el) => personIn(el.querySelector('.display-name'), el.ownerDocument),
  text: (el) => textAt(el, '.status__content__text') ?? textAt(el, '.status__content'),
  url: (el, doc) =>
    absoluteUrl(
      el
        .querySelector('a.status__relative-time, a.detailed-status__datetime')
        ?.getAttribute('href'),
      doc,
    ),
};

const reply: ComposerSpec = {
  kind: 'reply',
  selector: 'textarea.autosuggest-textarea__textarea',
  when: (el) => !!closestComposed(el, '.compose-form')?.querySelector('.reply-indicator'),
  read: (el, doc): ComposerReading => {
    const indicator = closestComposed(el, '.compose-form')!.querySelector('.reply-indicator')!;
    const customer = personIn(indicator, doc);
    const text = textAt(indicator, '.reply-indicator__content');
    const statuses = all(doc, STATUS).filter((s) => !s.closest('.compose-form'));
    const same = statuses.find((s) => status.text(s) === text);
    const reading: ComposerReading = same
      ? readAnswered(status, same, statuses, doc)
      : { customer, earlier: [] };
    reading.customer = { ...customer, ...reading.customer };
    if (text) reading.inReplyTo = text;
    return reading;
  },
};

export const mastodon: SiteAdapter = {
  id: 'mastodon',
  label: 'Mastodon',
  matches: mastodonMatches(DEFAULT_MASTODON_DOMAINS),
  composers: [reply],
  ownAccount: (doc) => {
    const bar = doc.querySelector('.navigation-bar');
    const p: Person = {};
    const handle = accountHandle(textAt(bar, '.navigation-bar__profile-account'), doc);
    if (handle) p.handle = handle;
    const name = textOf(bar?.querySelector('.navigation-bar__profile-edit, .display-name__html'));
    if (name && !name.startsWith('@') && name !== 'Edit profile') p.displayName = name;
    return p;
  },
  sendButton: (el) =>
    closestComposed(el, '.compose-form')?.querySelector<HTMLElement>(
      '.compose-form__publish button, button[type="submit"]',
    ) ?? null,
  urls: [
    'https://mastodon.social/@dana@example.social/112233445566778899',
    'https://mastodon.social/home',
  ],
};

/** The Mastodon adapter for the instances the user added (none: the user removed them all). */
export function mastodonFor(domains: readonly string[]): SiteAdapter {
  return { ...mastodon, matches: mastodonMatches(domains) };
}

// Written for (Mastodon 4.3 web UI; any instance): https://mastodon.social/@<acct>/<id>
// and https://mastodon.social/home (reply composer with its reply indicator, React textarea).
