import type { Rule } from "../rule";
import { emojiCount, emojiRepeat } from "./emoji";
import { hashtagCount } from "./hashtags";
import { layoutSpacing } from "./layout";
import { linkCount, linkShortener, linkText } from "./links";
import { readingLevel, sentenceLength } from "./readability";

export const ACCESSIBILITY_RULES: readonly Rule[] = [
  hashtagCount,
  emojiCount,
  emojiRepeat,
  linkText,
  linkShortener,
  linkCount,
  layoutSpacing,
  sentenceLength,
  readingLevel,
];
