import { precedes, sameHandle } from './dom';
import type { ComposerReading, Person } from './types';

/** How a site shows one post, comment or message: who wrote it, its text, its link. */
export interface PostShape {
  author: (post: Element) => Person;
  text: (post: Element) => string | undefined;
  url?: (post: Element, doc: Document) => string | undefined;
}

function samePerson(a: Person, b: Person): boolean {
  if (a.handle || b.handle) return sameHandle(a.handle, b.handle);
  return !!a.displayName && a.displayName === b.displayName;
}

/**
 * The reading for a composer that answers `answered`: its author is the customer, its text the
 * message being answered, and the texts of `others` by the same author that come before it in
 * the page are the earlier messages (oldest first, as the page orders a thread).
 */
export function readAnswered(
  shape: PostShape,
  answered: Element | null | undefined,
  others: readonly Element[],
  doc: Document,
): ComposerReading {
  if (!answered) return {};
  const customer = shape.author(answered);
  const reading: ComposerReading = { customer, earlier: [] };
  const text = shape.text(answered);
  if (text) reading.inReplyTo = text;
  const url = shape.url?.(answered, doc);
  if (url) reading.threadUrl = url;
  for (const post of others) {
    if (post === answered || post.contains(answered) || answered.contains(post)) continue;
    if (!precedes(post, answered)) continue;
    if (!samePerson(shape.author(post), customer)) continue;
    const t = shape.text(post);
    if (t && t !== text && !reading.earlier!.includes(t)) reading.earlier!.push(t);
  }
  return reading;
}

/** The last of `candidates` that comes before `el` in document order. */
export function lastBefore(el: Element, candidates: readonly Element[]): Element | undefined {
  let found: Element | undefined;
  for (const c of candidates) {
    if (c.contains(el)) continue;
    if (precedes(c, el)) found = c;
  }
  return found;
}
