import type { VoicePack } from '../../voice/schema';
import { defineRule, type Doc, type Hit } from '../rule';
import { say, type Speaker } from '../say';
import type { Fix } from '../types';
import { DE_WORDS } from './hashtag-words';
import { MAX_HITS, WORD_PROSE, quote, scan, sentenceAt } from './scan';
import { SOURCES } from './sources';

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;

/** Letter counts and case of one word, computed once per word. */
interface WordCase {
  letters: number;
  upper: number;
  lower: number;
  /** Case changes between neighbouring letters ("sPoNgE" has 5). */
  flips: number;
  firstUpper: boolean;
}

function wordCase(text: string): WordCase {
  let letters = 0;
  let upper = 0;
  let lower = 0;
  let flips = 0;
  let previous = 0; // 1 upper, -1 lower, 0 none yet
  let firstUpper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let kind = 0;
    if (c >= 0x61 && c <= 0x7a) kind = -1;
    else if (c >= 0x41 && c <= 0x5a) kind = 1;
    else if (c >= 0x80 && !(c >= 0xdc00 && c <= 0xdfff)) {
      const char = c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : text[i]!;
      if (LOWER.test(char)) kind = -1;
      else if (UPPER.test(char)) kind = 1;
      else if (LETTER.test(char)) letters++;
    }
    if (kind === 0) continue;
    letters++;
    if (kind === 1) upper++;
    else lower++;
    if (previous === 0) firstUpper = kind === 1;
    else if (previous !== kind) flips++;
    previous = kind;
  }
  return { letters, upper, lower, flips, firstUpper };
}

/**
 * Acronyms and names of four or more letters that are written in capitals on purpose; three-letter
 * ones (CEO, FAQ, DHL) never trigger the rule on their own. The pack's vocabulary terms are added.
 */
const ACRONYMS = new Set(
  `ASAP GDPR DSGVO NASA HTML HTTP HTTPS JSON UNICEF NATO IKEA LEGO COVID LGBT LGBTQ LGBTQIA
  LGBTQIA+ ADHD AIDS SARS IBAN HDMI WLAN WIFI UEFA FIFA ASOS NVIDIA AMEX VISA EMEA APAC SAAS OLED
  QLED RSVP USPS FEDEX JPEG ISBN SWIFT NASDAQ ABBA BOGO TLDR ICANN CERN OECD OPEC UNESCO NIST
  ISO ESG KPI CRM SEPA BAFIN BAFÖG MWST TÜV ADAC DEKRA IKEA SAAB VOLVO SKF ABB HEMA POSTNORD
  SMHI SVT DAX FTSE NYSE CMYK HTML5 CSS3`.split(/\s+/),
);

function vocabularyTerms(pack: VoicePack): { exact: Set<string>; byLower: Map<string, string> } {
  let terms = termCache.get(pack);
  if (!terms) {
    terms = { exact: new Set(), byLower: new Map() };
    for (const term of pack.vocabulary.terms) {
      for (const part of term.split(/\s+/)) {
        terms.exact.add(part);
        terms.byLower.set(part.toLowerCase(), part);
      }
    }
    termCache.set(pack, terms);
  }
  return terms;
}
const termCache = new WeakMap<VoicePack, { exact: Set<string>; byLower: Map<string, string> }>();

const GERMAN_NOUNS = new Set(DE_WORDS.joinable.split(/\s+/));
// Adjective stems in the joinable list that are not nouns.
for (const adjective of ['schnell', 'neu', 'alt', 'groß', 'klein', 'voll', 'halb']) {
  GERMAN_NOUNS.delete(adjective);
}
const GERMAN_OTHER = new Set(DE_WORDS.phrase.split(/\s+/));

function isSentenceStart(doc: Doc, wordIndex: number): boolean {
  const word = doc.words[wordIndex]!;
  const sentence = doc.sentences[sentenceAt(doc, word.start)];
  if (sentence && sentence.firstWord === wordIndex) return true;
  // A line start counts too (lists, greetings on their own line).
  let i = word.start - 1;
  while (i >= 0 && (doc.text[i] === ' ' || doc.text[i] === '\t')) i--;
  return i < 0 || doc.text[i] === '\n';
}

function upperFirst(word: string): string {
  const first = String.fromCodePoint(word.codePointAt(0)!);
  return first.toUpperCase() + word.slice(first.length);
}

/**
 * Normal case for words `[first, last]`: lower case, a capital at a sentence start, "I" in
 * English, the pack's spelling of its terms, and German nouns we know. Null when a German word
 * is unknown (we cannot tell a noun from a verb, so we do not guess).
 */
function normalCase(doc: Doc, pack: VoicePack, first: number, last: number): string | null {
  const { text, words, language } = doc;
  const terms = vocabularyTerms(pack).byLower;
  let out = '';
  let cursor = words[first]!.start;
  for (let i = first; i <= last; i++) {
    const word = words[i]!;
    out += text.slice(cursor, word.start);
    cursor = word.end;
    const lower = word.text.toLowerCase();
    let written = terms.get(lower) ?? lower;
    if (written === lower) {
      if (
        language === 'en' &&
        (lower === 'i' || lower.startsWith("i'") || lower.startsWith('i’'))
      ) {
        written = upperFirst(lower);
      } else if (language === 'de') {
        if (GERMAN_NOUNS.has(lower)) written = upperFirst(lower);
        else if (!GERMAN_OTHER.has(lower) && !(i === first && isSentenceStart(doc, i))) return null;
      }
      if (i === first && isSentenceStart(doc, i)) written = upperFirst(written);
    }
    out += written;
  }
  return out;
}

function writeFix(speaker: Speaker, start: number, end: number, fixed: string): Fix {
  return {
    label: say(speaker, 'rule_fix_write', { text: quote(fixed) }),
    start,
    end,
    replacement: fixed,
  };
}

export const allCaps = defineRule({
  id: 'accessibility.all-caps',
  category: 'accessibility',
  severity: 'warning',
  title: 'No ALL CAPS',
  why: 'Words in capitals are harder to read, especially with dyslexia, some screen readers spell them out letter by letter, and they read as shouting.',
  link: SOURCES.ukySocial,
  examples: [
    {
      language: 'en',
      bad: 'Your order is SHIPPING TODAY.',
      good: 'Your order is shipping today.',
    },
    {
      language: 'de',
      bad: 'Ihre Bestellung ist UNTERWEGS.',
      good: 'Ihre Bestellung ist unterwegs.',
    },
    { language: 'sv', bad: 'Din order SKICKAS IDAG.', good: 'Din order skickas i dag.' },
  ],
  check({ doc, pack, context }) {
    const { words, text } = doc;
    const { wordKind } = scan(doc);
    const exact = vocabularyTerms(pack).exact;
    const hits: Hit[] = [];
    const report = (first: number, last: number, longest: number, count: number) => {
      if (!(count >= 2 && longest >= 4) && !(count === 1 && longest >= 6)) return;
      const start = words[first]!.start;
      const end = words[last]!.end;
      const written = text.slice(start, end);
      const fixed = normalCase(doc, pack, first, last);
      hits.push({
        start,
        end,
        message: say(context, 'rule_accessibility_all_caps_message', { text: quote(written) }),
        ...(fixed !== null && fixed !== written
          ? { fixes: [writeFix(context, start, end, fixed)] }
          : {}),
      });
    };
    let first = -1;
    let last = -1;
    let longest = 0;
    let count = 0; // capital words of two letters or more in the run
    for (let i = 0; i < words.length && hits.length < MAX_HITS; i++) {
      const word = words[i]!;
      let caps = false;
      let letters = 0;
      if (wordKind[i] === WORD_PROSE && word.text !== word.lower && !exact.has(word.text)) {
        const c = wordCase(word.text);
        // Words with digits are codes, not shouting ("SUMMER24", "A12345", "COVID19").
        caps = c.upper > 0 && c.lower === 0 && !ACRONYMS.has(word.text) && !/\d/.test(word.text);
        letters = c.letters;
      }
      const continues =
        caps && first >= 0 && !/[\r\n]/.test(text.slice(words[last]!.end, word.start));
      if (!continues && first >= 0) {
        report(first, last, longest, count);
        first = -1;
      }
      if (!caps) continue;
      if (first < 0) {
        first = i;
        longest = 0;
        count = 0;
      }
      last = i;
      longest = Math.max(longest, letters);
      if (letters >= 2) count++;
    }
    if (first >= 0 && hits.length < MAX_HITS) report(first, last, longest, count);
    return hits;
  },
});

/** Brand names with unusual capitals that alternate. */
const ALTERNATING_NAMES = new Set(['LaTeX', 'TeX', 'BiBTeX', 'WoW', 'MiG', 'LiDAR', 'DiY']);

function isAlternating(c: WordCase): 'strong' | 'weak' | null {
  if (c.letters >= 6 && c.flips >= 0.7 * (c.letters - 1) && c.upper >= 2 && c.lower >= 2) {
    return 'strong';
  }
  if (c.letters >= 3 && c.flips === c.letters - 1) {
    // "HeY" could be a name; mocking text usually starts small ("hEy").
    if (c.letters === 3 && c.firstUpper) return null;
    return 'strong';
  }
  // Two letters, small then capital: "iS", "sO".
  if (c.letters === 2 && !c.firstUpper && c.flips === 1) return 'weak';
  return null;
}

export const alternatingCase = defineRule({
  id: 'accessibility.alternating-case',
  category: 'accessibility',
  severity: 'warning',
  title: 'No aLtErNaTiNg case',
  why: 'Mocking "SpongeBob" case is hard to read for everyone and is read out letter by letter or garbled by screen readers.',
  link: SOURCES.accessibleSocialFormatting,
  examples: [
    {
      language: 'en',
      bad: 'oH sUrE, wE lOvE wAiTiNg',
      good: 'We know waiting is frustrating.',
    },
  ],
  check({ doc, pack, context }) {
    const { words, text } = doc;
    const { wordKind } = scan(doc);
    const exact = vocabularyTerms(pack).exact;
    const hits: Hit[] = [];
    let first = -1;
    let last = -1;
    let letters = 0;
    let strong = false;
    const report = () => {
      if (first >= 0 && strong && letters >= 5) {
        const start = words[first]!.start;
        const end = words[last]!.end;
        const fixed = normalCase(doc, pack, first, last);
        hits.push({
          start,
          end,
          message: say(context, 'rule_accessibility_alternating_case_message', {
            text: quote(text.slice(start, end)),
          }),
          ...(fixed !== null ? { fixes: [writeFix(context, start, end, fixed)] } : {}),
        });
      }
      first = -1;
      letters = 0;
      strong = false;
    };
    for (let i = 0; i < words.length && hits.length < MAX_HITS; i++) {
      const word = words[i]!;
      let kind: 'strong' | 'weak' | null = null;
      let c: WordCase | null = null;
      if (
        wordKind[i] === WORD_PROSE &&
        word.text !== word.lower &&
        !exact.has(word.text) &&
        !ALTERNATING_NAMES.has(word.text)
      ) {
        c = wordCase(word.text);
        kind = isAlternating(c);
      }
      const continues =
        kind && first >= 0 && !/[\r\n]/.test(text.slice(words[last]!.end, word.start));
      if (!continues && first >= 0) report();
      if (!kind || !c) continue;
      if (first < 0) first = i;
      last = i;
      letters += c.letters;
      if (kind === 'strong') strong = true;
    }
    if (hits.length < MAX_HITS) report();
    return hits;
  },
});
