import { defineRule, type Hit } from '../rule';
import { say } from '../say';
import { MAX_HITS, quote } from './scan';
import { SOURCES } from './sources';

/**
 * "Fancy font" generators swap letters for look-alike symbols: mathematical alphanumerics
 * (𝐁𝐨𝐥𝐝, 𝘪𝘵𝘢𝘭𝘪𝘤, 𝔣𝔯𝔞𝔨𝔱𝔲𝔯), circled and parenthesised letters (Ⓐ, ⒜), full-width letters (Ｆｕｌｌ),
 * squared letters (🅰, 🄰), small capitals (ꜱᴍᴀʟʟ) and superscript "tiny text" (ᵗⁱⁿʸ).
 *
 * Small capitals and superscript letters are also real letters (IPA: "bɪt"; ordinals: "1ˢᵗ"),
 * so they count only in numbers: two small capitals, or three superscript letters, in one run.
 */

const NONE = 0;
const STRONG = 1; // always fancy
const SMALL_CAP = 2;
const TINY = 3;
const WEAK = 4; // fancy only next to other fancy characters (letterlike ℍ, full-width punctuation)

// Small capitals and the Latin letter each stands for.
const SMALL_CAPS: ReadonlyMap<number, string> = new Map(
  (
    [
      [0x1d00, 'a'],
      [0x0299, 'b'],
      [0x1d04, 'c'],
      [0x1d05, 'd'],
      [0x1d07, 'e'],
      [0xa730, 'f'],
      [0x0262, 'g'],
      [0x029c, 'h'],
      [0x026a, 'i'],
      [0x1d0a, 'j'],
      [0x1d0b, 'k'],
      [0x029f, 'l'],
      [0x1d0d, 'm'],
      [0x0274, 'n'],
      [0x1d0f, 'o'],
      [0x1d18, 'p'],
      [0x01eb, 'q'],
      [0x0280, 'r'],
      [0xa731, 's'],
      [0x1d1b, 't'],
      [0x1d1c, 'u'],
      [0x1d20, 'v'],
      [0x1d21, 'w'],
      [0x028f, 'y'],
      [0x1d22, 'z'],
    ] as const
  ).map(([code, letter]) => [code, letter]),
);

// Letterlike symbols that fill the gaps of the mathematical alphabets (ℍ, ℂ, ℜ, ℊ, ℓ…).
const LETTERLIKE = new Set([
  0x2102, 0x210a, 0x210b, 0x210c, 0x210d, 0x210e, 0x2110, 0x2111, 0x2112, 0x2113, 0x2115, 0x2119,
  0x211a, 0x211b, 0x211c, 0x211d, 0x2124, 0x2128, 0x212c, 0x212d, 0x212f, 0x2130, 0x2131, 0x2133,
  0x2134,
]);

function classify(code: number): number {
  if (code < 0x1eb) return NONE;
  if (code >= 0x1d400 && code <= 0x1d7ff) return STRONG;
  if (code >= 0x2460 && code <= 0x24ff) return STRONG;
  if (
    (code >= 0xff10 && code <= 0xff19) ||
    (code >= 0xff21 && code <= 0xff3a) ||
    (code >= 0xff41 && code <= 0xff5a)
  ) {
    return STRONG;
  }
  if (code >= 0x1f130 && code <= 0x1f189) return STRONG;
  if (SMALL_CAPS.has(code)) return SMALL_CAP;
  if (
    (code >= 0x1d2c && code <= 0x1d6a) ||
    (code >= 0x1d9b && code <= 0x1dbf) ||
    (code >= 0x2b0 && code <= 0x2b8) ||
    (code >= 0x2e0 && code <= 0x2e4) ||
    code === 0x2071 ||
    code === 0x207f ||
    (code >= 0x2090 && code <= 0x209c)
  ) {
    return TINY;
  }
  if (LETTERLIKE.has(code) || (code >= 0xff01 && code <= 0xff5e)) return WEAK;
  return NONE;
}

// A cheap test so ordinary text costs one regex search.
const CANDIDATE =
  /[\u01EB\u0262\u026A\u0274\u0280\u028F\u0299\u029C\u029F\u02B0-\u02B8\u02E0-\u02E4\u1D00-\u1D6A\u1D9B-\u1DBF\u2071\u207F\u2090-\u209C\u2102-\u2134\u2460-\u24FF\uA730\uA731\uFF01-\uFF5E]|\uD835[\uDC00-\uDFFF]|\uD83C[\uDD30-\uDD89]/;

const CANDIDATE_FROM = new RegExp(CANDIDATE.source, 'g');

/** Plain text for one fancy character. */
function plain(code: number): string {
  const small = SMALL_CAPS.get(code);
  if (small) return small;
  // Negative circled and negative squared capitals have no compatibility mapping.
  if (code >= 0x1f150 && code <= 0x1f169) return String.fromCharCode(0x41 + code - 0x1f150);
  if (code >= 0x1f170 && code <= 0x1f189) return String.fromCharCode(0x41 + code - 0x1f170);
  return String.fromCodePoint(code).normalize('NFKC');
}

/** The text with every fancy character of `[start, end)` replaced by its plain letter. */
export function plainText(text: string, start = 0, end = text.length): string {
  // Small capitals and negative squared letters by hand, then one NFKC pass for the rest
  // (mathematical, circled, full-width, superscript and letterlike characters).
  let out = '';
  let copied = start;
  for (let i = start; i < end;) {
    const code = text.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    if (SMALL_CAPS.has(code) || (code >= 0x1f150 && code <= 0x1f189)) {
      out += text.slice(copied, i) + plain(code);
      copied = i + size;
    }
    i += size;
  }
  out += text.slice(copied, end);
  // A variation selector after a squared letter (🅰️) means nothing in plain text.
  return out.normalize('NFKC').replace(/\uFE0F/g, '');
}

/** Characters that may stand between two fancy characters of one run: spaces, punctuation, a Latin letter. */
const MAX_GAP = 2;

export const fancyText = defineRule({
  id: 'accessibility.fancy-text',
  category: 'accessibility',
  severity: 'warning',
  title: 'No "fancy font" letters',
  why: 'Bold, italic, script or circled "fonts" from generators are symbols, not letters: screen readers read them one by one ("mathematical bold capital F") or skip them, and search cannot find them.',
  link: SOURCES.scopeUnicode,
  examples: [
    { language: 'en', bad: '𝐅𝐫𝐞𝐞 𝐫𝐞𝐭𝐮𝐫𝐧𝐬 on every order', good: 'Free returns on every order' },
    { language: 'de', bad: 'Ｋｏｓｔｅｎｌｏｓｅ Rücksendung', good: 'Kostenlose Rücksendung' },
    { language: 'sv', bad: 'ꜰʀɪ ꜰʀᴀᴋᴛ på allt', good: 'Fri frakt på allt' },
  ],
  check({ doc, context }) {
    const { text } = doc;
    const first = text.search(CANDIDATE);
    if (first < 0) return [];
    const hits: Hit[] = [];
    let runStart = -1;
    let runEnd = -1;
    let strong = 0;
    let smallCaps = 0;
    let tiny = 0;
    const close = () => {
      if (runStart < 0) return;
      if (strong > 0 || smallCaps >= 2 || tiny >= 3) {
        const replacement = plainText(text, runStart, runEnd);
        hits.push({
          start: runStart,
          end: runEnd,
          message: say(context, 'rule_accessibility_fancy_text_message', {
            text: quote(text.slice(runStart, runEnd)),
            plain: quote(replacement),
          }),
          fixes: [
            {
              label: say(context, 'rule_accessibility_fancy_text_fix'),
              start: runStart,
              end: runEnd,
              replacement,
            },
          ],
        });
      }
      runStart = -1;
      strong = smallCaps = tiny = 0;
    };
    for (let i = first; i < text.length && hits.length < MAX_HITS;) {
      const code = text.codePointAt(i)!;
      const size = code > 0xffff ? 2 : 1;
      const kind = classify(code);
      if (kind !== NONE) {
        if (runStart >= 0 && (i - runEnd > MAX_GAP || /[\r\n]/.test(text.slice(runEnd, i))))
          close();
        if (runStart < 0) runStart = i;
        runEnd = i + size;
        if (kind === STRONG) strong++;
        else if (kind === SMALL_CAP) smallCaps++;
        else if (kind === TINY) tiny++;
        // A variation selector right after a squared letter belongs to it.
        if (text.charCodeAt(runEnd) === 0xfe0f) runEnd++;
      } else if (runStart >= 0 && i - runEnd >= MAX_GAP) {
        close();
        // Jump to the next candidate instead of walking plain text.
        CANDIDATE_FROM.lastIndex = i;
        const next = CANDIDATE_FROM.exec(text);
        if (!next) break;
        i = next.index;
        continue;
      }
      i += size;
    }
    close();
    return hits;
  },
});
