import { describe, expect, it } from 'vitest';
import {
  editDistance,
  emailsIn,
  evidenceScore,
  findLinkEvidence,
  normaliseName,
  orderNumbersIn,
  rankLinkSuggestions,
  type EvidenceSide,
  type LinkCandidate,
} from '../../../lib/memory/evidence';
import type { Contact, Identity, Interaction } from '../../../lib/memory/types';
import type { PlatformId } from '../../../lib/platforms';

const T = Date.UTC(2026, 4, 20);

function identity(platform: PlatformId, over: Partial<Identity> = {}): Identity {
  const key = over.handle ?? over.displayName ?? 'someone';
  return {
    id: `${platform}:${key}`,
    platform,
    contactId: `c-${platform}-${key}`,
    firstSeen: T,
    lastSeen: T,
    ...over,
  };
}

let n = 0;
function side(who: Identity, ...messages: string[]): EvidenceSide {
  return {
    identity: who,
    interactions: messages.map((theirMessage): Interaction => ({
      id: `i${++n}`,
      identityId: who.id,
      platform: who.platform,
      composerKind: 'reply',
      theirMessage,
      ourReply: 'Thanks! Write to help@shop.example or call 0800123456.',
      at: T,
      packId: 'p',
      packVersion: '1',
      findings: [],
      suggestion: 'not-used',
      sendKey: `k${n}`,
    })),
  };
}

function kinds(a: EvidenceSide, b: EvidenceSide) {
  return findLinkEvidence(a, b).map((e) => [e.kind, e.value, e.strength]);
}

describe('pieces', () => {
  it.each([
    ['Maya Patel', 'maya patel'],
    ['  MAYA   Patel 🌸 ', 'maya patel'],
    ['Zoë Ångström', 'zoe angstrom'],
    ['Ｍａｙａ', 'maya'],
    ['José-María', 'jose maria'],
  ])('normaliseName(%j) = %j', (name, expected) => {
    expect(normaliseName(name)).toBe(expected);
  });

  it.each([
    ['Where is order #48213?', [['48213', true]]],
    ['order 1234-567 still not here', [['1234-567', true]]],
    ['Bestellnummer 889911, bitte', [['889911', true]]],
    ['ärende 55120', [['55120', true]]],
    ['tracking JJD0001234567 says nothing', [['JJD0001234567', true]]],
    ['my number 20240512 from the receipt', [['20240512', false]]],
    ['#1 fan, order 2, 12345 is short', []],
    ['order #48213 and again #48213', [['48213', true]]],
  ])('orderNumbersIn(%j)', (text, expected) => {
    expect(orderNumbersIn(text).map((o) => [o.value, o.labelled])).toEqual(expected);
  });

  it('emailsIn finds addresses once, without a final full stop', () => {
    expect(
      emailsIn('Mail me at Maya.P@example.com. Or maya.p@EXAMPLE.com, or jöns@exämple.se'),
    ).toEqual(['Maya.P@example.com', 'jöns@exämple.se']);
  });

  it('editDistance stops early past its bound', () => {
    expect(editDistance('mayap', 'maya_p', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('abcdefgh', 'a', 2)).toBe(3);
  });
});

describe('findLinkEvidence', () => {
  const cases: [string, Partial<Identity>, Partial<Identity>, [string, string, string][]][] = [
    [
      'the same full name',
      { displayName: 'Maya Patel' },
      { displayName: 'maya  PATEL' },
      [['same-display-name', 'Maya Patel', 'strong']],
    ],
    [
      'accents do not matter',
      { displayName: 'Zoë Ångström' },
      { displayName: 'Zoe Angstrom' },
      [['same-display-name', 'Zoë Ångström', 'strong']],
    ],
    [
      'a first name alone is weak',
      { displayName: 'Maya' },
      { displayName: 'maya' },
      [['same-display-name', 'Maya', 'weak']],
    ],
    ['different names', { displayName: 'Maya Patel' }, { displayName: 'Maya Pate' }, []],
    [
      'the same handle',
      { handle: 'maya_p' },
      { handle: 'Maya_P' },
      [['similar-handle', '@maya_p', 'strong']],
    ],
    [
      'same letters, long',
      { handle: 'maya.patel' },
      { handle: 'maya_patel' },
      [['similar-handle', '@maya.patel / @maya_patel', 'strong']],
    ],
    [
      'same letters, short',
      { handle: 'maya_p' },
      { handle: 'mayap' },
      [['similar-handle', '@maya_p / @mayap', 'weak']],
    ],
    [
      'numbered variants of a short name',
      { handle: 'maya1' },
      { handle: 'maya22' },
      [['similar-handle', '@maya1 / @maya22', 'weak']],
    ],
    [
      'one contains the other',
      { handle: 'maya_p' },
      { handle: 'maya.patel' },
      [['similar-handle', '@maya_p / @maya.patel', 'weak']],
    ],
    [
      'two letters apart, long handles',
      { handle: 'jonasberg' },
      { handle: 'jonsberg' },
      [['similar-handle', '@jonasberg / @jonsberg', 'weak']],
    ],
    ['two letters apart, short handles', { handle: 'anna' }, { handle: 'hans' }, []],
    ['short handles never', { handle: 'ab1' }, { handle: 'ab1' }, []],
    [
      'mastodon without the instance',
      { handle: 'maya@mastodon.social' },
      { handle: 'maya' },
      [['similar-handle', '@maya@mastodon.social / @maya', 'strong']],
    ],
    [
      'unrelated',
      { handle: 'maya_p', displayName: 'Maya P' },
      { handle: 'jonas', displayName: 'Jonas' },
      [],
    ],
  ];
  it.each(cases)('%s', (_, a, b, expected) => {
    expect(kinds(side(identity('x', a)), side(identity('instagram', b)))).toEqual(expected);
  });

  it("the same order number and e-mail in the customer's messages, with where they were seen", () => {
    const a = side(
      identity('instagram', { handle: 'maya.p' }),
      'Still waiting for order #48213',
      'hi',
    );
    const b = side(
      identity('x', { handle: 'jonas_b' }),
      "my wife's order 48213, mail maya@example.com",
      'Order 48213 — write to MAYA@example.com',
    );
    const c = side(identity('facebook', { displayName: 'M' }), 'Reach me at maya@example.com');
    const ab = findLinkEvidence(a, b);
    expect(ab).toEqual([
      {
        kind: 'same-order-number',
        value: '48213',
        seenIn: [a.interactions[0]!.id, b.interactions[0]!.id, b.interactions[1]!.id],
        strength: 'strong',
      },
    ]);
    expect(findLinkEvidence(b, c)).toEqual([
      {
        kind: 'same-email',
        value: 'maya@example.com',
        seenIn: [b.interactions[0]!.id, b.interactions[1]!.id, c.interactions[0]!.id],
        strength: 'strong',
      },
    ]);
  });

  it('a bare long number on both sides is weak; written as an order number once, strong', () => {
    const a = side(identity('x', { handle: 'aaaa1' }), 'ref 20240512');
    const b = side(identity('threads', { handle: 'zzzz9' }), 'it was 20240512');
    const c = side(identity('reddit', { handle: 'qqqq7' }), 'paid on 20240512');
    expect(kinds(b, c)).toEqual([['same-order-number', '20240512', 'weak']]);
    expect(kinds(a, b)).toEqual([['same-order-number', '20240512', 'strong']]);
    expect(kinds(b, a)).toEqual([['same-order-number', '20240512', 'strong']]);
  });

  it('our replies do not count: they repeat our own address and number to everyone', () => {
    const a = side(identity('x', { handle: 'aaaa1' }), 'hello');
    const b = side(identity('instagram', { handle: 'zzzz9' }), 'hi there');
    expect(findLinkEvidence(a, b)).toEqual([]);
  });

  it('nothing for the same identity; other accounts on the same platform may be one person', () => {
    const maya = identity('x', { handle: 'maya_p', displayName: 'Maya Patel' });
    expect(findLinkEvidence(side(maya), side({ ...maya }))).toEqual([]);
    const second = identity('x', { handle: 'maya_p_shop', displayName: 'Maya Patel' });
    expect(kinds(side(maya), side(second))).toEqual([
      ['same-display-name', 'Maya Patel', 'strong'],
      ['similar-handle', '@maya_p / @maya_p_shop', 'weak'],
    ]);
  });

  it('HTML in a name is compared as text', () => {
    const a = identity('x', { displayName: '<b>Maya</b> Patel' });
    const b = identity('instagram', { displayName: 'b Maya b Patel' });
    expect(kinds(side(a), side(b))).toEqual([['same-display-name', '<b>Maya</b> Patel', 'strong']]);
  });
});

describe('rankLinkSuggestions', () => {
  const contact = (id: string): Contact => ({
    id,
    name: id,
    notes: '',
    tags: [],
    createdAt: T,
    updatedAt: T,
  });
  const candidate = (who: Identity, ...messages: string[]): LinkCandidate => ({
    ...side(who, ...messages),
    contact: contact(who.contactId),
  });

  it('strongest first, then the most recently seen; weak alone and own contact never', () => {
    const target = side(
      identity('instagram', { handle: 'maya.patel', displayName: 'Maya Patel' }),
      'order #48213 late, paid 20240512',
    );
    const byName = candidate(
      identity('x', { handle: 'mp_77', displayName: 'Maya Patel', lastSeen: T + 5 }),
    );
    const byNameOlder = candidate(
      identity('bluesky', { handle: 'mpat', displayName: 'Maya Patel', lastSeen: T }),
    );
    const byOrderAndHandle = candidate(
      identity('facebook', { handle: 'maya_patel' }),
      'where is #48213',
    );
    const firstNameOnly = candidate(identity('reddit', { handle: 'qwerty', displayName: 'Maya' }));
    const weakTwice = candidate(
      identity('threads', { handle: 'maya.pat', displayName: 'maya' }),
      'it was 20240512',
    );
    const ownContact = candidate(
      identity('x', { handle: 'maya.patel', contactId: target.identity.contactId }),
    );
    const same = candidate({ ...target.identity });

    const ranked = rankLinkSuggestions(target, [
      firstNameOnly,
      byNameOlder,
      ownContact,
      weakTwice,
      byName,
      same,
      byOrderAndHandle,
    ]);
    expect(ranked.map((s) => s.identity.id)).toEqual([
      byOrderAndHandle.identity.id,
      byName.identity.id,
      byNameOlder.identity.id,
      weakTwice.identity.id,
    ]);
    expect(ranked.map((s) => evidenceScore(s.evidence))).toEqual([6, 3, 3, 2]);
    expect(ranked[0]!.contact.id).toBe(byOrderAndHandle.identity.contactId);
    expect(rankLinkSuggestions(target, [byName, byNameOlder, weakTwice], 2)).toHaveLength(2);
  });
});
