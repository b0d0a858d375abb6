import type { Language, VoicePack } from '../../voice/schema';
import { defineRule, type Hit, type Word } from '../rule';
import { say } from '../say';
import type { Fix } from '../types';
import { MAX_HITS, WORD_PROSE, scan, sentenceAt } from './scan';
import { segment, type Segmentation } from './segment';
import { SOURCES } from './sources';

export const hashtagCount = defineRule({
  id: 'accessibility.hashtag-count',
  category: 'accessibility',
  severity: 'warning',
  title: 'Few hashtags',
  why: 'Every hashtag is read out as "hashtag" plus the tag, so a row of them drowns the reply; one or two is plenty.',
  link: SOURCES.gcs,
  examples: [
    {
      language: 'en',
      bad: 'Your replacement ships today! #CustomerCare #Support #Help #Acme',
      good: 'Your replacement ships today! #AcmeCares',
    },
  ],
  check({ doc, pack, context }) {
    const max = pack.readability.maxHashtags;
    const { hashtags } = scan(doc);
    if (hashtags.length <= max) return [];
    const hits: Hit[] = [];
    for (let i = max; i < hashtags.length && hits.length < MAX_HITS; i++) {
      const tag = hashtags[i]!;
      hits.push({
        start: tag.start,
        end: tag.end,
        message: say(context, 'rule_accessibility_hashtag_count_message', {
          count: hashtags.length,
          max,
        }),
      });
    }
    return hits;
  },
});

const LOWER_THEN_UPPER = /\p{Ll}\p{Lu}/u;
const LETTER_RUN = /\p{L}+/gu;

/** Letters a tag needs before we look at its case: shorter tags are read fine as one word. */
export const HASHTAG_CASE_MIN_LETTERS = 8;
/** English tags this long that no dictionary split explains are still worth a hint. */
export const HASHTAG_CASE_LONG_LETTERS = 16;

function capitalise(word: string): string {
  const first = String.fromCodePoint(word.codePointAt(0)!);
  return first.toUpperCase() + word.slice(first.length).toLowerCase();
}

interface TagAnalysis {
  /** The CamelCase tag without "#", when the split is reliable. */
  camel?: string;
  /** Words the tag was split into, for the message. */
  words?: string[];
}

/**
 * Decides whether an all-lower (or all-upper) tag holds several words. Documented choice: a tag
 * is flagged when a dictionary split finds two or more words (see `splitRun` for German and
 * Swedish, where compounds are one word: "#kundenservice", "#kundtjänst"). English tags of 16+
 * letters that no split explains get a hint without a fix. Tags under 8 letters are left alone.
 */
function analyseTag(body: string, language: Language, pack: VoicePack): TagAnalysis | null {
  if (body.includes('_') || LOWER_THEN_UPPER.test(body)) return null;
  let letters = 0;
  let longestRun = 0;
  const runs: { start: number; text: string }[] = [];
  LETTER_RUN.lastIndex = 0;
  for (let m = LETTER_RUN.exec(body); m; m = LETTER_RUN.exec(body)) {
    runs.push({ start: m.index, text: m[0] });
    letters += m[0].length;
    longestRun = Math.max(longestRun, m[0].length);
  }
  LETTER_RUN.lastIndex = 0;
  if (letters < HASHTAG_CASE_MIN_LETTERS) return null;
  let camel = '';
  let cursor = 0;
  let split = false;
  let unexplained = false;
  const words: string[] = [];
  for (const run of runs) {
    camel += body.slice(cursor, run.start);
    cursor = run.start + run.text.length;
    const lower = run.text.toLowerCase();
    const result = run.text.length >= 4 ? splitRun(lower, language, pack) : null;
    if (result && result.reliable && result.segments.length >= 2) {
      split = true;
      for (const s of result.segments) {
        const written = s.term ?? capitalise(s.text);
        camel += written;
        words.push(written);
      }
    } else {
      if (run.text.length >= HASHTAG_CASE_LONG_LETTERS && (!result || !result.reliable)) {
        unexplained = true;
      }
      const written =
        result?.segments.length === 1 && result.segments[0]!.term
          ? result.segments[0]!.term
          : capitalise(run.text);
      camel += written;
      words.push(written);
    }
  }
  camel += body.slice(cursor);
  if (split) return { camel, words };
  if (language === 'en' && unexplained) return {};
  return null;
}

/**
 * English: the dictionary split. German and Swedish: a split in the text's language that starts
 * with a phrase word ("frohes|fest", "trevlig|helg"), else a split into English words only
 * ("black|friday"); any other split is a compound ("kunden|service", "mit|kommen").
 */
function splitRun(lower: string, language: Language, pack: VoicePack): Segmentation | null {
  const english = segment(lower, 'en', pack);
  if (language === 'en') return english;
  const native = segment(lower, language, pack);
  const isPhrase = (s: Segmentation | null): s is Segmentation =>
    s !== null && s.reliable && s.segments.length >= 2;
  if (isPhrase(native) && native.segments[0]!.starter) return native;
  // English words only, of four letters or more ("black|friday", not "kind|he|it" or
  // "under|bar"), unless the text's language reads it as a compound of its own words.
  if (isPhrase(english) && english.segments.every((s) => s.text.length >= 4) && native === null) {
    return english;
  }
  // Not a phrase: keep a single known word (for the pack's spelling of a term), nothing else.
  if (native?.segments.length === 1) return native;
  if (english?.segments.length === 1) return english;
  return null;
}

export const hashtagCase = defineRule({
  id: 'accessibility.hashtag-case',
  category: 'accessibility',
  severity: 'warning',
  title: 'CamelCase hashtags',
  why: 'Screen readers read an all-lower-case hashtag as one long made-up word; a capital at the start of each word ("#BlackFriday") lets them read the words.',
  link: SOURCES.umichHashtags,
  examples: [
    {
      language: 'en',
      bad: 'Deals all weekend #blackfriday',
      good: 'Deals all weekend #BlackFriday',
    },
    {
      language: 'de',
      bad: 'Danke für Ihre Treue #frohesfest',
      good: 'Danke für Ihre Treue #FrohesFest',
    },
    {
      language: 'sv',
      bad: 'Vi har öppet hela helgen #trevlighelg',
      good: 'Vi har öppet hela helgen #TrevligHelg',
    },
  ],
  check({ doc, pack, context }) {
    const hits: Hit[] = [];
    for (const tag of scan(doc).hashtags) {
      if (hits.length >= MAX_HITS) break;
      if (tag.body.length > 60) continue;
      const analysis = analyseTag(tag.body, doc.language, pack);
      if (!analysis) continue;
      const written = doc.text.slice(tag.start, tag.end);
      if (analysis.camel !== undefined && analysis.camel !== tag.body) {
        const fixed = `#${analysis.camel}`;
        hits.push({
          start: tag.start,
          end: tag.end,
          message: say(context, 'rule_accessibility_hashtag_case_message', {
            written,
            fixed,
            words: analysis.words!.join(' '),
          }),
          fixes: [
            {
              label: say(context, 'rule_fix_use', { text: fixed }),
              start: tag.start,
              end: tag.end,
              replacement: fixed,
            },
          ],
        });
      } else if (analysis.camel === undefined) {
        hits.push({
          start: tag.start,
          end: tag.end,
          severity: 'suggestion',
          message: say(context, 'rule_accessibility_hashtag_case_message_unsplit', {
            tag: written,
          }),
        });
      }
    }
    return hits;
  },
});

/** A tag's words for reading it as text: "#BlackFriday" → "Black Friday", "#coffee" → "coffee". */
function tagAsWords(body: string): string {
  return body.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/_/g, ' ');
}

function isSignOff(text: string, word: Word, isLast: boolean): boolean {
  const before = text.charCodeAt(word.start - 1);
  if (before === 0x5e /* ^ */ || before === 0x2f /* / */) return true;
  if (!isLast) return false;
  // "— Anna" or "-JS" as the very last words.
  let i = word.start - 1;
  while (i >= 0 && text[i] === ' ') i--;
  return i >= 0 && '-–—~'.includes(text[i]!);
}

export const hashtagPlacement = defineRule({
  id: 'accessibility.hashtag-placement',
  category: 'accessibility',
  severity: 'warning',
  title: 'Hashtags at the end',
  why: 'A hashtag inside a sentence is read out as "hashtag" in the middle of it, and a block of hashtags before the message makes people listen through all of them first.',
  link: SOURCES.gcs,
  examples: [
    {
      language: 'en',
      bad: 'Our #support team will call you today.',
      good: 'Our support team will call you today. #AcmeCares',
    },
    {
      language: 'de',
      bad: '#Update #Störung Die App läuft wieder.',
      good: 'Die App läuft wieder. #Update',
    },
  ],
  check({ doc, context }) {
    const { text, words } = doc;
    const { hashtags, wordKind } = scan(doc);
    if (hashtags.length === 0) return [];
    // nextProse[i]: the first prose word at or after word i (a sign-off such as "^JS" is not prose).
    const nextProse = new Int32Array(words.length + 1).fill(-1);
    for (let i = words.length - 1; i >= 0; i--) {
      const prose =
        wordKind[i] === WORD_PROSE && !isSignOff(text, words[i]!, i >= words.length - 2);
      nextProse[i] = prose ? i : nextProse[i + 1]!;
    }
    const hits: Hit[] = [];
    let w = 0;
    for (let b = 0; b < hashtags.length && hits.length < MAX_HITS;) {
      // A block: tags with only white space between them.
      let e = b;
      while (
        e + 1 < hashtags.length &&
        /^\s*$/.test(text.slice(hashtags[e]!.end, hashtags[e + 1]!.start))
      )
        e++;
      const first = hashtags[b]!;
      const last = hashtags[e]!;
      while (w < words.length && words[w]!.start < last.end) w++;
      const following = nextProse[w] ?? -1;
      if (following >= 0) {
        if (e > b) {
          hits.push({
            start: first.start,
            end: last.end,
            message: say(context, 'rule_accessibility_hashtag_placement_message_block', {
              count: e - b + 1,
            }),
            // Moving the tags rewrites the rest of the text: only offered for reply-sized text.
            ...(text.length - last.end <= 2_000
              ? {
                  fixes: [
                    moveToEnd(
                      text,
                      first.start,
                      last.end,
                      say(context, 'rule_accessibility_hashtag_placement_fix_move'),
                    ),
                  ],
                }
              : {}),
          });
        } else {
          const sentence = doc.sentences[sentenceAt(doc, first.start)];
          const word = words[following]!;
          const sameLine = !/[\r\n]/.test(text.slice(first.end, word.start));
          if (sentence && following < sentence.endWord && sameLine) {
            const plain = tagAsWords(first.body);
            hits.push({
              start: first.start,
              end: first.end,
              message: say(context, 'rule_accessibility_hashtag_placement_message_inline', {
                tag: text.slice(first.start, first.end),
                plain,
              }),
              fixes: [
                {
                  label: say(context, 'rule_fix_write', { text: plain }),
                  start: first.start,
                  end: first.end,
                  replacement: plain,
                },
              ],
            });
          }
        }
      }
      b = e + 1;
    }
    return hits;
  },
});

/** Moves the tags in `[start, end)` behind the rest of the text. */
function moveToEnd(text: string, start: number, end: number, label: string): Fix {
  let before = start;
  while (before > 0 && /\s/.test(text[before - 1]!)) before--;
  let tail = text.length;
  while (tail > end && /\s/.test(text[tail - 1]!)) tail--;
  const after = /^\s*/.exec(text.slice(end, tail))![0];
  const rest = text.slice(end + after.length, tail);
  // Keep the line break that followed the tags, else the space that came before them.
  const gap = before === 0 ? '' : after.includes('\n') ? after : text.slice(before, start);
  return {
    label,
    start: before,
    end: tail,
    replacement: `${gap}${rest} ${text.slice(start, end)}`,
  };
}
