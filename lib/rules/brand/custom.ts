import type { CustomRule, VoicePack } from '../../voice/schema';
import { matchSpan } from '../phrase-rule';
import type { Doc, Hit, Rule, Word } from '../rule';
import { matchCase } from '../text/case';
import { longestNonOverlapping, PhraseMatcher, type PhraseMatch } from '../text/phrase-matcher';
import { metrics } from '../text/readability';
import { say, type Speaker } from '../say';

type Of<K extends CustomRule['kind']> = Extract<CustomRule, { kind: K }>;

function fill(message: string, found: string): string {
  return message.replace(/%s/g, found);
}

function wholeText(doc: Doc): { start: number; end: number } {
  const first = doc.words[0];
  const last = doc.words[doc.words.length - 1];
  return first && last ? { start: first.start, end: last.end } : { start: 0, end: doc.text.length };
}

function spanOf(doc: Doc, m: PhraseMatch<unknown>) {
  const { start, end } = matchSpan(doc, m);
  return { start, end, found: doc.text.slice(start, end) };
}

/** Phrase occurrences; with `ignorecase: false` the text must also match the phrase's own casing. */
function phraseFinder(phrases: readonly string[], ignorecase: boolean) {
  const matcher = new PhraseMatcher<string>();
  for (const phrase of phrases) matcher.add(phrase, phrase);
  return (doc: Doc) => {
    const exact = matcher
      .matchAll(doc.words)
      .filter((m) => ignorecase || spanOf(doc, m).found === m.value);
    return longestNonOverlapping(exact).map((m) => ({ ...spanOf(doc, m), phrase: m.value }));
  };
}

function regexMatches(
  doc: Doc,
  pattern: RegExp,
): { start: number; end: number; found: string; group?: string }[] {
  const out = [];
  for (const m of doc.text.matchAll(pattern)) {
    if (m[0].length === 0) continue;
    out.push({ start: m.index, end: m.index + m[0].length, found: m[0], group: m[1] });
  }
  return out;
}

// Unicode's sentence rules read "done. the rest" as one sentence (a full stop before a lower-case
// letter is an abbreviation to them); for capitalisation that is exactly the mistake to catch, so
// a full stop after a word that is not a known abbreviation also opens a sentence here.
const ABBREVIATIONS = new Set(
  'etc vs approx ca bzw usw ggf evtl inkl nr no st dr mr mrs ms jr sr co inc ltd resp dvs osv mm ev kl tel'.split(
    ' ',
  ),
);

function sentenceOpeners(doc: Doc): Word[] {
  const openers: Word[] = [];
  const sentenceStarts = new Set(doc.sentences.map((s) => s.start));
  for (let i = 0; i < doc.words.length; i++) {
    const word = doc.words[i]!;
    // Sentences that open with a number, an emoji, a @handle or a link have no capital to check.
    if (sentenceStarts.has(word.start)) {
      openers.push(word);
      continue;
    }
    const previous = doc.words[i - 1];
    if (!previous || previous.text.length < 2 || ABBREVIATIONS.has(previous.lower)) continue;
    if (/^\.[ \t]+$/.test(doc.text.slice(previous.end, word.start))) openers.push(word);
  }
  return openers;
}

type Run = (doc: Doc, speaker: Speaker) => Hit[];

const compilers: { [K in CustomRule['kind']]: (rule: Of<K>) => Run } = {
  existence(rule) {
    const findTokens = phraseFinder(rule.tokens, rule.ignorecase);
    const raw = rule.raw.map((source) => new RegExp(source, rule.ignorecase ? 'giu' : 'gu'));
    const exceptions = new Set(rule.exceptions.map((e) => (rule.ignorecase ? e.toLowerCase() : e)));
    return (doc) => {
      const found = [...findTokens(doc), ...raw.flatMap((r) => regexMatches(doc, r))];
      return found
        .filter((m) => !exceptions.has(rule.ignorecase ? m.found.toLowerCase() : m.found))
        .map((m) => ({ start: m.start, end: m.end, message: fill(rule.message, m.found) }));
    };
  },
  substitution(rule) {
    const swap = new Map(Object.entries(rule.swap).map(([bad, good]) => [bad.toLowerCase(), good]));
    const find = phraseFinder(Object.keys(rule.swap), rule.ignorecase);
    return (doc, speaker) =>
      find(doc).map((m) => {
        const good = swap.get(m.phrase.toLowerCase())!;
        const replacement = matchCase(m.found, good);
        return {
          start: m.start,
          end: m.end,
          message: fill(rule.message, m.found),
          fixes: [
            {
              label: say(speaker, 'rule_fix_replace_with', { replacement }),
              start: m.start,
              end: m.end,
              replacement,
            },
          ],
        };
      });
  },
  occurrence(rule) {
    const pattern = new RegExp(rule.token, 'giu');
    const scopes = (doc: Doc) =>
      rule.scope === 'sentence'
        ? doc.sentences.map((s) => ({ start: s.start, end: s.end }))
        : [{ start: 0, end: doc.text.length }];
    return (doc) => {
      if (doc.words.length === 0) return [];
      const all = regexMatches(doc, pattern);
      const hits: Hit[] = [];
      for (const scope of scopes(doc)) {
        const inScope = all.filter((m) => m.start >= scope.start && m.end <= scope.end);
        if (rule.max !== undefined && inScope.length > rule.max) {
          for (const m of inScope.slice(rule.max)) {
            hits.push({ start: m.start, end: m.end, message: fill(rule.message, m.found) });
          }
        }
        if (rule.min !== undefined && inScope.length < rule.min) {
          const span = rule.scope === 'sentence' ? scope : wholeText(doc);
          hits.push({ ...span, message: fill(rule.message, doc.text.slice(span.start, span.end)) });
        }
      }
      return hits;
    };
  },
  capitalization(rule) {
    const exceptions = new Set(rule.exceptions);
    return (doc, speaker) => {
      const hits: Hit[] = [];
      if (rule.match === '$sentence') {
        for (const word of sentenceOpeners(doc)) {
          if (exceptions.has(word.text) || !/^\p{Ll}/u.test(word.text)) continue;
          const replacement = word.text.charAt(0).toUpperCase() + word.text.slice(1);
          hits.push({
            start: word.start,
            end: word.end,
            message: fill(rule.message, word.text),
            fixes: [
              {
                label: say(speaker, 'rule_brand_custom_fix_capitalize', { text: replacement }),
                start: word.start,
                end: word.end,
                replacement,
              },
            ],
          });
        }
        return hits;
      }
      const wrongCase = rule.match === '$lower' ? /\p{Lu}/u : /\p{Ll}/u;
      for (const word of doc.words) {
        if (exceptions.has(word.text) || !wrongCase.test(word.text)) continue;
        const replacement =
          rule.match === '$lower' ? word.text.toLowerCase() : word.text.toUpperCase();
        hits.push({
          start: word.start,
          end: word.end,
          message: fill(rule.message, word.text),
          fixes: [
            {
              label: say(speaker, 'rule_fix_replace_with', { replacement }),
              start: word.start,
              end: word.end,
              replacement,
            },
          ],
        });
      }
      return hits;
    };
  },
  consistency(rule) {
    const pairs = rule.either.map(([a, b]) => ({
      a,
      b,
      findA: phraseFinder([a], rule.ignorecase),
      findB: phraseFinder([b], rule.ignorecase),
    }));
    return (doc, speaker) => {
      const hits: Hit[] = [];
      for (const { a, b, findA, findB } of pairs) {
        const as = findA(doc);
        const bs = findB(doc);
        if (as.length === 0 || bs.length === 0) continue;
        // The spelling used first sets the standard for the rest of the reply.
        const [keep, odd] = as[0]!.start <= bs[0]!.start ? [a, bs] : [b, as];
        for (const m of odd) {
          const replacement = matchCase(m.found, keep);
          hits.push({
            start: m.start,
            end: m.end,
            message: fill(rule.message, m.found),
            fixes: [
              {
                label: say(speaker, 'rule_fix_replace_with', { replacement }),
                start: m.start,
                end: m.end,
                replacement,
              },
            ],
          });
        }
      }
      return hits;
    };
  },
  conditional(rule) {
    const first = new RegExp(rule.first, 'gu');
    const second = new RegExp(rule.second, 'gu');
    const exceptions = new Set(rule.exceptions);
    return (doc) => {
      const defined = new Set(regexMatches(doc, second).map((m) => m.group ?? m.found));
      const seen = new Set<string>();
      const hits: Hit[] = [];
      for (const m of regexMatches(doc, first)) {
        const key = m.group ?? m.found;
        if (defined.has(key) || exceptions.has(key) || seen.has(key)) continue;
        seen.add(key);
        hits.push({ start: m.start, end: m.end, message: fill(rule.message, key) });
      }
      return hits;
    };
  },
  metric(rule) {
    return (doc) => {
      if (doc.words.length === 0) return [];
      const value = metrics(doc)[rule.metric];
      const tooHigh = rule.max !== undefined && value > rule.max;
      const tooLow = rule.min !== undefined && value < rule.min;
      if (!tooHigh && !tooLow) return [];
      const rounded = Number.isInteger(value) ? String(value) : value.toFixed(1);
      return [{ ...wholeText(doc), message: fill(rule.message, rounded) }];
    };
  },
};

function compile(rule: CustomRule): Rule {
  const run = (compilers[rule.kind] as (r: CustomRule) => Run)(rule);
  return {
    id: `brand.custom.${rule.id}`,
    category: 'brand',
    severity: rule.level,
    title: rule.id,
    why: 'A rule from your team’s voice pack.',
    link: rule.link ?? '',
    ...(rule.languages ? { languages: rule.languages } : {}),
    examples: [],
    check: ({ doc, context }) => run(doc, context),
  };
}

const compiled = new WeakMap<VoicePack, readonly Rule[]>();

/** The pack's own rules, compiled once per pack (regexes, phrase tries) and reused per keystroke. */
export function customRulesFor(pack: VoicePack): readonly Rule[] {
  let rules = compiled.get(pack);
  if (!rules) {
    rules = pack.rules.map(compile);
    compiled.set(pack, rules);
  }
  return rules;
}
