import { describe, expect, it } from 'vitest';
import * as humanDe from '../../../lib/rules/data/human-de';
import * as humanEn from '../../../lib/rules/data/human-en';
import * as humanSv from '../../../lib/rules/data/human-sv';
import * as inclusiveDe from '../../../lib/rules/data/inclusive-de';
import * as inclusiveEn from '../../../lib/rules/data/inclusive-en';
import * as inclusiveSv from '../../../lib/rules/data/inclusive-sv';
import type { PhraseEntry, PhraseList } from '../../../lib/rules/data/types';

const INCLUSIVE_LISTS = [
  'ableist',
  'gendered',
  'racial',
  'lgbtq',
  'condescending',
  'suicide',
  'profanity',
];
const HUMAN_LISTS = [
  'formLetter',
  'nonApology',
  'passiveApology',
  'deflection',
  'acknowledgement',
  'formulaicSignOff',
  'greeting',
];

const FILES: Record<string, { module: Record<string, unknown>; lists: string[] }> = {
  'inclusive-en': { module: inclusiveEn, lists: INCLUSIVE_LISTS },
  'inclusive-de': { module: inclusiveDe, lists: INCLUSIVE_LISTS },
  'inclusive-sv': { module: inclusiveSv, lists: INCLUSIVE_LISTS },
  'human-en': { module: humanEn, lists: HUMAN_LISTS },
  'human-de': { module: humanDe, lists: HUMAN_LISTS },
  'human-sv': { module: humanSv, lists: HUMAN_LISTS },
};

const TABLE: [string, PhraseList][] = Object.entries(FILES).flatMap(([file, { module, lists }]) =>
  lists.map((name): [string, PhraseList] => [`${file} ${name}`, module[name] as PhraseList]),
);

/** Problems with one match phrase, as readable strings; empty when it is well formed. */
function phraseProblems(phrase: string): string[] {
  const problems: string[] = [];
  if (phrase !== phrase.toLowerCase()) problems.push('not lower case');
  if (phrase !== phrase.trim()) problems.push('not trimmed');
  if (/\s{2,}|[^\S ]/u.test(phrase)) problems.push('not single-spaced');
  if (phrase.includes('’')) problems.push("uses ’ instead of '");
  if (phrase.length === 0) problems.push('empty');
  const words = phrase.split(' ');
  words.forEach((word, index) => {
    if (!word.includes('*')) return;
    if (index !== words.length - 1 || word.indexOf('*') !== word.length - 1) {
      problems.push('* is allowed only at the end of the last word');
    } else if ([...word.slice(0, -1)].length < 5) {
      problems.push('* needs at least 5 letters before it');
    }
  });
  return problems;
}

/** Words of a phrase as the engine sees them: hyphens split words, as they do in the text. */
function words(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[\s\-‐‑]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{M}\p{N}*']+|[^\p{L}\p{M}\p{N}*']+$/gu, ''))
    .filter((w) => w.length > 0);
}

function wordMatches(pattern: string, word: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : pattern === word;
}

/** Whether `phrase` occurs in `text` word by word, the way the engine would find it, `unless` included. */
function occursIn(phrase: string, text: string, unless: PhraseEntry['unless']): boolean {
  const pattern = words(phrase);
  const target = words(text);
  for (let start = 0; start + pattern.length <= target.length; start++) {
    if (!pattern.every((p, i) => wordMatches(p, target[start + i]!))) continue;
    const before = target[start - 1];
    const after = target[start + pattern.length];
    if (before !== undefined && unless?.before?.includes(before)) continue;
    if (after !== undefined && unless?.after?.includes(after)) continue;
    return true;
  }
  return false;
}

describe('phrase data files export every list the rules read', () => {
  it.each(Object.entries(FILES))('%s', (_file, { module, lists }) => {
    for (const name of lists) {
      const list = module[name];
      expect(Array.isArray(list), `${name} is exported as an array`).toBe(true);
      expect((list as PhraseList).length, `${name} is not empty`).toBeGreaterThan(0);
    }
  });
});

describe.each(TABLE)('%s', (_name, list) => {
  it('has well-formed match phrases', () => {
    const problems: string[] = [];
    for (const entry of list) {
      if (entry.match.length === 0)
        problems.push(`entry with note "${entry.note}" has no match phrase`);
      for (const phrase of entry.match) {
        for (const problem of phraseProblems(phrase)) problems.push(`"${phrase}": ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has no duplicate match phrases', () => {
    const seen = new Map<string, number>();
    for (const entry of list)
      for (const phrase of entry.match) seen.set(phrase, (seen.get(phrase) ?? 0) + 1);
    const duplicates = [...seen]
      .filter(([, count]) => count > 1)
      .map(([phrase, count]) => `${phrase} (${count}×)`);
    expect(duplicates).toEqual([]);
  });

  it('has a note on every entry', () => {
    const missing = list
      .filter((entry) => entry.note.trim().length === 0)
      .map((entry) => entry.match.join(' | '));
    expect(missing).toEqual([]);
  });

  it('has usable replacements', () => {
    const problems: string[] = [];
    const allPhrases = new Set(list.flatMap((entry: PhraseEntry) => entry.match));
    const unlessOf = new Map(
      list.flatMap((entry) => entry.match.map((phrase) => [phrase, entry.unless] as const)),
    );
    for (const entry of list) {
      for (const replacement of entry.replace) {
        if (typeof replacement !== 'string' || replacement.trim().length === 0) {
          problems.push(`${entry.match[0]}: empty replacement`);
        } else if (replacement !== replacement.trim()) {
          problems.push(`${entry.match[0]}: replacement "${replacement}" is not trimmed`);
        } else if (allPhrases.has(replacement.toLowerCase())) {
          problems.push(`${entry.match[0]}: replacement "${replacement}" is itself a match phrase`);
        }
      }
      // The one-click fix must not produce a new finding from the same list.
      const fix = entry.replace[0];
      if (fix !== undefined) {
        for (const phrase of allPhrases) {
          if (occursIn(phrase, fix, unlessOf.get(phrase)))
            problems.push(`${entry.match[0]}: fix "${fix}" contains "${phrase}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has single lower-case words in unless', () => {
    const problems: string[] = [];
    for (const entry of list) {
      for (const word of [...(entry.unless?.before ?? []), ...(entry.unless?.after ?? [])]) {
        if (word !== word.toLowerCase() || words(word).length !== 1 || word.includes('’')) {
          problems.push(`${entry.match[0]}: unless word "${word}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
