import type { StateCreator } from 'zustand';
import type { PlatformId } from '../platforms';
import type { Language } from '../voice/schema';
import type { ReplykitState } from './types';

/** `auto`: the check engine detects the language from the draft. */
export type LanguageChoice = 'auto' | Language;

export interface SettingsSlice {
  platform: PlatformId;
  language: LanguageChoice;
  /** The customer's display name, for the greeting check; empty when unknown. */
  customerName: string;
  /** The replying agent's initials, for the sign-off (e.g. `^SR`); empty when not set. */
  agentInitials: string;
  setPlatform: (platform: PlatformId) => void;
  setLanguage: (language: LanguageChoice) => void;
  setCustomerName: (name: string) => void;
  setAgentInitials: (initials: string) => void;
}

export const createSettingsSlice: StateCreator<ReplykitState, [], [], SettingsSlice> = (set) => ({
  platform: 'x',
  language: 'auto',
  customerName: '',
  agentInitials: '',
  setPlatform: (platform) => set({ platform }),
  setLanguage: (language) => set({ language }),
  setCustomerName: (customerName) => set({ customerName }),
  setAgentInitials: (agentInitials) => set({ agentInitials }),
});
