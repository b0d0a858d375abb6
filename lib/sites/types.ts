import type { PlatformId } from '../platforms';
import type { CheckContext } from '../rules/types';

/** What the composer writes: a public reply to a post, a comment, a quote post, or a private message. */
export type ComposerKind = 'reply' | 'comment' | 'quote' | 'direct-message';

export const COMPOSER_KINDS: readonly ComposerKind[] = [
  'reply',
  'comment',
  'quote',
  'direct-message',
];

/** A person as the page shows them. Every field is plain text read from the page. */
export interface Person {
  /** Normalised handle without a leading "@": `name`, or `name@instance` on Mastodon. */
  handle?: string;
  displayName?: string;
}

/**
 * What one site adapter reads from the page around a composer. Everything here came from the page:
 * it is data, to be rendered as text, never as HTML.
 */
export interface ComposerContext {
  platform: PlatformId;
  kind: ComposerKind;
  /**
   * `site`: the adapter recognised the composer. `generic`: the generic adapter handled it, either
   * on a site without an adapter or because a known site's layout was not recognised (the panel
   * then says "layout not recognized, generic mode").
   */
  layout: 'site' | 'generic';
  /** The customer: the author of the message being answered. */
  customer: Person;
  /** The text of the message being answered. */
  inReplyTo?: string;
  /** Earlier messages of the same customer visible in the thread or conversation, oldest first. */
  earlier: string[];
  /** The post, thread or conversation URL (absolute). */
  threadUrl?: string;
  /** Our own account, where the page shows it. */
  own: Person;
}

/** The part of a context a composer's readers fill in. */
export interface ComposerReading {
  customer?: Person;
  inReplyTo?: string;
  earlier?: string[];
  threadUrl?: string;
}

/** A reader gets the composer's editable element and the document it lives in (injectable for tests). */
export type Reader<T> = (composer: Element, doc: Document) => T;

export interface ComposerSpec {
  kind: ComposerKind;
  /** Selects the editable element itself (what `lib/editors` inserts into). */
  selector: string;
  /** Narrows a selector match further, e.g. "inside a dialog that quotes a post". */
  when?: Reader<boolean>;
  read: Reader<ComposerReading>;
}

/** A site adapter: mostly data, plus small readers. Must not import React, compromise, Dexie or zod. */
export interface SiteAdapter {
  id: PlatformId;
  label: string;
  /** WXT / Chrome match patterns. */
  matches: readonly string[];
  /** Pages of `matches` that belong to another adapter (e.g. facebook.com/messages is Messenger). */
  excludeMatches?: readonly string[];
  /** Composer kinds, most specific first: an element belongs to the first spec that accepts it. */
  composers: readonly ComposerSpec[];
  /** Our own account, where the page shows it. */
  ownAccount?: (doc: Document) => Person | undefined;
  /** The Send / Reply / Post button that submits this composer, if the page has one. */
  sendButton: Reader<HTMLElement | null>;
  /** The real URLs this adapter was written for. */
  urls: readonly string[];
}

/** An error raised inside an adapter's reader, caught and reported instead of thrown. */
export interface AdapterError {
  adapter: PlatformId;
  /** Which reader failed, e.g. `reply.read` or `ownAccount`. */
  reader: string;
  message: string;
}

export type SafeResult<T> = { ok: true; value: T } | { ok: false; error: AdapterError };

/** The check engine's view of a composer context. */
export function toCheckContext(context: ComposerContext): CheckContext {
  const out: CheckContext = { platform: context.platform };
  const name = context.customer.displayName ?? context.customer.handle;
  if (name) out.customerName = name;
  return out;
}
