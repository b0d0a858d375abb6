import { storage } from 'wxt/utils/storage';
import { DEFAULT_MASTODON_DOMAINS } from '../sites/mastodon';
import { isMastodonDomain, isSiteOrigin } from './site-input';

/**
 * Where Replykit runs beyond the fixed supported sites: the Mastodon instances the user added and
 * the other sites the user enabled for the generic adapter. Read by the options page, the
 * background (to register content scripts) and the content script (to pick the adapter), so this
 * module stays free of zod and React.
 */
export interface SiteSettings {
  /** Host names, e.g. `mastodon.social`. */
  mastodonDomains: string[];
  /** Origins, e.g. `https://forum.example.com`. */
  genericOrigins: string[];
}

export const SITE_SETTINGS_FIELDS = ['mastodonDomains', 'genericOrigins'] as const;

export const DEFAULT_SITE_SETTINGS: Readonly<SiteSettings> = Object.freeze({
  mastodonDomains: [...DEFAULT_MASTODON_DOMAINS],
  genericOrigins: [],
});

/** More than anyone types by hand; bounds the work a corrupt value can cause. */
const MAX_ENTRIES = 500;

export interface ParsedSiteSettings {
  settings: SiteSettings;
  /** Fields that were missing or not a list, and fell back to their defaults. */
  defaulted: (keyof SiteSettings)[];
  /** Entries dropped from a list: not in normal form, duplicated, or over the limit. */
  dropped: unknown[];
}

function cleanList(
  value: unknown,
  valid: (entry: unknown) => entry is string,
  dropped: unknown[],
): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const kept: string[] = [];
  for (const entry of value) {
    if (valid(entry) && !kept.includes(entry) && kept.length < MAX_ENTRIES) kept.push(entry);
    else dropped.push(entry);
  }
  return kept;
}

/**
 * Reads a stored value of unknown shape (corrupt, from another build, written by hand): each list
 * keeps its valid entries, a field that is not a list gets its default. Never throws. An empty
 * Mastodon list is kept: the user removed every instance, mastodon.social included.
 */
export function parseSiteSettings(value: unknown): ParsedSiteSettings {
  const record: Record<string, unknown> =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  const dropped: unknown[] = [];
  const defaulted: (keyof SiteSettings)[] = [];
  const mastodon = cleanList(record.mastodonDomains, isMastodonDomain, dropped);
  const generic = cleanList(record.genericOrigins, isSiteOrigin, dropped);
  if (!mastodon) defaulted.push('mastodonDomains');
  if (!generic) defaulted.push('genericOrigins');
  const mastodonDomains = mastodon ?? [...DEFAULT_SITE_SETTINGS.mastodonDomains];
  // A host in both lists (hand-edited) is a Mastodon instance.
  const genericOrigins = (generic ?? [...DEFAULT_SITE_SETTINGS.genericOrigins]).filter((o) => {
    const inMastodon = mastodonDomains.includes(o.replace(/^https?:\/\//, ''));
    if (inMastodon) dropped.push(o);
    return !inMastodon;
  });
  return {
    settings: { mastodonDomains, genericOrigins },
    defaulted,
    dropped,
  };
}

/**
 * The one definition of the stored site settings (`chrome.storage.local`). Version 1 is the first
 * version: when the shape changes, bump `version` and add a migration under that number.
 * Always read through `parseSiteSettings`.
 */
export const siteSettings = storage.defineItem<SiteSettings>('local:siteSettings', {
  version: 1,
  fallback: {
    mastodonDomains: [...DEFAULT_SITE_SETTINGS.mastodonDomains],
    genericOrigins: [],
  },
  migrations: {},
});

/** The saved site settings, validated; the defaults when storage can't be read. */
export async function loadSiteSettings(): Promise<SiteSettings> {
  try {
    return parseSiteSettings(await siteSettings.getValue()).settings;
  } catch {
    return {
      ...DEFAULT_SITE_SETTINGS,
      mastodonDomains: [...DEFAULT_SITE_SETTINGS.mastodonDomains],
    };
  }
}
