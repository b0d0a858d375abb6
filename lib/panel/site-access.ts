import { siteOrigins } from '../background/site-scripts';
import { coversOrigin } from '../settings/site-input';
import type { SiteSettings } from '../settings/sites';

export interface SiteAccessInput {
  /** The manifest's content script matches. */
  staticMatches: readonly string[];
  /** Host permissions the user granted. */
  granted: readonly string[];
  settings: SiteSettings;
}

export interface DisabledSite {
  origin: string;
  host: string;
}

/**
 * The site of `url` when Replykit does not run there: a web page whose origin neither the
 * manifest covers nor the user added and granted. Null for a site it runs on, and for anything
 * that is not a web page (the browser's own pages, files).
 */
export function disabledSiteOf(url: string, input: SiteAccessInput): DisabledSite | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const origin = parsed.origin;
  if (coversOrigin(input.staticMatches, origin)) return null;
  if (coversOrigin(input.granted, origin) && siteOrigins(input.settings).includes(origin)) {
    return null;
  }
  return { origin, host: parsed.hostname };
}

/** The settings with `origin` among the other sites (once). */
export function withGenericOrigin(settings: SiteSettings, origin: string): SiteSettings {
  return settings.genericOrigins.includes(origin)
    ? settings
    : { ...settings, genericOrigins: [...settings.genericOrigins, origin] };
}
