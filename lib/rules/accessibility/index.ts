import type { Rule } from '../rule';
import { allCaps, alternatingCase } from './case';
import { emojiCount, emojiForWords, emojiRepeat } from './emoji';
import { emoticon } from './emoticon';
import { fancyText } from './fancy-text';
import { hashtagCase, hashtagCount, hashtagPlacement } from './hashtags';
import { layoutSpacing } from './layout';
import { linkCount, linkShortener, linkText } from './links';
import { readingLevel, sentenceLength } from './readability';

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
