import { t } from '../i18n';
import { matchesAny, SITE_ADAPTERS } from '../sites/registry';

/**
 * What the user typed to add a Mastodon instance or another site, checked and normalised.
 * Plain TypeScript without zod: the content script reads the stored lists through this module.
 */
export type SiteInputResult = { ok: true; value: string } | { ok: false; error: string };

/** The two lists the user keeps; duplicates across them are refused. */
export interface SiteLists {
  mastodonDomains: readonly string[];
  genericOrigins: readonly string[];
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** A public host name like `example.social` (punycode for international names). */
export function isDomainName(host: string): boolean {
  if (host.length > 253) return false;
  const labels = host.split('.');
  return labels.length >= 2 && labels.every((l) => LABEL.test(l)) && TLD.test(labels.at(-1)!);
}

function isSiteHost(host: string): boolean {
  return isDomainName(host) || IPV4.test(host) || host === 'localhost';
}

type Parsed = { ok: true; protocol: 'https:' | 'http:'; host: string } | SiteInputResult;

/** `https://example.social/about`, `Example.Social.` and `example.social` → `example.social`. */
function parseAddress(raw: string, example: string): Parsed {
  const text = raw.trim();
  const notAddress: SiteInputResult = {
    ok: false,
    error: t('options_input_not_address', { text, example }),
  };
  if (!text) return { ok: false, error: t('options_input_empty', { example }) };
  if (/\s/.test(text)) return notAddress;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  const hasScheme = scheme !== undefined && /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  if (hasScheme && scheme !== 'https' && scheme !== 'http') {
    return { ok: false, error: t('options_input_scheme', { scheme }) };
  }
  let url: URL;
  try {
    url = new URL(hasScheme ? text : `https://${text}`);
  } catch {
    return notAddress;
  }
  if (url.username || url.password) return notAddress;
  if (url.port) {
    return { ok: false, error: t('options_input_port', { port: url.port }) };
  }
  const host = url.hostname.replace(/\.$/, '');
  if (!host) return notAddress;
  return { ok: true, protocol: url.protocol === 'http:' ? 'http:' : 'https:', host };
}

/** The supported site (other than Mastodon, whose instances the user picks) serving this URL. */
function supportedSiteOf(url: string): string | undefined {
  return SITE_ADAPTERS.find((a) => a.id !== 'mastodon' && matchesAny(a.matches, url))?.label;
}

function hostOfOrigin(origin: string): string {
  return origin.replace(/^https?:\/\//, '');
}

/**
 * A Mastodon instance as typed: `example.social`, `https://example.social/about` or a handle
 * `@dana@example.social` all give `example.social`. Instances are always served over https.
 */
export function parseMastodonDomain(raw: string, lists: SiteLists): SiteInputResult {
  const handle = /^@?[^@\s/]+@([^@\s/]+)$/.exec(raw.trim());
  const parsed = parseAddress(handle ? handle[1]! : raw, 'example.social');
  if (!('host' in parsed)) return parsed;
  const { host } = parsed;
  if (!isDomainName(host)) {
    return { ok: false, error: t('options_input_not_domain', { text: raw.trim() }) };
  }
  const supported = supportedSiteOf(`https://${host}/`);
  if (supported)
    return { ok: false, error: t('options_input_supported', { host, site: supported }) };
  if (lists.mastodonDomains.includes(host)) {
    return { ok: false, error: t('options_input_duplicate', { host }) };
  }
  if (lists.genericOrigins.some((o) => hostOfOrigin(o) === host)) {
    return { ok: false, error: t('options_input_in_other_sites', { host }) };
  }
  return { ok: true, value: host };
}

/**
 * Another site for the generic adapter, as an origin: `forum.example.com` gives
 * `https://forum.example.com`; `http://` is kept only when typed.
 */
export function parseSiteOrigin(raw: string, lists: SiteLists): SiteInputResult {
  const parsed = parseAddress(raw, 'forum.example.com');
  if (!('host' in parsed)) return parsed;
  const { host, protocol } = parsed;
  if (!isSiteHost(host)) {
    return {
      ok: false,
      error: t('options_input_not_address', { text: raw.trim(), example: 'forum.example.com' }),
    };
  }
  const origin = `${protocol}//${host}`;
  const supported = supportedSiteOf(`${origin}/`);
  if (supported)
    return { ok: false, error: t('options_input_supported', { host, site: supported }) };
  if (lists.mastodonDomains.includes(host)) {
    return { ok: false, error: t('options_input_in_mastodon', { host }) };
  }
  if (lists.genericOrigins.some((o) => hostOfOrigin(o) === host)) {
    return { ok: false, error: t('options_input_duplicate', { host }) };
  }
  return { ok: true, value: origin };
}

/** A stored entry is kept only if it is already in the normalised form the parsers produce. */
export function isMastodonDomain(value: unknown): value is string {
  return typeof value === 'string' && isDomainName(value);
}

export function isSiteOrigin(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(https?):\/\/([^/:]+)$/.exec(value);
  return !!match && isSiteHost(match[2]!);
}

/** The https origin of a Mastodon instance. */
export function mastodonOrigin(domain: string): string {
  return `https://${domain}`;
}

/** The host permission / match pattern for one origin. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** A granted pattern covers the whole origin: its path is `/*` and its host and scheme match. */
export function coversOrigin(patterns: readonly string[], origin: string): boolean {
  return patterns.some(
    (p) => (p === '<all_urls>' || p.endsWith('/*')) && matchesAny([p], `${origin}/`),
  );
}
