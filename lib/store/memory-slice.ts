import type { StateCreator } from 'zustand';
import type { CustomerRecord, LinkSuggestion, MemoryErrorKind } from '../memory/types';
import type { MemoryProblemReport } from '../messaging/protocol';
import type { ReplykitState } from './types';

/** What customer memory knows about the followed person (`identityId` = `identityKey`). */
export interface MemoryLookup {
  identityId: string;
  /** Null: we never replied to this account. */
  record: CustomerRecord | null;
  /** Other accounts that may be the same person, with the evidence; never linked on their own. */
  suggestions: LinkSuggestion[];
  /** Our replies to other people from memory, newest first, for the repeated-reply check. */
  recentReplies: string[];
  /** When it was looked up: "2 days ago" counts from here. */
  at: number;
}

export type MemoryStatus =
  /** No reply box followed, or it shows nobody to remember (no handle, no name). */
  | { state: 'off' }
  | { state: 'loading'; identityId: string }
  | { state: 'ready'; lookup: MemoryLookup }
  | { state: 'failed'; identityId: string; kind: MemoryErrorKind; message: string };

/**
 * A link the person replying confirmed for an account memory does not know yet (no reply to it
 * so far): the background makes it with the first recorded reply; until then the panel shows the
 * linked person's history.
 */
export interface PendingLink {
  identityId: string;
  suggestion: LinkSuggestion;
  record: CustomerRecord | null;
  confirmedBy: string;
}

/** A suggestion inserted into a reply box: the send is compared with it (as-is, edited, not used). */
export interface InsertedSuggestion {
  tabId: number;
  composerId: string;
  text: string;
}

export interface LastLink {
  /** The link record's id (what undo takes). */
  id: string;
  /** The followed account it was made for. */
  identityId: string;
  /** The contact it was linked with, as memory names them. */
  name: string;
}

export interface MemorySlice {
  memory: MemoryStatus;
  setMemory: (memory: MemoryStatus) => void;
  pendingLink: PendingLink | null;
  setPendingLink: (link: PendingLink | null) => void;
  /** The link made last from this panel for the followed person, for Undo. */
  lastLink: LastLink | null;
  setLastLink: (link: LastLink | null) => void;
  /** A failure the background reported (recording a send, retention). */
  memoryProblem: MemoryProblemReport | null;
  setMemoryProblem: (problem: MemoryProblemReport | null) => void;
  insertedSuggestion: InsertedSuggestion | null;
  setInsertedSuggestion: (inserted: InsertedSuggestion | null) => void;
}

export const createMemorySlice: StateCreator<ReplykitState, [], [], MemorySlice> = (set) => ({
  memory: { state: 'off' },
  setMemory: (memory) => set({ memory }),
  pendingLink: null,
  setPendingLink: (pendingLink) => set({ pendingLink }),
  lastLink: null,
  setLastLink: (lastLink) => set({ lastLink }),
  memoryProblem: null,
  setMemoryProblem: (memoryProblem) => set({ memoryProblem }),
  insertedSuggestion: null,
  setInsertedSuggestion: (insertedSuggestion) => set({ insertedSuggestion }),
});

const NO_REPLIES: readonly string[] = Object.freeze([]);

export const selectMemory = (s: ReplykitState) => s.memory;
export const selectPendingLink = (s: ReplykitState) => s.pendingLink;
export const selectLastLink = (s: ReplykitState) => s.lastLink;
export const selectMemoryProblem = (s: ReplykitState) => s.memoryProblem;

/** Memory's replies to others (a stable empty list while there are none). */
export function selectMemoryRecentReplies(s: ReplykitState): readonly string[] {
  return s.memory.state === 'ready' ? s.memory.lookup.recentReplies : NO_REPLIES;
}

/** The record the card and the composer use: the person's own, or the one a pending link joins. */
export function selectCustomerRecord(s: ReplykitState): CustomerRecord | null {
  if (s.memory.state !== 'ready') return null;
  const { lookup } = s.memory;
  if (s.pendingLink?.identityId === lookup.identityId) return s.pendingLink.record;
  return lookup.record;
}

/** Session replies to others and memory's, each text once, session ones (the newest) first. */
export function mergeRecentReplies(
  session: readonly string[],
  remembered: readonly string[],
): string[] {
  return [...new Set([...session, ...remembered])];
}
