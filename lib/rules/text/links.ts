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
  "com|net|org|edu|gov|info|biz|app|dev|io|co|ai|tv|gg|cc|gy|ly|gl|gd|uk|de|se|eu|at|ch|dk|fi|fr|nl|es|pl|nu|ink|xyz|shop|store|online|site|link|page|blog|news|social|help|is|it|in|to|me|no|be|us|id|al|tt|so|do|my|ee";
const WORD_TLDS = new Set([
  "is",
  "it",
  "in",
  "to",
  "me",
  "no",
  "be",
  "us",
  "id",
  "al",
  "so",
  "do",
  "my",
  "tt",
]);

const URL_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}@._/\\-])(?:https?://[^\s<>"'` +
    "`" +
    String.raw`]+|(?:www\.)?(?:[a-z0-9äöüåæøé-]+\.)+(?:${TLDS})(?![\p{L}\p{N}_-])(?:[/?#][^\s<>"'` +
    "`" +
    String.raw`]*)?)`,
  "giu",
);

const TRAILING = /[.,;:!?'"’”»)\]}*]+$/u;

/** Shorteners that hide where a link goes. t.co is left out: X shortens every link itself. */
export const LINK_SHORTENERS: ReadonlySet<string> = new Set([
  "bit.ly",
  "bitly.com",
  "tinyurl.com",
  "ow.ly",
  "buff.ly",
  "goo.gl",
  "is.gd",
  "v.gd",
  "rebrand.ly",
  "lnkd.in",
  "cutt.ly",
  "shorturl.at",
  "rb.gy",
  "t.ly",
  "tiny.cc",
  "tiny.one",
  "s.id",
  "dlvr.it",
  "trib.al",
  "bl.ink",
  "short.io",
  "shorte.st",
  "adf.ly",
  "bit.do",
  "ift.tt",
  "qrco.de",
  "hubs.ly",
  "hubs.la",
  "sprou.tt",
  "soo.gd",
  "clck.ru",
  "tr.im",
  "x.co",
  "po.st",
  "su.pr",
  "shor.by",
  "linktr.ee",
]);

function hostOf(url: string): string {
  let rest = url.replace(/^https?:\/\//i, "");
  const cut = rest.search(/[/?#:]/);
  if (cut >= 0) rest = rest.slice(0, cut);
  rest = rest.toLowerCase();
  return rest.startsWith("www.") ? rest.slice(4) : rest;
}

function trimTrailing(url: string): string {
  let text = url.replace(TRAILING, "");
  // Keep a closing parenthesis that closes one inside the link (Wikipedia-style links).
  while (url.length > text.length && url[text.length] === ")") {
    const opens = text.split("(").length - 1;
    const closes = text.split(")").length - 1;
    if (opens > closes) text = url.slice(0, text.length + 1);
    else break;
  }
  return text;
}

/** Every link in the text, in order; at most `limit` (a guard for 100 KB inputs). */
export function findUrls(text: string, limit = 1_000): UrlMatch[] {
  const found: UrlMatch[] = [];
  if (text.indexOf(".") < 0) return found;
  URL_PATTERN.lastIndex = 0;
  for (
    let match = URL_PATTERN.exec(text);
    match;
    match = URL_PATTERN.exec(text)
  ) {
    const raw = trimTrailing(match[0]);
    if (raw.length === 0) continue;
    const host = hostOf(raw);
    const schemeless = !/^https?:\/\//i.test(raw);
    const hasPath = /[/?#][^/?#]/.test(raw.replace(/^https?:\/\//i, ""));
    if (schemeless) {
      const tld = host.slice(host.lastIndexOf(".") + 1);
      if (WORD_TLDS.has(tld) && !hasPath && !LINK_SHORTENERS.has(host))
        continue;
      // "z.B.", "t.ex." and other abbreviations never reach here: their last label is no TLD.
    }
    found.push({
      start: match.index,
      end: match.index + raw.length,
      text: raw,
      host,
      hasPath,
    });
    if (found.length >= limit) break;
  }
  URL_PATTERN.lastIndex = 0;
  return found;
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
