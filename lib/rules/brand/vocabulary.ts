import type { VoicePack } from '../../voice/schema';
import { matchSpan } from '../phrase-rule';
import { defineRule, type Doc, type Hit } from '../rule';
import { say, type Speaker } from '../say';
import { matchCase } from '../text/case';
import { isEmbedded } from '../text/embedded';
import { longestNonOverlapping, PhraseMatcher, type PhraseMatch } from '../text/phrase-matcher';

type VocabularyEntry =
  | { kind: 'term'; term: string }
  | { kind: 'banned'; term: string; reason: string; replacement?: string }
  | { kind: 'preferred'; use: string }
  | { kind: 'avoid'; reason?: string; replacement?: string };

const matchers = new WeakMap<VoicePack, PhraseMatcher<VocabularyEntry>>();

/** One matcher for all of a pack's vocabulary, built once per pack and reused on every keystroke. */
function vocabularyMatcher(pack: VoicePack): PhraseMatcher<VocabularyEntry> {
  let matcher = matchers.get(pack);
  if (matcher) return matcher;
  matcher = new PhraseMatcher<VocabularyEntry>();
  const { terms, banned, preferred, avoidPhrases } = pack.vocabulary;
  for (const term of terms) matcher.add(term, { kind: 'term', term });
  for (const entry of banned) matcher.add(entry.term, { kind: 'banned', ...entry });
  for (const entry of preferred) {
    for (const wrong of entry.insteadOf) matcher.add(wrong, { kind: 'preferred', use: entry.use });
  }
  for (const entry of avoidPhrases) {
    matcher.add(entry.phrase, {
      kind: 'avoid',
      reason: entry.reason,
      replacement: entry.replacement,
    });
  }
  matchers.set(pack, matcher);
  return matcher;
}

interface Located {
  start: number;
  end: number;
  found: string;
  atSentenceStart: boolean;
  language: Doc['language'];
}

const perDoc = new WeakMap<Doc, PhraseMatch<VocabularyEntry>[]>();

function vocabularyMatches(doc: Doc, pack: VoicePack): PhraseMatch<VocabularyEntry>[] {
  let matches = perDoc.get(doc);
  if (!matches) {
    matches = vocabularyMatcher(pack).matchAll(doc.words);
    perDoc.set(doc, matches);
  }
  return matches;
}

function locate(doc: Doc, match: PhraseMatch<unknown>): Located | undefined {
  const { start, end } = matchSpan(doc, match);
  if (isEmbedded(doc.text, start, end)) return undefined;
  return {
    start,
    end,
    found: doc.text.slice(start, end),
    atSentenceStart: doc.sentences.some((s) => s.start === start),
    language: doc.language,
  };
}

function hitsOf<K extends VocabularyEntry['kind']>(
  doc: Doc,
  pack: VoicePack,
  kind: K,
  toHit: (entry: Extract<VocabularyEntry, { kind: K }>, at: Located) => Hit | undefined,
): Hit[] {
  const own = vocabularyMatches(doc, pack).filter((m) => m.value.kind === kind);
  const hits: Hit[] = [];
  for (const match of longestNonOverlapping(own)) {
    const at = locate(doc, match);
    if (!at) continue;
    const hit = toHit(match.value as Extract<VocabularyEntry, { kind: K }>, at);
    if (hit) hits.push(hit);
  }
  return hits;
}

function replaceFix(speaker: Speaker, at: Located, replacement: string, keepCase = true) {
  const text = keepCase
    ? matchCase(at.found, replacement, at.atSentenceStart, at.language)
    : replacement;
  return {
    label: say(speaker, 'rule_fix_replace_with', { replacement: text }),
    start: at.start,
    end: at.end,
    replacement: text,
  };
}

export const termCase = defineRule({
  id: 'brand.term-case',
  category: 'brand',
  severity: 'warning',
  title: 'Product name spelled differently',
  why: 'Product and brand names have one spelling; a brand that misspells its own names looks careless.',
  link: 'https://vale.sh/docs/checks/capitalization',
  examples: [
    { language: 'en', bad: 'Update the Iphone app.', good: 'Update the iPhone app.' },
    {
      language: 'de',
      bad: 'Schau auf unserem Youtube-Kanal vorbei.',
      good: 'Schau auf unserem YouTube-Kanal vorbei.',
    },
    { language: 'sv', bad: 'Du hittar oss på Linkedin.', good: 'Du hittar oss på LinkedIn.' },
  ],
  check({ doc, pack, context }) {
    return hitsOf(doc, pack, 'term', ({ term }, at) =>
      at.found === term
        ? undefined
        : {
            start: at.start,
            end: at.end,
            message: say(context, 'rule_brand_term_case_message', { term, found: at.found }),
            fixes: [replaceFix(context, at, term, false)],
          },
    );
  },
});

export const banned = defineRule({
  id: 'brand.banned',
  category: 'brand',
  severity: 'error',
  title: 'Banned term',
  why: 'The voice pack bans this term; its reason says why.',
  link: 'https://vale.sh/docs/checks/existence',
  examples: [
    {
      language: 'en',
      bad: 'Thanks for waiting, valued customer.',
      good: 'Thanks for waiting, Sam.',
    },
    {
      language: 'de',
      bad: 'Lieber Kunde, das Paket ist unterwegs.',
      good: 'Hallo Jana, das Paket ist unterwegs.',
    },
    { language: 'sv', bad: 'Bästa kund, paketet är på väg.', good: 'Hej Åsa, paketet är på väg.' },
  ],
  check({ doc, pack, context }) {
    return hitsOf(doc, pack, 'banned', (entry, at) => ({
      start: at.start,
      end: at.end,
      message: say(context, 'rule_brand_banned_message', { found: at.found, reason: entry.reason }),
      fixes: entry.replacement !== undefined ? [replaceFix(context, at, entry.replacement)] : [],
    }));
  },
});

export const preferred = defineRule({
  id: 'brand.preferred',
  category: 'brand',
  severity: 'warning',
  title: 'Preferred wording',
  why: 'The voice pack prefers one word over its synonyms, so every reply sounds like the same brand.',
  link: 'https://vale.sh/docs/checks/substitution',
  examples: [
    { language: 'en', bad: 'I can assist with the return.', good: 'I can help with the return.' },
    { language: 'de', bad: 'Ich kann dir gern behilflich sein.', good: 'Ich helfe dir gern.' },
    {
      language: 'sv',
      bad: 'Angående din order: den är skickad.',
      good: 'Om din order: den är skickad.',
    },
  ],
  check({ doc, pack, context }) {
    return hitsOf(doc, pack, 'preferred', ({ use }, at) => ({
      start: at.start,
      end: at.end,
      message: say(context, 'rule_brand_preferred_message', { use, found: at.found }),
      fixes: [replaceFix(context, at, use)],
    }));
  },
});

export const avoidPhrase = defineRule({
  id: 'brand.avoid-phrase',
  category: 'brand',
  severity: 'warning',
  title: 'Phrase to avoid',
  why: 'The voice pack lists phrases that do not sound like the brand.',
  link: 'https://vale.sh/docs/checks/existence',
  examples: [
    {
      language: 'en',
      bad: 'Rest assured, we are on it.',
      good: 'I’ve asked the warehouse to resend it today.',
    },
    { language: 'de', bad: 'Ich melde mich zeitnah.', good: 'Ich melde mich bis 17 Uhr.' },
    { language: 'sv', bad: 'Jag återkommer snarast.', good: 'Jag återkommer före klockan 17.' },
  ],
  check({ doc, pack, context }) {
    return hitsOf(doc, pack, 'avoid', (entry, at) => ({
      start: at.start,
      end: at.end,
      message: entry.reason
        ? say(context, 'rule_brand_avoid_phrase_message_reason', {
            found: at.found,
            reason: entry.reason,
          })
        : say(context, 'rule_brand_avoid_phrase_message', { found: at.found }),
      fixes: entry.replacement ? [replaceFix(context, at, entry.replacement)] : [],
    }));
  },
});
