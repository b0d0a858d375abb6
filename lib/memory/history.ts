/**
 * What memory tells the composer and the panel's card about a customer, from their record. Plain
 * values in, plain values out: the panel localizes the card, the composer fills its templates.
 */
import type { CustomerHistory } from '../compose/types';
import type { PlatformId } from '../platforms';
import type { Intent } from '../voice/taxonomy';
import type { CustomerRecord, Interaction } from './types';

const DAY = 24 * 60 * 60 * 1000;

/** Intents that mean something is wrong for the customer: open until someone marks them solved. */
export const PROBLEM_INTENTS: ReadonlySet<Intent> = new Set([
  'complaint',
  'delivery',
  'refund',
  'outage',
  'account',
]);

/** Explicitly marked unsolved, or a problem nobody has marked solved yet. */
export function isUnresolved(interaction: Pick<Interaction, 'resolved' | 'intent'>): boolean {
  if (interaction.resolved !== undefined) return !interaction.resolved;
  return interaction.intent !== undefined && PROBLEM_INTENTS.has(interaction.intent);
}

/**
 * The conversation an interaction belongs to: its thread, or, where the page has no thread URL
 * (some DMs), the identity's replies on the same UTC day.
 */
export function conversationKey(
  interaction: Pick<Interaction, 'threadUrl' | 'identityId' | 'at'>,
): string {
  if (interaction.threadUrl) return `thread:${interaction.threadUrl}`;
  return `day:${interaction.identityId}:${Math.floor(interaction.at / DAY)}`;
}

/**
 * Conversations and how many of them are unresolved. A conversation's state is its newest
 * reply's: a complaint followed by a "thanks, all sorted" reply in the same thread is solved.
 */
export function summarizeConversations(interactions: readonly Interaction[]): {
  conversations: number;
  unresolved: number;
} {
  const newest = new Map<string, Interaction>();
  for (const interaction of interactions) {
    const key = conversationKey(interaction);
    const seen = newest.get(key);
    if (!seen || interaction.at > seen.at) newest.set(key, interaction);
  }
  let unresolved = 0;
  for (const interaction of newest.values()) if (isUnresolved(interaction)) unresolved++;
  return { conversations: newest.size, unresolved };
}

function newestOf(interactions: readonly Interaction[]): Interaction | undefined {
  let newest: Interaction | undefined;
  for (const interaction of interactions)
    if (!newest || interaction.at > newest.at) newest = interaction;
  return newest;
}

// What we said we did, in the words the pack's templates expect after "Last time we …",
// "Letztes Mal haben wir …" and "Förra gången hade vi …". Only a first-person perfect counts
// ("I've sent", "wir haben … geschickt"): a promise ("I'll send") or a negation ("haven't sent")
// is not something we did, so it matches nothing and the outcome is left out.
const OUTCOMES: { re: RegExp; outcome: string }[] = [
  {
    re: /\b(?:I|we)(?:'ve|’ve| have) (?:just |now |already )?(?:sent|shipped|dispatched|posted|ordered|arranged) (?:you |out )?(?:a |an )?(?:new|replacement|fresh)\b/i,
    outcome: 'sent a replacement',
  },
  {
    re: /\b(?:I|we)(?:'ve|’ve| have) (?:just |now |already )?(?:(?:issued|processed|started|initiated|approved|arranged)\b[^.!?\n]{0,40}?\brefund|refunded)\b/i,
    outcome: 'issued a refund',
  },
  {
    re: /\b(?:I|we)(?:'ve|’ve| have) (?:just |now |already )?(?:passed|escalated|forwarded|handed|flagged)\b[^.!?\n]{0,40}?\b(?:to|with)\b/i,
    outcome: 'passed it on to the team',
  },
  {
    re: /\b(?:habe|haben)\b[^.!?\n]{0,40}?\b(?:Ersatz|(?:ein(?:e|en)? )?neue[ns]?)\b[^.!?\n]{0,40}?\b(?:geschickt|verschickt|versendet|losgeschickt|bestellt)\b/i,
    outcome: 'einen Ersatz geschickt',
  },
  {
    re: /\b(?:habe|haben)\b[^.!?\n]{0,40}?\b(?:(?:Rück)?erstattung|Geld)\b[^.!?\n]{0,40}?\s(?:veranlasst|angewiesen|ausgelöst|erstattet|überwiesen|zurücküberwiesen)\b/i,
    outcome: 'die Erstattung veranlasst',
  },
  {
    re: /\b(?:habe|haben)\b[^.!?\n]{0,40}?\b(?:weitergeleitet|weitergegeben|eskaliert)\b/i,
    outcome: 'es an das Team weitergegeben',
  },
  {
    re: /\b(?:har|jag har|vi har)\b[^.!?\n]{0,40}?\b(?:skickat|beställt)\b[^.!?\n]{0,30}?\b(?:ersättning|en ny|ett nytt)\b/i,
    outcome: 'skickat en ersättning',
  },
  {
    re: /\b(?:har)\b[^.!?\n]{0,40}?\s(?:återbetalat|ordnat en återbetalning|startat en återbetalning|betalat tillbaka)\b/i,
    outcome: 'ordnat en återbetalning',
  },
  {
    re: /\b(?:har)\b[^.!?\n]{0,40}?\b(?:skickat vidare|eskalerat|lämnat över|vidarebefordrat)\b/i,
    outcome: 'skickat det vidare till teamet',
  },
];

/** What our reply says we did, in a few words; undefined when it says nothing we can tell. */
export function outcomeOf(reply: string): string | undefined {
  // A negation inside the match ("wir haben noch nicht … geschickt") is not an outcome.
  const text = reply.slice(0, 2000);
  for (const { re, outcome } of OUTCOMES) {
    const match = re.exec(text);
    if (match && !/\b(?:not|never|nicht|nie|kein\w*|inte|aldrig)\b/i.test(match[0])) return outcome;
  }
  return undefined;
}

/** What the composer and the check are given about the customer. */
export function historyOf(record: CustomerRecord): CustomerHistory {
  const history: CustomerHistory = {
    conversations: record.conversations,
    unresolved: record.unresolved,
  };
  const last = newestOf(record.interactions);
  if (last) {
    history.last = { platform: last.platform, at: new Date(last.at).toISOString() };
    if (last.intent) history.last.intent = last.intent;
    const topic = last.topic?.trim();
    if (topic) history.last.topic = topic;
    const outcome = outcomeOf(last.ourReply);
    if (outcome) history.last.outcome = outcome;
  }
  return history;
}

/**
 * The parts of the card's line ("returning · 3 conversations · last on Instagram 2 days ago:
 * parcel delayed"); the panel words and localizes them.
 */
export interface CardSummary {
  /** We have replied to this person before. */
  returning: boolean;
  conversations: number;
  unresolved: number;
  last?: {
    platform: PlatformId;
    at: number;
    /** Whole days between the last reply and `now` (0 = within the last 24 hours). */
    daysAgo: number;
    intent?: Intent;
    topic?: string;
  };
}

export function describeLast(record: CustomerRecord, now: number): CardSummary {
  const summary: CardSummary = {
    returning: record.interactions.length > 0,
    conversations: record.conversations,
    unresolved: record.unresolved,
  };
  const last = newestOf(record.interactions);
  if (last) {
    summary.last = {
      platform: last.platform,
      at: last.at,
      // A clock a little behind the recorder's is still "today", not "-1 days ago".
      daysAgo: Math.max(0, Math.floor((now - last.at) / DAY)),
    };
    if (last.intent) summary.last.intent = last.intent;
    const topic = last.topic?.trim();
    if (topic) summary.last.topic = topic;
  }
  return summary;
}
