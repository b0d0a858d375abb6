import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { PLATFORM_IDS, type PlatformId } from '../platforms';
import type { LanguageChoice } from '../store/settings-slice';
import { LANGUAGES } from '../voice/schema';

/**
 * The side panel settings kept between sessions. The customer's name is per conversation and
 * deliberately not here.
 */
export interface PanelSettings {
  platform: PlatformId;
  language: LanguageChoice;
  /** The agent's initials as typed (the check trims them). */
  agentInitials: string;
}

export const PANEL_SETTINGS_FIELDS = ['platform', 'language', 'agentInitials'] as const;

export const DEFAULT_PANEL_SETTINGS: Readonly<PanelSettings> = Object.freeze({
  platform: 'x',
  language: 'auto',
  agentInitials: '',
});

/** Longer than the field allows (4), so a hand-edited value is kept, but bounded. */
const MAX_INITIALS = 16;

// Each field falls back on its own, so one bad field does not cost the others.
const panelSettingsSchema = z
  .object({
    platform: z.enum(PLATFORM_IDS).catch(DEFAULT_PANEL_SETTINGS.platform),
    language: z.enum(['auto', ...LANGUAGES]).catch(DEFAULT_PANEL_SETTINGS.language),
    agentInitials: z.string().max(MAX_INITIALS).catch(DEFAULT_PANEL_SETTINGS.agentInitials),
  })
  .catch(() => ({ ...DEFAULT_PANEL_SETTINGS }));

export interface ParsedPanelSettings {
  settings: PanelSettings;
  /** The fields that were missing or invalid and fell back to their defaults. */
  defaulted: (keyof PanelSettings)[];
}

/**
 * Reads a stored value of unknown shape (corrupt, from an older or newer build, or written by
 * hand): the valid fields are kept, every other field gets its default. Never throws.
 */
export function parsePanelSettings(value: unknown): ParsedPanelSettings {
  const settings = panelSettingsSchema.parse(value);
  const record: Record<string, unknown> =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const defaulted = PANEL_SETTINGS_FIELDS.filter((field) => record[field] !== settings[field]);
  return { settings, defaulted };
}

/**
 * The one definition of the stored panel settings (`chrome.storage.local`).
 * Version 1 is the first version: when the shape changes, bump `version` and add a migration
 * from the previous version under that number.
 */
export const panelSettings = storage.defineItem<PanelSettings>('local:panelSettings', {
  version: 1,
  fallback: { ...DEFAULT_PANEL_SETTINGS },
  migrations: {},
});
