import type { Intent } from '../../voice/taxonomy';
import {
  ANGER_EMOJI,
  ANNOYED_EMOJI,
  DISTRESS_EMOJI,
  POSITIVE_EMOJI,
  QUESTION_EMOJI,
  SARCASM_EMOJI,
} from '../data/emoji';
import { negatedAt } from './intensity';
import { type Lexicon, matchesOf } from './lexicon';
import type { Token } from './text';

/**
 * Precedence, so that the same kind of message always gets the same answer:
 * 0. Two exceptions decided before scoring: a journalist asking for comment asks a question
 *    (whatever it is about), and thanks with nothing wrong is praise even when it names a domain
 *    ("thanks for sorting my refund so quickly" thanks; it does not ask about a refund).
 * 1. A specific domain (refund, account, outage, delivery, feature-request) is the main intent
 *    when it has real evidence, because it decides who can help and what the substance is; the
 *    feeling or the form (complaint, question, praise) becomes the secondary intent. "Where is my
 *    parcel?!" is delivery + question, "charged twice, unacceptable" is refund + complaint.
 *    Among domains the strongest evidence wins; ties go in the order of DOMAINS.
 * 2. Abuse beats the generic intents, and beats a domain only when the insults clearly outweigh
 *    the problem (a troll, not an upset customer who swears).
 * 3. Otherwise the strongest of complaint, question, praise, mention; ties in that order.
 * 4. Nothing found: mention.
 */
export const DOMAINS: readonly Intent[] = [
  'refund',
  'account',
  'outage',
  'delivery',
  'feature-request',
];
const GENERIC: readonly Intent[] = ['complaint', 'question', 'praise', 'mention'];

const DOMAIN_MIN = 1.5;
const ABUSE_MIN = 2.5;
const GENERIC_MIN = 1;
const SECONDARY_MIN = 1.5;

export interface IntentReading {
  intent: Intent;
  secondaryIntent?: Intent;
  scores: Record<Intent, number>;
}

function has(text: string, emoji: readonly string[]): number {
  return emoji.reduce((n, e) => n + (text.includes(e) ? 1 : 0), 0);
}

export function scoreIntents(
  text: string,
  tokens: readonly Token[],
  lex: Lexicon,
  feeling: { sarcasm: boolean; negatedPositive: number; score: number },
): Record<Intent, number> {
  const scores: Record<Intent, number> = {
    question: 0,
    complaint: 0,
    praise: 0,
    delivery: 0,
    refund: 0,
    outage: 0,
    'feature-request': 0,
    account: 0,
    abuse: 0,
    mention: 0,
  };
  for (const [intent, list] of Object.entries(lex.intents) as [
    Intent,
    typeof lex.intents.question,
  ][]) {
    for (const { re, weight } of list ?? []) {
      const found = matchesOf(re, text);
      if (found.length === 0) continue;
      if (intent === 'praise') {
        // "not happy" is a complaint; sarcastic praise too.
        const plain = found.filter((m) => !negatedAt(text, m.index, tokens, lex));
        if (plain.length < found.length) scores.complaint += weight;
        if (plain.length > 0) scores[feeling.sarcasm ? 'complaint' : 'praise'] += weight;
      } else {
        scores[intent] += weight;
      }
    }
  }
  if (text.includes('?')) scores.question += 1.5;
  scores.question += has(text, QUESTION_EMOJI);
  scores.complaint +=
    has(text, ANGER_EMOJI) * 1.5 +
    has(text, ANNOYED_EMOJI) * 1.5 +
    has(text, SARCASM_EMOJI) +
    has(text, DISTRESS_EMOJI);
  if (!feeling.sarcasm) scores.praise += has(text, POSITIVE_EMOJI) * 1.5;
  // A strongly felt message without complaint words is still a complaint ("WHY?!?! 😡").
  if (feeling.score >= 0.4) scores.complaint += 1;
  return scores;
}

function best(scores: Record<Intent, number>, among: readonly Intent[]): Intent | undefined {
  let found: Intent | undefined;
  for (const intent of among)
    if (found === undefined || scores[intent] > scores[found]) found = intent;
  return found;
}

export interface IntentExceptions {
  /** Thanks with no complaint, question, negation or "but" (rule 0). */
  praiseOnly?: boolean;
  /** A journalist asking for comment (rule 0). */
  askedForComment?: boolean;
}

export function decideIntent(
  scores: Record<Intent, number>,
  exceptions: IntentExceptions = {},
): IntentReading {
  const domain = best(scores, DOMAINS)!;
  const generic = best(scores, GENERIC)!;
  let intent: Intent;
  if (exceptions.askedForComment) intent = 'question';
  else if (exceptions.praiseOnly) intent = 'praise';
  else if (scores[domain] >= DOMAIN_MIN && scores.abuse < scores[domain] * 2) intent = domain;
  else if (scores.abuse >= ABUSE_MIN) intent = 'abuse';
  else if (scores[domain] >= DOMAIN_MIN) intent = domain;
  else if (scores[generic] >= GENERIC_MIN) intent = generic;
  else if (scores[domain] >= GENERIC_MIN) intent = domain;
  else intent = 'mention';

  // The second intent: the feeling or form the message carries, or a second domain.
  const rest = (['complaint', 'question', 'praise', 'abuse', ...DOMAINS] as Intent[]).filter(
    (i) => i !== intent && scores[i] >= SECONDARY_MIN,
  );
  let secondaryIntent: Intent | undefined;
  for (const i of rest)
    if (!secondaryIntent || scores[i] > scores[secondaryIntent]) secondaryIntent = i;
  return { intent, ...(secondaryIntent ? { secondaryIntent } : {}), scores };
}
