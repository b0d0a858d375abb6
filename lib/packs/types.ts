import type { PlatformId } from '../platforms';
import type { PackProblem } from '../voice/problems';
import type { VoicePack } from '../voice/schema';

/**
 * The voice packs a browser knows, as plain data: packs written in the options page, packs the
 * user subscribed to by URL, and which pack applies where. Pure: no browser API here, so the
 * options page, the panel, the background and the tests share it.
 */

/** Stable id of one entry in the library (not the pack's own `id`: two entries may hold versions of one pack). */
export type PackEntryId = string;

/** The built-in default pack, always available, never stored. */
export const BUILTIN_ENTRY: PackEntryId = 'builtin';
/** The inline pack an administrator pushed through enterprise policy, never stored. */
export const MANAGED_INLINE_ENTRY: PackEntryId = 'managed';

/** A pack written or imported in the options page. */
export interface LocalPackEntry {
  id: PackEntryId;
  kind: 'local';
  /** The JSON text as the team lead last left it, valid or not. */
  text: string;
  /** The last `text` that was a valid pack; absent when none ever was. In use while `text` is broken. */
  lastGood?: string;
}

/** A pack fetched from a URL; what was fetched lives in {@link SubscriptionState} (written by the background only). */
export interface SubscriptionEntry {
  id: PackEntryId;
  kind: 'subscription';
  /** https on any host, or http on localhost / 127.0.0.1 / [::1] only. */
  url: string;
  /** When set, updates are still checked and reported, but the version in use stays. */
  pinned: boolean;
  /** Pushed by enterprise policy: the user cannot remove or unpin it. */
  managed?: boolean;
}

export type PackEntry = LocalPackEntry | SubscriptionEntry;

/** Which pack applies where: the first matching rule wins. */
export interface Assignment {
  id: string;
  entry: PackEntryId;
  /** Only on this platform; any platform when absent. */
  platform?: PlatformId;
  /** Only when we reply as this account (handle without "@", compared case-insensitively); any when absent. */
  account?: string;
}

/** Everything the user owns about packs (`local:teamPack`, version 2). Written by the options page. */
export interface PackLibrary {
  entries: PackEntry[];
  assignments: Assignment[];
  /** The pack used where no assignment matches: an entry id, or {@link BUILTIN_ENTRY}. */
  fallback: PackEntryId;
}

/** Why the last update of a subscription was not applied. */
export interface UpdateFailure {
  /** ms since the epoch. */
  at: number;
  /**
   * `network`: no answer or an HTTP error; `too-large`: over {@link MAX_PACK_BYTES};
   * `invalid`: not a valid pack; `tests`: its examples fail; `older`: a lower version than the one in use.
   */
  kind: 'network' | 'too-large' | 'invalid' | 'tests' | 'older';
  /** The version the failing update claims, when it could be read. */
  version?: string;
  /** What is wrong, each with the path in the pack (or `(root)`). */
  problems: PackProblem[];
}

/** A change that was applied (or, when pinned, is waiting), in words. */
export interface PackChangeReport {
  at: number;
  /** The version before; absent for the first download. */
  from?: string;
  to: string;
  /** Sentences from `describeChanges`, e.g. `Banned term "cheap" added.` */
  changes: string[];
}

/** What the background knows of one subscription (`local:packSubscriptions`, keyed by entry id). */
export interface SubscriptionState {
  /** The valid pack text in use; absent until the first good download. */
  text?: string;
  etag?: string;
  lastModified?: string;
  /** When the URL was last asked (ms), successful or not. */
  checkedAt?: number;
  /** The last applied change. */
  lastChange?: PackChangeReport;
  /** A newer valid version not applied because the entry is pinned. */
  available?: PackChangeReport & { text: string };
  /** The last failed check; cleared by the next success. */
  failure?: UpdateFailure;
}

export type SubscriptionStates = Record<PackEntryId, SubscriptionState>;

/** Settings an administrator sets through enterprise policy (`storage.managed`), already validated. */
export interface ManagedPolicy {
  /** Pack URLs every user is subscribed to (cannot be removed). */
  packUrls: string[];
  /** An inline pack as JSON text; becomes the fallback pack. */
  pack?: string;
  /** Users cannot add, edit, remove or switch packs, or change assignments. */
  lockPacks: boolean;
  /** Customer memory keeps conversations this many days; users cannot change it. */
  retentionDays?: number;
  /** How often subscriptions are checked, in hours (default 24). */
  checkIntervalHours?: number;
  /** Policy values that were present but invalid, with their key as the path: ignored, shown. */
  problems: PackProblem[];
}

/** Where the panel is: the site and the account we reply as. */
export interface PackScope {
  platform?: PlatformId;
  ownHandle?: string;
}

/** Why a pack is the active one. */
export type ActiveReason = 'choice' | 'assignment' | 'fallback' | 'managed' | 'default';

/** A pack the user can pick: id and name for the quick switch and lists. */
export interface PackChoice {
  entry: PackEntryId;
  name: string;
  version?: string;
  /** Whether a usable pack exists for this entry (a subscription before its first download has none). */
  usable: boolean;
}

/** The pack in use for a scope, and why. */
export interface ActiveResolution {
  entry: PackEntryId;
  pack: VoicePack;
  reason: ActiveReason;
  /** `last-good`: the entry's current text is broken and its last good version is used. */
  source: 'default' | 'team' | 'last-good';
  /** Why the entry's current text is not the one in use; empty when it is. */
  problems: PackProblem[];
}

export { MAX_PACK_BYTES } from '../voice/limits';
