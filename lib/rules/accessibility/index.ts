import type { Rule } from '../rule';
import { allCaps, alternatingCase } from './case';
import { emojiCount, emojiForWords, emojiRepeat } from './emoji';
import { emoticon } from './emoticon';
import { fancyText } from './fancy-text';
import { hashtagCase, hashtagCount, hashtagPlacement } from './hashtags';
import { layoutSpacing } from './layout';
import { linkCount, linkShortener, linkText } from './links';
import { readingLevel, sentenceLength } from './readability';

/**
 * Accessibility rules for social replies (catalog and sources: shared/research/rules.md).
 *
 * Thresholds and decisions, each documented where it is applied:
 * - hashtag-case: tags of 8+ letters written all lower or all upper case; flagged with a CamelCase
 *   fix when a dictionary split (hashtag-words.ts, DP in segment.ts, tags ≤ 40 letters) finds 2+
 *   words. German and Swedish compounds are one word: flagged only when the split starts with a
 *   phrase word ("#frohesfest", "#trevlighelg") or is all English ("#blackfriday"). English tags
 *   of 16+ letters without a split get a hint without a fix. Measured on the 10,000 most common
 *   words per language (8+ letters, as tags): 15 of 3,424 English, 3 of 3,368 German and 3 of
 *   2,605 Swedish words flagged, mostly place and web names ("#springfield").
 * - hashtag-count / emoji-count: over `pack.readability.maxHashtags` / `pack.tone.emoji.max`.
 * - hashtag-placement: a single tag followed by words of its sentence, or a block of 2+ tags
 *   followed by any words (a sign-off such as "^JS" is not words).
 * - emoji-repeat: the same emoji twice in a row, or three times in the text.
 * - emoji-for-words: an emoji after an article, possessive, subject pronoun, preposition or
 *   intensifier, or between two words when the next starts in lower case and does not start a
 *   clause; emoji starting two or more lines (bullets).
 * - fancy-text: mathematical, circled, full-width and squared letters always; small capitals
 *   from 2 and superscript letters from 3 in a run (IPA "bɪt" and "1ˢᵗ" are real text).
 * - all-caps: 2+ capital words in a row with one of 4+ letters, or one of 6+ letters; known
 *   acronyms, pack terms and words with digits (codes) are exempt.
 * - alternating-case: runs of words whose letters flip case at nearly every step, 5+ letters.
 * - emoticon: ASCII faces that end a word and never follow a digit (not "10:30", "1:3", "8)").
 * - link-text, link-shortener (t.co exempt), link-count (more than one link).
 * - layout-spacing: tabs, or 3+ spaces inside a line (not trailing, not a space indent).
 * - sentence-length: over `pack.readability.maxSentenceWords`, words of links and tags excluded.
 * - reading-level: Flesch-Kincaid grade (en) or LIX (de, sv) over the pack's limit, only with
 *   40+ words or 3+ sentences of 20+ words; a suggestion pointing at the hardest sentence.
 *
 * No rule reports more than 200 findings. Measured (Node 20, medians, all sixteen rules on a
 * prepared text): 0.03 ms on a 280-character reply, 0.4 ms on 5,000 characters, and 0.3 to
 * about 10 ms on 100 KB adversarial inputs (see tests/unit/rules/accessibility/robustness.test.ts).
 */
export const ACCESSIBILITY_RULES: readonly Rule[] = [
  hashtagCase,
  hashtagCount,
  hashtagPlacement,
  emojiCount,
  emojiRepeat,
  emojiForWords,
  fancyText,
  allCaps,
  alternatingCase,
  emoticon,
  linkText,
  linkShortener,
  linkCount,
  layoutSpacing,
  sentenceLength,
  readingLevel,
];
