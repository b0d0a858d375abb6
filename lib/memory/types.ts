/**
 * The contract of customer memory: who we have already spoken to, on any channel. Records are
 * plain values (they go into IndexedDB, backups and CSV as they are); everything that came from a
 * page is data, rendered as text. lib/memory is the only code that touches IndexedDB.
 */
import type { Intensity, Intent } from '../voice/taxonomy';
import type { PlatformId } from '../platforms';
import type { ComposerKind } from '../sites/types';
import type { Severity } from '../rules/types';

/** A person, across every channel they wrote to us on. */
export interface Contact {
  id: string;
  /** The name we know them by (the first identity's display name or handle; editable). */
  name: string;
  notes: string;
  tags: string[];
  createdAt: number;
  updatedAt: number;
}

/** One account of a person on one platform. */
export interface Identity {
  /** `identityKey(platform, person)`: stable, so the same account always finds the same record. */
  id: string;
  platform: PlatformId;
  /** Normalised handle without "@" (`name@instance` on Mastodon); absent where a site shows none. */
  handle?: string;
  displayName?: string;
  profileUrl?: string;
  contactId: string;
  firstSeen: number;
  lastSeen: number;
}

/** Whether the reply that was sent was one of the suggestions. */
export type SuggestionUse = 'as-is' | 'edited' | 'not-used';

/** One reply we sent, with what it answered. */
export interface Interaction {
  id: string;
  identityId: string;
  platform: PlatformId;
  composerKind: ComposerKind;
  threadUrl?: string;
  /** The customer's message we answered, when the page showed it. */
  theirMessage?: string;
  ourReply: string;
  intent?: Intent;
  intensity?: Intensity;
  /** A few words on what it was about, in the customer's words (the analysis' topic). */
  topic?: string;
  at: number;
  packId: string;
  packVersion: string;
  /** The check's findings at send time (rule and severity; the text is in `ourReply`). */
  findings: { ruleId: string; severity: Severity }[];
  suggestion: SuggestionUse;
  /**
   * Whether the customer's problem is solved. Set by the person replying in the panel; until
   * then a problem intent (complaint, delivery, refund, outage, account) counts as unresolved.
   */
  resolved?: boolean;
  /** Identifies one send: the same send reported twice (two tabs, a retry) is recorded once. */
  sendKey: string;
}

/** Why two identities may be the same person. */
export interface LinkEvidence {
  kind: 'same-display-name' | 'similar-handle' | 'same-order-number' | 'same-email';
  /** What matched, as it appears in the records ("Maya Patel", "#48213", "maya@example.com"). */
  value: string;
  /** Interaction ids (or identity ids for names and handles) where it appears, on each side. */
  seenIn: string[];
  /**
   * `weak`: true of many people too (a first name alone, a handle a letter or two apart, a bare
   * long number); shown, but a suggestion needs more than one weak piece of evidence.
   */
  strength: 'strong' | 'weak';
}

/** A link, unlink or merge the person replying confirmed; undoable. */
export interface LinkRecord {
  id: string;
  kind: 'link' | 'unlink' | 'merge';
  identityIds: string[];
  /** The contact each identity belonged to before, identity id → contact id (what undo restores). */
  before: Record<string, string>;
  /** The contact they belong to after. */
  contactId: string;
  evidence: LinkEvidence[];
  /** Who confirmed it: the agent's name or initials from the panel settings, or "you". */
  confirmedBy: string;
  at: number;
  /**
   * The contacts the operation changed or removed, as they were before it (a link or merge merges
   * notes and tags into the surviving contact and removes an emptied one): undo puts them back.
   */
  contactsBefore: Contact[];
  undoneAt?: number;
}

/** A possible link, never applied on its own: the panel shows it with its evidence. */
export interface LinkSuggestion {
  identity: Identity;
  contact: Contact;
  evidence: LinkEvidence[];
}

/** What the panel's card shows and the composer and the check are given. */
export interface CustomerRecord {
  contact: Contact;
  /** Every identity of the contact, this one first. */
  identities: Identity[];
  /** Newest first, across all identities of the contact. */
  interactions: Interaction[];
  /** Earlier conversations: interactions grouped by thread (or by day without a thread URL). */
  conversations: number;
  unresolved: number;
}

/**
 * What a send adds to memory; the background builds it from the page's `replySent`. The
 * interaction it becomes, before memory gives it an id, an identity and a resolution, plus the
 * customer as the page showed them.
 */
export type SendRecord = Omit<Interaction, 'id' | 'identityId' | 'resolved'> & {
  customer: { handle?: string; displayName?: string; profileUrl?: string };
};

/** A storage failure the panel can explain; nothing was half-written when one is raised. */
export type MemoryErrorKind =
  | 'unavailable' // no IndexedDB (private mode, disabled by policy)
  | 'quota' // the disk or the browser's quota is full
  | 'blocked' // an upgrade waits for another open tab of the extension
  | 'version' // the database is newer than this version of the extension
  | 'invalid-import' // a backup file failed validation (see `problems`)
  | 'not-found' // the contact, identity, interaction or link no longer exists (forgotten, undone)
  | 'conflict' // refused: e.g. undo after a later change to the same identities, link of one contact
  | 'unknown';

export interface MemoryProblem {
  /** Where in the file, e.g. `interactions[12].ourReply`. */
  path: string;
  message: string;
}
