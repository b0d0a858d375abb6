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
 * How far back earlier messages are looked for: a thread or a conversation on screen, not a whole
 * feed. Reading the author of 1,900 posts above a reply box cost ~20 ms per focus on a long feed.
 */
export const EARLIER_SCAN_LIMIT = 200;

/**
 * The reading for a composer that answers `answered`: its author is the customer, its text the
 * message being answered, and the texts of `others` by the same author that come before it in
 * the page are the earlier messages (oldest first, as the page orders a thread; at most
 * the `EARLIER_SCAN_LIMIT` posts before it are looked at). `others` are in
 * document order, as `all()` returns them.
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
  const before = countBefore(answered, others);
  for (let i = Math.max(0, before - EARLIER_SCAN_LIMIT); i < before; i++) {
    const post = others[i]!;
    if (post === answered || post.contains(answered) || answered.contains(post)) continue;
    if (!samePerson(shape.author(post), customer)) continue;
    const t = shape.text(post);
    if (t && t !== text && !reading.earlier!.includes(t)) reading.earlier!.push(t);
  }
  return reading;
}

/**
 * How many of `sorted` (in document order, as `all()` returns them) come before `el`. A binary
 * search: on a feed of thousands of posts one document-order comparison costs time in proportion
 * to the posts (Chromium walks the siblings), so comparing with every post took tens of ms.
 */
export function countBefore(el: Node, sorted: readonly Node[]): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (precedes(sorted[mid]!, el)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The last of `candidates` (in document order) that comes before `el` in document order and is
 * not around it.
 */
export function lastBefore(el: Element, candidates: readonly Element[]): Element | undefined {
  for (let i = countBefore(el, candidates) - 1; i >= 0; i--) {
    const c = candidates[i]!;
    if (!c.contains(el)) return c;
  }
  return undefined;
}
