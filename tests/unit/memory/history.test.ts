import { describe, expect, it } from 'vitest';
import {
  conversationKey,
  describeLast,
  historyOf,
  isUnresolved,
  outcomeOf,
  summarizeConversations,
} from '../../../lib/memory/history';
import type { Contact, CustomerRecord, Identity, Interaction } from '../../../lib/memory/types';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 4, 20, 12);

const contact: Contact = {
  id: 'c1',
  name: 'Maya Patel',
  notes: '',
  tags: [],
  createdAt: NOW - 30 * DAY,
  updatedAt: NOW - 2 * DAY,
};
const identity: Identity = {
  id: 'instagram:maya.p',
  platform: 'instagram',
  handle: 'maya.p',
  contactId: 'c1',
  firstSeen: NOW - 30 * DAY,
  lastSeen: NOW - 2 * DAY,
};

let counter = 0;
function interaction(over: Partial<Interaction>): Interaction {
  counter++;
  return {
    id: `i${counter}`,
    identityId: identity.id,
    platform: 'instagram',
    composerKind: 'direct-message',
    ourReply: 'Thanks, Maya.',
    at: NOW - DAY,
    packId: 'replykit-default',
    packVersion: '1.0.0',
    findings: [],
    suggestion: 'not-used',
    sendKey: `send-${counter}`,
    ...over,
  };
}

function record(interactions: Interaction[]): CustomerRecord {
  return {
    contact,
    identities: [identity],
    interactions,
    ...summarizeConversations(interactions),
  };
}

describe('outcomeOf', () => {
  it.each([
    ["I've sent a new pair out today, tracking to follow.", 'sent a replacement'],
    ['We have just shipped you a replacement jacket.', 'sent a replacement'],
    ['I’ve dispatched a new one by express.', 'sent a replacement'],
    ["I've issued a full refund to your card.", 'issued a refund'],
    ['We have processed your refund, 3–5 days to show.', 'issued a refund'],
    ["I've refunded the shipping.", 'issued a refund'],
    ["I've passed this on to our delivery team.", 'passed it on to the team'],
    ['We have escalated this with the courier.', 'passed it on to the team'],
    ['Ich habe dir heute einen Ersatz geschickt.', 'einen Ersatz geschickt'],
    ['Wir haben die Erstattung gerade veranlasst.', 'die Erstattung veranlasst'],
    ['Ich habe das an unser Team weitergeleitet.', 'es an das Team weitergegeben'],
    ['Jag har skickat en ny till dig idag.', 'skickat en ersättning'],
    ['Vi har återbetalat hela beloppet.', 'ordnat en återbetalning'],
    ['Wir haben dir das Geld überwiesen.', 'die Erstattung veranlasst'],
    ['Jag har skickat vidare det till teamet.', 'skickat det vidare till teamet'],
  ])('%s → %s', (reply, outcome) => {
    expect(outcomeOf(reply)).toBe(outcome);
  });

  it.each([
    "I'll send a new pair tomorrow.", // a promise, not something done
    "I haven't sent a replacement yet, sorry.",
    "I've not sent a new one yet.",
    "I've started looking into the delay.",
    'Wir haben den Ersatz noch nicht geschickt.',
    'Vi har inte skickat en ny ännu.',
    'Thanks so much for the kind words!',
    '',
  ])('nothing for %j', (reply) => {
    expect(outcomeOf(reply)).toBeUndefined();
  });
});

describe('conversations and unresolved', () => {
  it('a problem counts as unresolved until someone marks it; other intents do not', () => {
    expect(isUnresolved({ intent: 'delivery' })).toBe(true);
    expect(isUnresolved({ intent: 'delivery', resolved: true })).toBe(false);
    expect(isUnresolved({ intent: 'praise' })).toBe(false);
    expect(isUnresolved({ intent: 'question', resolved: false })).toBe(true);
    expect(isUnresolved({})).toBe(false);
  });

  it('groups by thread, or by identity and UTC day without a thread URL', () => {
    const base = Date.UTC(2026, 4, 10, 9);
    const a = interaction({ threadUrl: 'https://x.com/maya/status/1', at: base });
    const b = interaction({ threadUrl: 'https://x.com/maya/status/1', at: base + 5 * DAY });
    const c = interaction({ at: base });
    const d = interaction({ at: base + 3_600_000 });
    const e = interaction({ at: base + DAY });
    expect(conversationKey(a)).toBe(conversationKey(b));
    expect(conversationKey(c)).toBe(conversationKey(d));
    expect(conversationKey(c)).not.toBe(conversationKey(e));
    expect(summarizeConversations([a, b, c, d, e]).conversations).toBe(3);
  });

  it("a conversation's state is its newest reply's", () => {
    const thread = 'https://www.instagram.com/direct/t/1';
    const complaint = interaction({ threadUrl: thread, intent: 'complaint', at: NOW - 3 * DAY });
    const thanks = interaction({ threadUrl: thread, intent: 'praise', at: NOW - 2 * DAY });
    const open = interaction({ threadUrl: 'https://x.com/a/status/2', intent: 'refund' });
    expect(summarizeConversations([complaint, thanks, open])).toEqual({
      conversations: 2,
      unresolved: 1,
    });
    expect(summarizeConversations([])).toEqual({ conversations: 0, unresolved: 0 });
  });
});

describe('historyOf', () => {
  it('a first contact has no last conversation', () => {
    expect(historyOf(record([]))).toEqual({ conversations: 0, unresolved: 0 });
  });

  it('takes the newest reply, whatever the order of the list', () => {
    const older = interaction({
      platform: 'x',
      at: NOW - 9 * DAY,
      topic: 'the zip',
      threadUrl: 'https://x.com/a/status/9',
    });
    const newest = interaction({
      at: NOW - 2 * DAY,
      intent: 'delivery',
      topic: ' parcel delayed ',
      ourReply: "So sorry, Maya. I've sent a new parcel by express today.",
      threadUrl: 'https://www.instagram.com/direct/t/1',
    });
    expect(historyOf(record([older, newest]))).toEqual({
      conversations: 2,
      unresolved: 1,
      last: {
        platform: 'instagram',
        at: new Date(NOW - 2 * DAY).toISOString(),
        intent: 'delivery',
        topic: 'parcel delayed',
        outcome: 'sent a replacement',
      },
    });
  });

  it('leaves out what it does not know', () => {
    const only = interaction({ at: NOW - DAY, topic: '  ', ourReply: 'Happy to help!' });
    expect(historyOf(record([only])).last).toEqual({
      platform: 'instagram',
      at: new Date(NOW - DAY).toISOString(),
    });
  });
});

describe('describeLast', () => {
  it('returning · 3 conversations · last on Instagram 2 days ago: parcel delayed', () => {
    const list = [
      interaction({ at: NOW - 2 * DAY - 3_600_000, topic: 'parcel delayed', intent: 'delivery' }),
      interaction({ platform: 'x', at: NOW - 20 * DAY, threadUrl: 'https://x.com/a/status/1' }),
      interaction({ platform: 'x', at: NOW - 40 * DAY, threadUrl: 'https://x.com/a/status/2' }),
    ];
    expect(describeLast(record(list), NOW)).toEqual({
      returning: true,
      conversations: 3,
      unresolved: 1,
      last: {
        platform: 'instagram',
        at: NOW - 2 * DAY - 3_600_000,
        daysAgo: 2,
        intent: 'delivery',
        topic: 'parcel delayed',
      },
    });
  });

  it('a first contact is not returning; a clock running behind still says today', () => {
    expect(describeLast(record([]), NOW)).toEqual({
      returning: false,
      conversations: 0,
      unresolved: 0,
    });
    const future = interaction({ at: NOW + 60_000 });
    expect(describeLast(record([future]), NOW).last?.daysAgo).toBe(0);
  });
});
