import { say, type Speaker } from '../voice/say';

/** A subscription URL, normalised, or why it cannot be one. */
export type CheckedUrl = { ok: true; url: string } | { ok: false; message: string };

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Packs come over HTTPS from any host the team uses; plain http only from this machine (a team
 * lead trying a pack from a local server), where nobody on the way can change it.
 */
export function checkPackUrl(input: string, speaker: Speaker = {}): CheckedUrl {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: say(speaker, 'voice_url_invalid', { text }) };
  }
  if (url.username !== '' || url.password !== '')
    return { ok: false, message: say(speaker, 'voice_url_credentials') };
  if (url.protocol === 'https:') return { ok: true, url: url.href };
  if (url.protocol === 'http:') {
    if (LOOPBACK.has(url.hostname)) return { ok: true, url: url.href };
    return { ok: false, message: say(speaker, 'voice_url_plain_http') };
  }
  return { ok: false, message: say(speaker, 'voice_url_scheme', { scheme: url.protocol }) };
}

/** The match pattern of the URL's origin, for the optional host permission it needs. */
export function originPatternOf(url: string): string {
  const { protocol, hostname } = new URL(url);
  // Match patterns have no port: access to a host covers every port of it.
  return `${protocol}//${hostname}/*`;
}
