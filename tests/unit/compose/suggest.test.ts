import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestReplies } from '../../../lib/compose';
import type { Analysis, SuggestInput, SuggestResult } from '../../../lib/compose/types';
import { PLATFORM_IDS, type PlatformId } from '../../../lib/platforms';
import { measureLength, PLATFORM_LIMITS } from '../../../lib/platforms/limits';
import {
  defaultPack,
  defaultPackInput,
  INTENSITIES,
  INTENTS,
  LANGUAGES,
  parsePack,
  type Intent,
  type Language,
  type VoicePack,
} from '../../../lib/voice';

// Wednesday 25 March 2026, 14:10 in Berlin: inside the default pack's hours.
const OPEN = Date.parse('2026-03-25T13:10:00Z');

function analysis(partial: Partial<Analysis> = {}): Analysis {
  return {
    language: 'en',
    languageDetected: true,
    intent: 'complaint',
    intensity: 'calm',
    intensityScore: 0.1,
    signals: [],
    entities: { names: [], orderNumbers: [], products: [], dates: [], emails: [] },
    topic: '',
    escalation: [],
    ...partial,
  };
}

function suggest(partial: Partial<SuggestInput> & { analysis: Analysis }): SuggestResult {
  return suggestReplies({
    message: 'a message',
    pack: defaultPack,
    platform: 'facebook',
    customer: { name: 'Maya Patel' },
    agent: { name: 'Alex', initials: 'AB' },
    now: OPEN,
    ...partial,
  });
}

function packWith(changes: Record<string, unknown>): VoicePack {
  const result = parsePack({ ...defaultPackInput, ...changes });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack;
}

const errors = (result: SuggestResult) =>
  result.suggestions.flatMap((s) => s.findings.filter((f) => f.severity === 'error'));

const GREETING: Record<Language, RegExp> = {
  en: /^(Hi|Hello|Hey)\b/,
  de: /^(Hallo|Hi|Hey)\b/,
  sv: /^(Hej|Hejsan|Hallå) /,
};
const TOPIC: Record<Language, string> = { en: 'your parcel', de: 'dein Paket', sv: 'ditt paket' };
const REPLYING_INTENTS = INTENTS.filter((intent) => intent !== 'abuse');

describe('suggestReplies: three shapes for every intent, language and intensity', () => {
  const cases = LANGUAGES.flatMap((language) =>
    REPLYING_INTENTS.flatMap((intent) =>
      INTENSITIES.map((intensity) => [language, intent, intensity] as const),
    ),
  );
  it.each(cases)('%s %s %s', (language, intent, intensity) => {
    const result = suggest({
      analysis: analysis({ language, intent, intensity, topic: TOPIC[language] }),
    });
    expect(result.suggestions.map((s) => s.shape)).toEqual(['short', 'warm', 'question']);
    expect(errors(result)).toEqual([]);
    for (const s of result.suggestions) {
      expect(s.text, s.text).toMatch(GREETING[language]);
      expect(s.text.split(/[\s,]+/).slice(0, 3), s.text).toContain('Maya');
      expect(s.text, s.text).not.toMatch(/[[\]{}]/);
      expect(s.blocks.length).toBeGreaterThanOrEqual(2);
    }
    const [short, warm] = result.suggestions;
    expect(warm!.text.length).toBeGreaterThan(short!.text.length);
  });

  it('speaks to the person: first name of a full name, the handle without one, none if told so', () => {
    const base = analysis({ intent: 'delivery', topic: 'your parcel' });
    const byHandle = suggest({ analysis: base, customer: { handle: '@sam_k' } });
    for (const s of byHandle.suggestions) expect(s.text).toMatch(/^\w+ sam_k, /);
    const anonymous = suggest({ analysis: base, customer: {} });
    for (const s of anonymous.suggestions) expect(s.text).toMatch(/^(Hi|Hello|Hey), [a-z]/);
    const titled = suggest({ analysis: base, customer: { name: 'Dr. Anna Berg' } });
    for (const s of titled.suggestions) expect(s.text).toMatch(/^\w+ Anna, /);
    const noNames = packWith({ tone: { ...defaultPackInput.tone, greetByName: false } });
    for (const s of suggest({ analysis: base, pack: noNames }).suggestions)
      expect(s.text).not.toContain('Maya');
  });

  it('restates the topic in the customer’s words, and the order number when there is one', () => {
    const result = suggest({
      analysis: analysis({
        intent: 'delivery',
        topic: 'your parcel',
        entities: { names: [], orderNumbers: ['48213'], products: [], dates: [], emails: [] },
      }),
    });
    for (const s of result.suggestions) expect(s.text).toContain('your parcel');
    expect(result.suggestions.find((s) => s.shape === 'question')!.text).toContain('48213');
  });

  it('writes the deadline as a time in the pack’s zone, and “within two hours” without hours', () => {
    const base = analysis({ intent: 'delivery' });
    const short = suggest({ analysis: base }).suggestions[0]!;
    expect(short.text).toContain('by 4:30 pm today');
    const always = packWith({ hours: undefined });
    expect(suggest({ analysis: base, pack: always }).suggestions[0]!.text).toContain(
      'within two hours',
    );
    const de = suggest({ analysis: analysis({ intent: 'delivery', language: 'de' }) });
    expect(de.suggestions[0]!.text).toContain('bis heute 16:30 Uhr');
    const sv = suggest({ analysis: analysis({ intent: 'delivery', language: 'sv' }) });
    expect(sv.suggestions[0]!.text).toContain('senast kl. 16.30 i dag');
  });
});

describe('suggestReplies: returning customers', () => {
  const history = {
    conversations: 2,
    unresolved: 0,
    last: {
      platform: 'x' as const,
      at: '2026-02-01T10:00:00Z',
      topic: 'parcel delayed',
      outcome: 'sent a replacement',
    },
  };
  it('greets them again and picks up where the last conversation ended', () => {
    const result = suggest({
      analysis: analysis({ intent: 'praise', topic: 'the jacket' }),
      history,
    });
    expect(result.suggestions[0]!.text).toMatch(/^Hi Maya, good to hear from you again\./);
    const longer = result.suggestions.slice(1).map((s) => s.text);
    expect(
      longer.some((t) => t.includes('sent a replacement') || t.includes('parcel delayed')),
    ).toBe(true);
    for (const s of result.suggestions) expect(s.blocks).toContain('greet-returning');
  });

  it('never speaks of “last time” to someone new', () => {
    for (const s of suggest({ analysis: analysis({ intent: 'praise' }) }).suggestions) {
      expect(s.blocks).not.toContain('greet-returning');
      expect(s.text).not.toMatch(/again|last time/i);
    }
  });
});

describe('suggestReplies: variety', () => {
  const names = [
    'Maya Patel',
    'Sam Lee',
    'Jonas Weber',
    'Elin Berg',
    'Tom Hardy',
    'Priya Shah',
    'Kim Park',
    'Lena Schmidt',
    'Omar Ali',
    'Sara Lind',
    'Chris Evans',
    'Nina Roth',
    'Alex Kim',
    'Jo Baker',
    'Mia Wong',
    'Ravi Rao',
    'Ola Nord',
    'Eva Lund',
    'Ben Ford',
    'Zoe Hart',
  ];
  it('words the same reply differently for different customers (at least two wordings per shape)', () => {
    for (const language of LANGUAGES) {
      const wordings = {
        short: new Set<string>(),
        warm: new Set<string>(),
        question: new Set<string>(),
      };
      for (const name of names) {
        const result = suggest({
          message: 'Where is my parcel?',
          customer: { name },
          analysis: analysis({
            language,
            intent: 'delivery',
            intensity: 'annoyed',
            topic: TOPIC[language],
          }),
        });
        for (const s of result.suggestions)
          wordings[s.shape].add(s.text.replace(name.split(' ')[0]!, 'NAME'));
      }
      for (const [shape, set] of Object.entries(wordings))
        expect(set.size, `${language} ${shape}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('moves away from the wording of our recent replies', () => {
    const base = { analysis: analysis({ intent: 'refund', topic: 'the payment' }), seed: 7 };
    const first = suggest(base);
    const again = suggest({ ...base, recentReplies: first.suggestions.map((s) => s.text) });
    for (const shape of ['short', 'warm', 'question'] as const) {
      const before = first.suggestions.find((s) => s.shape === shape)!.text;
      const after = again.suggestions.find((s) => s.shape === shape)!.text;
      expect(after, shape).not.toBe(before);
    }
  });

  it('is deterministic: the same input and seed give the same suggestions', () => {
    const input = {
      analysis: analysis({ intent: 'outage', intensity: 'angry' as const }),
      seed: 42,
    };
    expect(suggest(input)).toEqual(suggest(input));
    const bySeed = new Set(
      [1, 2, 3, 4, 5, 6].map((seed) => suggest({ ...input, seed }).suggestions[1]!.text),
    );
    expect(bySeed.size).toBeGreaterThan(1);
  });
});

describe('suggestReplies: within the platform and the pack', () => {
  const long = 'This sentence is here to make the block long enough to matter on a short platform.';
  const longPack = packWith({
    blocks: [
      ...defaultPackInput.blocks,
      {
        id: 'long-answer',
        label: 'Long',
        kind: 'answer',
        intents: ['complaint'],
        text: { en: `${long} ${long}` },
      },
      {
        id: 'long-closing',
        label: 'Long',
        kind: 'closing',
        intents: ['complaint'],
        text: { en: `${long} Thanks, {name}.` },
      },
    ].filter((b) => !['answer-complaint', 'closing-thanks', 'closing-on-it'].includes(b.id)),
  });

  it('drops optional blocks until the warm reply fits X’s 280 characters', () => {
    const result = suggest({
      pack: longPack,
      platform: 'x',
      analysis: analysis({ intensity: 'annoyed' }),
    });
    const warm = result.suggestions.find((s) => s.shape === 'warm')!;
    expect(measureLength(warm.text, 'x').length).toBeLessThanOrEqual(280);
    expect(warm.blocks).not.toContain('long-closing');
    expect(warm.text).toMatch(/\^AB$/);
    const roomy = suggest({ pack: longPack, analysis: analysis({ intensity: 'annoyed' }) });
    expect(roomy.suggestions.find((s) => s.shape === 'warm')!.blocks).toContain('long-answer');
  });

  it('keeps to a house limit from the pack', () => {
    const tight = packWith({ limits: { facebook: { maxChars: 150 } } });
    const result = suggest({
      pack: tight,
      analysis: analysis({ intent: 'refund', intensity: 'angry' }),
    });
    expect(result.suggestions.length).toBeGreaterThan(0);
    for (const s of result.suggestions) expect(s.text.length).toBeLessThanOrEqual(150);
  });

  it('repairs a block that trips an error with the check’s fix, and drops what cannot be repaired', () => {
    const banned = [
      { term: 'valued customer', reason: 'form letter', replacement: 'Maya' },
      { term: 'no refunds', reason: 'never' },
    ];
    const pack = packWith({
      vocabulary: { ...defaultPackInput.vocabulary, banned },
      blocks: defaultPackInput.blocks.map((b) =>
        b.id === 'acknowledge-refund'
          ? { ...b, text: { en: 'Thanks for writing, valued customer.' } }
          : b.id === 'question-general' || b.id === 'next-step-private'
            ? { ...b, text: { en: 'Sorry, no refunds here, can you tell me more?' } }
            : b,
      ),
    });
    const result = suggest({ pack, analysis: analysis({ intent: 'refund' }) });
    expect(errors(result)).toEqual([]);
    expect(result.suggestions.map((s) => s.shape)).toEqual(['short', 'warm']);
    for (const s of result.suggestions) {
      expect(s.text).not.toContain('valued customer');
      expect(s.text).toContain('thanks for writing, Maya.');
    }
  });
});

describe('suggestReplies: after hours', () => {
  it.each([
    // Saturday 17:00 in Berlin, back Monday 08:00 (summer time has begun in between).
    [
      '2026-03-28T16:00:00Z',
      'Europe/Berlin',
      '2026-03-30T08:00:00+02:00',
      'on Monday at 8 am',
      'by 10 am on Monday',
    ],
    // Sunday evening in Berlin.
    [
      '2026-03-29T18:00:00Z',
      'Europe/Berlin',
      '2026-03-30T08:00:00+02:00',
      'tomorrow at 8 am',
      'by 10 am tomorrow',
    ],
    // Tuesday 07:00 in New York, 2 November 2026, the day after the clocks went back.
    [
      '2026-11-03T12:00:00Z',
      'America/New_York',
      '2026-11-03T09:00:00-05:00',
      'today at 9 am',
      'by 11 am today',
    ],
  ])('%s in %s', (iso, timeZone, nextOpen, back, deadline) => {
    const weekday = [{ from: timeZone === 'Europe/Berlin' ? '08:00' : '09:00', to: '17:00' }];
    const pack = packWith({
      hours: {
        ...defaultPackInput.hours,
        timeZone,
        week: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday },
      },
    });
    const result = suggest({
      pack,
      now: Date.parse(iso),
      analysis: analysis({ intent: 'delivery' }),
    });
    expect(result.afterHours).toEqual({ nextOpen, timeZone });
    expect(result.suggestions).toHaveLength(3);
    for (const s of result.suggestions)
      expect(s.text).toContain(`Our team is back ${back}, and a colleague will pick this up then.`);
    expect(result.suggestions[0]!.text).toContain(deadline);
  });

  it('says nothing about hours while the team is in', () => {
    const result = suggest({ analysis: analysis({ intent: 'delivery' }) });
    expect(result.afterHours).toBeUndefined();
    for (const s of result.suggestions) expect(s.text).not.toContain('Our team is back');
  });

  it('speaks the customer’s language after hours too', () => {
    const saturday = Date.parse('2026-03-28T16:00:00Z');
    const de = suggest({ now: saturday, analysis: analysis({ language: 'de', intent: 'refund' }) });
    expect(de.suggestions[0]!.text).toContain('Unser Team ist am Montag um 8:00 Uhr wieder da');
    const sv = suggest({ now: saturday, analysis: analysis({ language: 'sv', intent: 'refund' }) });
    expect(sv.suggestions[0]!.text).toContain('Vårt team är tillbaka på måndag kl. 8.00');
  });
});

describe('suggestReplies: abuse and escalation', () => {
  const abuse = analysis({ intent: 'abuse', intensity: 'angry' });

  it('shows the pack’s guidance and a calm boundary reply when the pack allows one', () => {
    const result = suggest({ analysis: abuse });
    expect(result.guidance).toEqual({
      kind: 'abuse',
      steps: defaultPack.abuse.steps,
      replyAllowed: true,
    });
    expect(result.suggestions.length).toBeGreaterThan(0);
    for (const s of result.suggestions) {
      expect(
        s.blocks.every(
          (id) => id.startsWith('greet') || id.endsWith('abuse') || id === 'next-step-boundary',
        ),
      ).toBe(true);
    }
    expect(result.suggestions.some((s) => /respectful/.test(s.text))).toBe(true);
  });

  it('offers no reply when the pack says not to feed it', () => {
    const pack = packWith({ abuse: { replyAllowed: false } });
    const result = suggest({ pack, analysis: abuse });
    expect(result.suggestions).toEqual([]);
    expect(result.guidance?.replyAllowed).toBe(false);
    expect(result.guidance?.steps.length).toBeGreaterThan(0);
  });

  const playbook = (id: string) => {
    const entry = defaultPack.escalation.find((e) => e.id === id)!;
    return { id, label: entry.label, severity: entry.severity, steps: entry.steps };
  };

  it('puts the playbook’s holding reply first, and stops there after a serious cue', () => {
    const legal = suggest({
      analysis: analysis({
        escalation: [{ cue: 'legal', evidence: 'lawyer', playbook: playbook('legal-threat') }],
      }),
    });
    expect(legal.suggestions).toHaveLength(1);
    expect(legal.suggestions[0]).toMatchObject({ shape: 'short', blocks: ['legal-threat'] });
    expect(legal.suggestions[0]!.text).toMatch(/^Hi Maya, I’m sorry it has come to this\./);
  });

  it('adds the warm and question-led replies after a holding reply for a milder cue', () => {
    const press = suggest({
      analysis: analysis({
        intent: 'delivery',
        escalation: [
          { cue: 'press', evidence: 'journalist', playbook: playbook('media-influencer') },
        ],
      }),
    });
    expect(press.suggestions.map((s) => s.shape)).toEqual(['short', 'warm', 'question']);
    expect(press.suggestions[0]!.blocks).toEqual(['media-influencer']);
    expect(errors(press)).toEqual([]);
  });
});

describe('suggestReplies: property', () => {
  const intent = fc.constantFrom(...INTENTS);
  it('never returns a suggestion with an error or over the platform’s limit', () => {
    fc.assert(
      fc.property(
        fc.record({
          language: fc.constantFrom(...LANGUAGES),
          intent,
          secondaryIntent: fc.option(intent, { nil: undefined }),
          intensity: fc.constantFrom(...INTENSITIES),
          topic: fc.oneof(
            fc.constant(''),
            fc.string({ maxLength: 40 }),
            fc.constantFrom('the damn app', 'SHIT SERVICE', 'your {name}'),
          ),
          order: fc.option(fc.stringMatching(/^[0-9]{3,8}$/), { nil: undefined }),
        }),
        fc.option(fc.string({ maxLength: 60 }), { nil: undefined }),
        fc.constantFrom(...PLATFORM_IDS),
        fc.integer(),
        fc.integer({
          min: Date.parse('2026-01-01T00:00:00Z'),
          max: Date.parse('2027-01-01T00:00:00Z'),
        }),
        (a, name, platform: PlatformId, seed, now) => {
          const result = suggest({
            platform,
            seed,
            now,
            customer: name === undefined ? {} : { name },
            analysis: analysis({
              language: a.language,
              intent: a.intent,
              ...(a.secondaryIntent ? { secondaryIntent: a.secondaryIntent as Intent } : {}),
              intensity: a.intensity,
              topic: a.topic,
              entities: {
                names: [],
                orderNumbers: a.order ? [a.order] : [],
                products: [],
                dates: [],
                emails: [],
              },
            }),
          });
          expect(errors(result)).toEqual([]);
          const limit = PLATFORM_LIMITS[platform].maxChars;
          for (const s of result.suggestions) {
            if (limit !== null)
              expect(measureLength(s.text, platform).length).toBeLessThanOrEqual(limit);
            expect(s.text.trim()).toBe(s.text);
          }
        },
      ),
      { numRuns: 150, seed: 20260325 },
    );
  });
});

describe('suggestReplies: the playbook holding reply beside the guidance', () => {
  it('comes back in the analysis filled for the customer, never with a raw placeholder', () => {
    const message = 'My lawyer will hear about this. I am taking legal action.';
    for (const customer of [{ name: 'Maya Patel' }, { handle: 'mayap' }, {}]) {
      const result = suggestReplies({
        message,
        pack: defaultPack,
        platform: 'x',
        customer,
        agent: { initials: 'AB' },
        now: OPEN,
      });
      const legal = result.analysis.escalation.find((match) => match.cue === 'legal');
      const reply = legal?.playbook?.holdingReply;
      expect(reply, JSON.stringify(customer)).toBeDefined();
      expect(reply).not.toMatch(/[{}]/);
      if (customer.name) expect(reply).toMatch(/^Hi Maya, /);
      if (customer.handle) expect(reply).toMatch(/^Hi mayap, /);
      if (!customer.name && !customer.handle) expect(reply).toMatch(/^Hi, I’m sorry/);
    }
  });
});

describe('suggestReplies: suggestions need no advice of their own', () => {
  it.each<[Language, string]>([
    ['en', 'great, third delay this month 🙄 where is order 48213?'],
    ['de', 'Wo bleibt mein Paket? Bestellung 48213 sollte seit Montag da sein.'],
    ['sv', 'Var är mitt paket? Order 48213 skulle ha kommit i måndags.'],
  ])('%s: asking for details in a DM comes after acknowledging the problem', (_, message) => {
    const result = suggestReplies({
      message,
      pack: defaultPack,
      platform: 'x',
      customer: { name: 'Maya Patel' },
      agent: { initials: 'JB' },
      now: OPEN,
    });
    expect(result.suggestions).toHaveLength(3);
    for (const suggestion of result.suggestions) {
      expect(
        suggestion.findings.filter((f) => f.severity !== 'suggestion').map((f) => f.ruleId),
        suggestion.text,
      ).toEqual([]);
    }
  });
});
