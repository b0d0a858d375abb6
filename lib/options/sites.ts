import { CONTENT_SCRIPT_MATCHES } from '../content/matches';
import {
  coversOrigin,
  mastodonOrigin,
  parseMastodonDomain,
  parseSiteOrigin,
  type SiteInputResult,
} from '../settings/site-input';
import type { SiteSettings } from '../settings/sites';
import { SITE_ADAPTERS } from '../sites/registry';

export type SiteKind = 'mastodon' | 'generic';

/** `builtIn`: the manifest covers it (mastodon.social); the others need the user's grant. */
export type SiteAccess = 'builtIn' | 'granted' | 'missing';

export interface SiteRowView {
  /** What is stored: a host name (Mastodon) or an origin (other sites). */
  value: string;
  label: string;
  origin: string;
  access: SiteAccess;
}

export interface SupportedSiteView {
  id: string;
  label: string;
  hosts: string[];
}

const LIST: Record<SiteKind, keyof SiteSettings> = {
  mastodon: 'mastodonDomains',
  generic: 'genericOrigins',
};

export function listOf(kind: SiteKind): keyof SiteSettings {
  return LIST[kind];
}

export function originOf(kind: SiteKind, value: string): string {
  return kind === 'mastodon' ? mastodonOrigin(value) : value;
}

export function parseSiteInput(
  kind: SiteKind,
  raw: string,
  settings: SiteSettings,
): SiteInputResult {
  return kind === 'mastodon' ? parseMastodonDomain(raw, settings) : parseSiteOrigin(raw, settings);
}

/** The manifest's content script already runs there: no permission to ask for or give back. */
export function isBuiltIn(origin: string): boolean {
  return coversOrigin(CONTENT_SCRIPT_MATCHES, origin);
}

export function siteRows(
  kind: SiteKind,
  settings: SiteSettings,
  granted: readonly string[],
): SiteRowView[] {
  return settings[LIST[kind]].map((value) => {
    const origin = originOf(kind, value);
    const access: SiteAccess = isBuiltIn(origin)
      ? 'builtIn'
      : coversOrigin(granted, origin)
        ? 'granted'
        : 'missing';
    return {
      value,
      label: kind === 'mastodon' ? value : value.replace(/^https:\/\//, ''),
      origin,
      access,
    };
  });
}

/**
 * The supported sites as the user knows them: `x.com, twitter.com`, not every mobile or www
 * variant the match patterns list. Mastodon is left out: its instances are the user's own list.
 */
export function supportedSites(): SupportedSiteView[] {
  return SITE_ADAPTERS.filter((a) => a.id !== 'mastodon').map((adapter) => {
    const hosts = [
      ...new Set(
        adapter.matches
          .map((m) => /^[^:]+:\/\/([^/]+)\//.exec(m)?.[1])
          .filter((h): h is string => !!h && !h.includes('*')),
      ),
    ];
    const main = hosts.filter(
      (h) => !hosts.some((other) => other !== h && h.endsWith(`.${other}`)),
    );
    return { id: adapter.id, label: adapter.label, hosts: main };
  });
}
