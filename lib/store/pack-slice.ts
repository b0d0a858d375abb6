import type { StateCreator } from 'zustand';
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

export interface PackSlice {
  /** The voice pack the check and the suggestions use. */
  pack: VoicePack;
  packSource: PackSource;
  packProblems: PackProblem[];
  /** Bumped on every change, so work keyed on the pack notices a new one with the same id. */
  packRevision: number;
  setActivePack: (active: ActivePack) => void;
}

export const createPackSlice: StateCreator<ReplykitState, [], [], PackSlice> = (set, get) => ({
  pack: defaultPack,
  packSource: 'default',
  packProblems: [],
  packRevision: 0,
  setActivePack: ({ pack, source, problems }) =>
    set({
      pack,
      packSource: source,
      packProblems: problems,
      packRevision: get().packRevision + 1,
    }),
});
