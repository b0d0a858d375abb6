import type { Language } from '../../voice/schema';
import type { Sentence, Word } from '../rule';

const segmenters = new Map<Language, Intl.Segmenter>();

function segmenterFor(language: Language): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/** Sentences with their trailing whitespace trimmed, each linked to its range of words. */
export function splitSentences(text: string, words: readonly Word[], language: Language): Sentence[] {
  const sentences: Sentence[] = [];
  let wordIndex = 0;
  for (const { index, segment } of segmenterFor(language).segment(text)) {
    let start = index;
    let end = index + segment.length;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    while (start < end && /\s/.test(text[start]!)) start++;
    if (end === start) continue;
    const firstWord = wordIndex;
    while (wordIndex < words.length && words[wordIndex]!.start < end) wordIndex++;
    sentences.push({ start, end, firstWord, endWord: wordIndex });
  }
  return sentences;
}
