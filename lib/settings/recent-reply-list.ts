import type { PlatformId } from '../platforms';

/** A reply the content script saw go out, kept for this browser session only. */
export interface RecentReply {
  text: string;
  platform: PlatformId;
  /** The customer's handle or name as the page showed it, to tell "same person" from "others". */
  customer: string;
  at: number;
}

/** Enough to catch the same canned reply sent around; old ones matter less. */
export const MAX_RECENT_REPLIES = 50;

function isRecentReply(value: unknown): value is RecentReply {
  const r = value as RecentReply;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.text === 'string' &&
    typeof r.platform === 'string' &&
    typeof r.customer === 'string' &&
    typeof r.at === 'number'
  );
}

/** What was stored, without anything malformed (a bad entry is dropped, not the whole list). */
export function parseRecentReplies(value: unknown): RecentReply[] {
  return Array.isArray(value) ? value.filter(isRecentReply).slice(-MAX_RECENT_REPLIES) : [];
}

/** The list with `reply` added, newest last, capped. */
export function withReply(list: readonly RecentReply[], reply: RecentReply): RecentReply[] {
  return [...list, reply].slice(-MAX_RECENT_REPLIES);
}

/** Texts sent to people other than `customer`, newest first: the repeated-reply rule's input. */
export function repliesToOthers(list: readonly RecentReply[], customer: string): string[] {
  const who = customer.trim().toLowerCase();
  return list
    .filter((reply) => !who || reply.customer.trim().toLowerCase() !== who)
    .map((reply) => reply.text)
    .reverse();
}
