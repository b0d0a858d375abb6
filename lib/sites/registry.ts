import { MatchPattern } from '@webext-core/match-patterns';
import { generic, genericMatches } from './generic';
import { bluesky } from './bluesky';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { DEFAULT_MASTODON_DOMAINS, mastodon, mastodonFor } from './mastodon';
import { messenger } from './messenger';
import { reddit } from './reddit';
import { threads } from './threads';
import { whatsapp } from './whatsapp';
import { x } from './x';
import { youtube } from './youtube';
import type { SiteAdapter } from './types';

/** Every site adapter, as data. The generic adapter is not in here: it has no fixed sites. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  x,
  linkedin,
  // Messenger before Facebook: facebook.com/messages is Messenger (Facebook also excludes it).
  messenger,
  facebook,
  instagram,
  youtube,
  reddit,
  bluesky,
  mastodon,
  threads,
  whatsapp,
];

export { generic };

export interface AdapterOptions {
  /** Mastodon instances the user added (host names); `mastodon.social` when absent, none when empty. */
  mastodonDomains?: readonly string[];
  /** Origins the user enabled for the generic adapter, e.g. `https://forum.example.com`. */
  genericOrigins?: readonly string[];
}

/** True when `url` matches one of the match patterns; an invalid pattern matches nothing. */
export function matchesAny(patterns: readonly string[], url: string): boolean {
  return patterns.some((p) => {
    try {
      return new MatchPattern(p).includes(url);
    } catch {
      return false;
    }
  });
}

/** The adapters with the user's settings applied (Mastodon instances). */
export function adaptersFor(options: AdapterOptions = {}): SiteAdapter[] {
  const domains = options.mastodonDomains ?? DEFAULT_MASTODON_DOMAINS;
  return SITE_ADAPTERS.map((a) => (a.id === 'mastodon' ? mastodonFor(domains) : a));
}

/** The adapter for a page, the generic one for a site the user enabled, or undefined. */
export function adapterForUrl(url: string, options: AdapterOptions = {}): SiteAdapter | undefined {
  for (const adapter of adaptersFor(options)) {
    if (!matchesAny(adapter.matches, url)) continue;
    if (adapter.excludeMatches && matchesAny(adapter.excludeMatches, url)) continue;
    return adapter;
  }
  if (options.genericOrigins && matchesAny(genericMatches(options.genericOrigins), url)) {
    return generic;
  }
  return undefined;
}
