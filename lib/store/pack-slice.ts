import type { StateCreator } from 'zustand';
import {
  BUILTIN_ENTRY,
  type ActiveReason,
  type Assignment,
  type PackChoice,
  type PackEntryId,
  type SubscriptionState,
} from '../packs/types';
import type { PackProblem } from '../voice/parse';
import type { VoicePack } from '../voice/schema';
import { defaultPack } from './pack';
import type { ReplykitState } from './types';

/**
 * Which pack is in use: the team's, the last good team pack (the stored one has problems), or
 * the built-in default.
 */
export type PackSource = 'default' | 'team' | 'last-good';

export interface ActivePack {
  pack: VoicePack;
  source: PackSource;
  /** Why the stored team pack is not the one in use; empty when it is (or there is none). */
  problems: PackProblem[];
}

/** What the panel shows about the pack in use and the quick switch, beside the pack itself. */
export interface PackStatus {
  /** The library entry in use ({@link BUILTIN_ENTRY} for the default pack). */
  entry: PackEntryId;
  reason: ActiveReason;
  /** The assignment rule that picked the pack, when `reason` is `assignment`. */
  assignment: Assignment | null;
  /** The quick switch's choice in effect (locked, only a managed pack's): an entry, or null for automatic. */
  choice: PackEntryId | null;
  /** The pack automatic mode picks here (what "Automatic" stands for). */
  automatic: PackChoice;
  /** Every pack the switch offers, usable or not. */
  choices: PackChoice[];
  /** The administrator locked the packs: the switch cannot change anything. */
  locked: boolean;
  /** What the background knows of the pack in use, when it is a subscription. */
  subscription: SubscriptionState | null;
}

export interface PackSlice {
  /** The voice pack the check and the suggestions use. */
  pack: VoicePack;
  packSource: PackSource;
  packProblems: PackProblem[];
  /** Bumped on every change, so work keyed on the pack notices a new one with the same id. */
  packRevision: number;
  packEntry: PackEntryId;
  packReason: ActiveReason;
  packAssignment: Assignment | null;
  packChoice: PackEntryId | null;
  packAutomatic: PackChoice;
  packChoices: PackChoice[];
  packLocked: boolean;
  packSubscription: SubscriptionState | null;
  setActivePack: (active: ActivePack) => void;
  /** Leaves the pack (and its revision) alone: the check only follows the pack itself. */
  setPackStatus: (status: PackStatus) => void;
}

const BUILTIN_CHOICE: PackChoice = {
  entry: BUILTIN_ENTRY,
  name: defaultPack.name,
  version: defaultPack.version,
  usable: true,
};

export const createPackSlice: StateCreator<ReplykitState, [], [], PackSlice> = (set, get) => ({
  pack: defaultPack,
  packSource: 'default',
  packProblems: [],
  packRevision: 0,
  packEntry: BUILTIN_ENTRY,
  packReason: 'default',
  packAssignment: null,
  packChoice: null,
  packAutomatic: BUILTIN_CHOICE,
  packChoices: [BUILTIN_CHOICE],
  packLocked: false,
  packSubscription: null,
  setActivePack: ({ pack, source, problems }) =>
    set({
      pack,
      packSource: source,
      packProblems: problems,
      packRevision: get().packRevision + 1,
    }),
  setPackStatus: (status) =>
    set({
      packEntry: status.entry,
      packReason: status.reason,
      packAssignment: status.assignment,
      packChoice: status.choice,
      packAutomatic: status.automatic,
      packChoices: status.choices,
      packLocked: status.locked,
      packSubscription: status.subscription,
    }),
});
