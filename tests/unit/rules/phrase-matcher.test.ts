import { describe, expect, it } from 'vitest';
import { longestNonOverlapping, PhraseMatcher } from '../../../lib/rules/text/phrase-matcher';
import { splitWords } from '../../../lib/rules/text/words';

function find(phrases: string[], text: string): string[] {
  const matcher = new PhraseMatcher<string>();
  for (const phrase of phrases) matcher.add(phrase, phrase);
  const words = splitWords(text);
  return longestNonOverlapping(matcher.matchAll(words)).map((m) =>
    text.slice(words[m.firstWord]!.start, words[m.endWord - 1]!.end),
  );
}

describe('PhraseMatcher', () => {
  it.each([
    [
      'matches regardless of case and spacing',
      ['kind regards'],
      'KIND   regards, Sam',
      ['KIND   regards'],
    ],
    ['does not match across punctuation', ['sorry you feel'], 'Sorry. You feel ok?', []],
    ['does not match across a line break', ['kind regards'], 'kind\nregards', []],
    ['matches across a hyphen', ['e mail'], 'Send an e-mail today', ['e-mail']],
    [
      'folds the typographic apostrophe',
      ["we're sorry"],
      'We’re sorry about that',
      ['We’re sorry'],
    ],
    ['matches a word, not a part of it', ['ass'], 'a class assignment', []],
    ['matches non-ASCII words whole', ['ärlig'], 'en ärlig sak, oärlig', ['ärlig']],
    ['does not match inside a longer German word', ['mangel'], 'Mängel und Mangelware', []],
    [
      'expands a wildcard word',
      ['geisteskrank*'],
      'Geisteskranke und geisteskrank',
      ['Geisteskranke', 'geisteskrank'],
    ],
    [
      'prefers the longest phrase',
      ['sorry', 'sorry you feel that way'],
      "I'm sorry you feel that way",
      ['sorry you feel that way'],
    ],
    ['finds every occurrence', ['dm us'], 'DM us. Or DM us again', ['DM us', 'DM us']],
  ])('%s', (_name, phrases, text, expected) => {
    expect(find(phrases, text)).toEqual(expected);
  });
});
