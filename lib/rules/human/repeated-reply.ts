import { defineRule } from '../rule';
import { say } from '../say';
import { splitWords } from '../text/words';
import { HUMAN_VOICE_STUDY } from './sources';

/** Replies shorter than this are allowed to repeat ("Thanks, Sam!"). */
const MIN_WORDS = 8;
/** Share of word pairs two replies have in common to count as the same reply. */
const SIMILARITY = 0.7;
const CACHE_LIMIT = 500;

function wordPairs(words: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`);
  return pairs;
}

// Recent replies come back on every keystroke; their word pairs are computed once.
const pairCache = new Map<string, Set<string>>();

function pairsOfReply(text: string): Set<string> {
  let pairs = pairCache.get(text);
  if (!pairs) {
    pairs = wordPairs(splitWords(text).map((w) => w.lower));
    if (pairCache.size >= CACHE_LIMIT) pairCache.delete(pairCache.keys().next().value!);
    pairCache.set(text, pairs);
  }
  return pairs;
}

export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const pair of a) if (b.has(pair)) shared++;
  return shared / (a.size + b.size - shared);
}

export const repeatedReply = defineRule({
  id: 'human.repeated-reply',
  category: 'human',
  severity: 'warning',
  title: 'Same reply as to someone else',
  why: 'The same canned reply sent to many people is the screenshot that goes viral; every customer should get a reply written for them.',
  link: HUMAN_VOICE_STUDY,
  examples: [
    {
      language: 'en',
      bad: "Hi Sam, I'm sorry about the delay. Your order ships today and arrives on Friday.",
      good: "Hi Sam, the blue one is back in stock: I've put one aside for you until Monday.",
      context: {
        recentReplies: [
          "Hi Alex, I'm sorry about the delay. Your order ships today and arrives on Friday.",
        ],
      },
    },
  ],
  check({ doc, context }) {
    const recent = context.recentReplies;
    if (!recent || recent.length === 0 || doc.words.length < MIN_WORDS) return [];
    const draft = wordPairs(doc.words.map((w) => w.lower));
    let best = 0;
    for (const reply of recent) best = Math.max(best, similarity(draft, pairsOfReply(reply)));
    if (best < SIMILARITY) return [];
    const first = doc.words[0]!;
    const last = doc.words[doc.words.length - 1]!;
    return [
      {
        start: first.start,
        end: last.end,
        message: say(context, 'rule_human_repeated_reply_message', {
          percent: Math.round(best * 100),
        }),
      },
    ];
  },
});
