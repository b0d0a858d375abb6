import type { Language } from '../voice/schema';
import type { PhraseEntry, PhraseList } from './data/types';
import type { Doc, Hit, Rule, RuleEnv } from './rule';
import { alternatives, say, type Speaker } from './say';
import { matchCase } from './text/case';
import { longestNonOverlapping, PhraseMatcher, type PhraseMatch } from './text/phrase-matcher';

export type ListsByLanguage = Partial<Record<Language, PhraseList>>;

const matcherCache = new WeakMap<PhraseList, PhraseMatcher<PhraseEntry>>();

export function matcherFor(list: PhraseList): PhraseMatcher<PhraseEntry> {
  let matcher = matcherCache.get(list);
  if (!matcher) {
    matcher = new PhraseMatcher<PhraseEntry>();
    for (const entry of list) for (const phrase of entry.match) matcher.add(phrase, entry);
    matcherCache.set(list, matcher);
  }
  return matcher;
}

function matchedText(doc: Doc, match: PhraseMatch<PhraseEntry>): string {
  return doc.words
    .slice(match.firstWord, match.endWord)
    .map((word) => word.lower)
    .join(' ');
}

function allowedByContext(doc: Doc, match: PhraseMatch<PhraseEntry>): boolean {
  const { unless } = match.value;
  if (!unless) return true;
  const before = doc.words[match.firstWord - 1];
  const after = doc.words[match.endWord];
  if (unless.words?.includes(matchedText(doc, match))) return false;
  if (unless.before && before && unless.before.includes(before.lower)) return false;
  if (unless.after && after && unless.after.includes(after.lower)) return false;
  return true;
}

/** Occurrences of a word list's phrases in the text, longest first, never overlapping. */
export function findPhrases(doc: Doc, list: PhraseList | undefined): PhraseMatch<PhraseEntry>[] {
  if (!list || doc.words.length === 0) return [];
  return longestNonOverlapping(matcherFor(list).matchAll(doc.words)).filter((m) =>
    allowedByContext(doc, m),
  );
}

export function matchSpan(doc: Doc, match: PhraseMatch<unknown>): { start: number; end: number } {
  return { start: doc.words[match.firstWord]!.start, end: doc.words[match.endWord - 1]!.end };
}

export function phraseHit(
  doc: Doc,
  match: PhraseMatch<PhraseEntry>,
  describe: (found: string, entry: PhraseEntry) => string,
  speaker: Speaker = {},
): Hit {
  const { start, end } = matchSpan(doc, match);
  const found = doc.text.slice(start, end);
  const entry = match.value;
  const atSentenceStart = doc.sentences.some((sentence) => sentence.start === start);
  return {
    start,
    end,
    message: describe(found, entry),
    ...(entry.severity ? { severity: entry.severity } : {}),
    fixes: entry.replace.map((replacement) => {
      const text = matchCase(found, replacement, atSentenceStart, doc.language);
      return {
        label: say(speaker, 'rule_fix_replace_with', { replacement: text }),
        start,
        end,
        replacement: text,
      };
    }),
  };
}

/**
 * A flagged wording with its note and up to three better ones. The note is written in the
 * language of the word list, which is the reply's language.
 */
export function describePhrase(
  speaker: Speaker,
  found: string,
  note: string,
  replace: readonly string[],
): string {
  if (replace.length === 0) return say(speaker, 'rule_phrase_message', { found, note });
  const options = alternatives(speaker, replace.slice(0, 3));
  return say(speaker, 'rule_phrase_message_try', { found, note, options });
}

type PhraseRuleSpec = Omit<Rule, 'check' | 'languages'> & {
  lists: ListsByLanguage;
};

/** A rule that is nothing but a word list per language: shared by the inclusive and human rules. */
export function phraseListRule({ lists, ...meta }: PhraseRuleSpec): Rule {
  return {
    ...meta,
    languages: Object.keys(lists) as Language[],
    check({ doc, context }: RuleEnv): Hit[] {
      const describe = (found: string, entry: PhraseEntry) =>
        describePhrase(context, found, entry.note, entry.replace);
      return findPhrases(doc, lists[doc.language]).map((m) => phraseHit(doc, m, describe, context));
    },
  };
}
