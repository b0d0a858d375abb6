/**
 * Links in a reply: `https://…`, `www.…` and bare domains with a known top-level domain
 * ("acme.com/help", "bit.ly/3xYz"). E-mail addresses and "@handles" are not links.
 *
 * The patterns never backtrack badly: labels are `[…-]+` separated by a dot that the label class
 * does not contain, and a link may only start where no letter, digit, dot, slash or "@" precedes
 * it, so a 100 KB run of letters is tried once.
 */

export interface UrlMatch {
  start: number;
  end: number;
  /** The link as written, trailing sentence punctuation removed. */
  text: string;
  /** Lower-case host without `www.`, e.g. "bit.ly". */
  host: string;
  /** True when the link has a path, query or fragment after the host. */
  hasPath: boolean;
}

// Top-level domains we recognise without a scheme. Two-letter domains that are also words in
// English, German or Swedish ("is", "it", "in", "to", "me", "no", "be", "us", "so", "do", "my")
// count only with a path, so a missing space ("done.It works") is not a link.
const TLDS =
  'com|net|org|edu|gov|info|biz|app|dev|io|co|ai|tv|gg|cc|gy|ly|gl|gd|uk|de|se|eu|at|ch|dk|fi|fr|nl|es|pl|nu|ink|xyz|shop|store|online|site|link|page|blog|news|social|help|is|it|in|to|me|no|be|us|id|al|tt|so|do|my|ee';
const WORD_TLDS = new Set([
  'is',
  'it',
  'in',
  'to',
  'me',
  'no',
  'be',
  'us',
  'id',
  'al',
  'so',
  'do',
  'my',
  'tt',
]);

// Matched with the sticky flag at a few candidate positions only (see findUrls): a lookbehind
// tried at every position of a 5,000-character reply cost 0.13 ms. At most 8 labels before the
// top-level domain, so "a.a.a.…" (100 KB) fails after a bounded number of steps.
const URL_PATTERN = new RegExp(
  String.raw`https?://[^\s<>"'` +
    '`' +
    String.raw`]+|(?:www\.)?(?:[a-z0-9äöüåæøé-]+\.){1,8}(?:${TLDS})(?![\p{L}\p{N}_-])(?:[/?#][^\s<>"'` +
    '`' +
    String.raw`]*)?`,
  'iuy',
);

/** A link cannot start right after these: "info@acme.com", "a.acme.com", "/path". */
const NOT_BEFORE = /[\p{L}\p{N}@._/\\-]/u;
const LINK_START = /[\p{L}\p{N}]/u;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0 || c === 0x3000;
}

const TRAILING = /[.,;:!?'"’”»)\]}*]+$/u;

/** Shorteners that hide where a link goes. t.co is left out: X shortens every link itself. */
export const LINK_SHORTENERS: ReadonlySet<string> = new Set([
  'bit.ly',
  'bitly.com',
  'tinyurl.com',
  'ow.ly',
  'buff.ly',
  'goo.gl',
  'is.gd',
  'v.gd',
  'rebrand.ly',
  'lnkd.in',
  'cutt.ly',
  'shorturl.at',
  'rb.gy',
  't.ly',
  'tiny.cc',
  'tiny.one',
  's.id',
  'dlvr.it',
  'trib.al',
  'bl.ink',
  'short.io',
  'shorte.st',
  'adf.ly',
  'bit.do',
  'ift.tt',
  'qrco.de',
  'hubs.ly',
  'hubs.la',
  'sprou.tt',
  'soo.gd',
  'clck.ru',
  'tr.im',
  'x.co',
  'po.st',
  'su.pr',
  'shor.by',
  'linktr.ee',
]);

function hostOf(url: string): string {
  let rest = url.replace(/^https?:\/\//i, '');
  const cut = rest.search(/[/?#:]/);
  if (cut >= 0) rest = rest.slice(0, cut);
  rest = rest.toLowerCase();
  return rest.startsWith('www.') ? rest.slice(4) : rest;
}

function trimTrailing(url: string): string {
  let text = url.replace(TRAILING, '');
  // Keep a closing parenthesis that closes one inside the link (Wikipedia-style links).
  while (url.length > text.length && url[text.length] === ')') {
    const opens = text.split('(').length - 1;
    const closes = text.split(')').length - 1;
    if (opens > closes) text = url.slice(0, text.length + 1);
    else break;
  }
  return text;
}

/**
 * Every link in the text, in order; at most `limit` (a guard for 100 KB inputs). Every link has a
 * dot, so only the token around each dot is tried, from its start: one short regex attempt per
 * dot instead of a scan with lookbehind at every character.
 */
export function findUrls(text: string, limit = 1_000): UrlMatch[] {
  const found: UrlMatch[] = [];
  let covered = 0;
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if (dot < covered) continue;
    // The token around the dot: back to white space (at most 2,048 characters).
    let tokenStart = dot;
    while (
      tokenStart > covered &&
      dot - tokenStart < 2048 &&
      !isSpace(text.charCodeAt(tokenStart - 1))
    ) {
      tokenStart--;
    }
    for (let start = tokenStart; start < dot; start++) {
      const char = text[start]!;
      if (!LINK_START.test(char)) continue;
      if (start > 0 && NOT_BEFORE.test(text[start - 1]!)) continue;
      URL_PATTERN.lastIndex = start;
      const match = URL_PATTERN.exec(text);
      if (!match) continue;
      const link = toLink(match[0], start);
      covered = start + match[0].length;
      if (link) {
        found.push(link);
        if (found.length >= limit) return found;
      }
      break;
    }
    if (covered <= dot) covered = dot + 1;
  }
  return found;
}

function toLink(matched: string, start: number): UrlMatch | null {
  const raw = trimTrailing(matched);
  if (raw.length === 0) return null;
  const host = hostOf(raw);
  const schemeless = !/^https?:\/\//i.test(raw);
  const hasPath = /[/?#][^/?#]/.test(raw.replace(/^https?:\/\//i, ''));
  if (schemeless) {
    // "done.It works": a word-like top-level domain needs a path to count as a link.
    const tld = host.slice(host.lastIndexOf('.') + 1);
    if (WORD_TLDS.has(tld) && !hasPath && !LINK_SHORTENERS.has(host)) return null;
  }
  return { start, end: start + raw.length, text: raw, host, hasPath };
}

export function isShortener(host: string): boolean {
  return LINK_SHORTENERS.has(host.toLowerCase());
}

const docLinks = new WeakMap<object, UrlMatch[]>();

/** `findUrls(doc.text)`, computed once per checked text and shared by every rule. */
export function linksOf(doc: { text: string }): readonly UrlMatch[] {
  let links = docLinks.get(doc);
  if (!links) {
    links = findUrls(doc.text);
    docLinks.set(doc, links);
  }
  return links;
}
