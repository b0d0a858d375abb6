import { describe, expect, it } from 'vitest';
import { describeChanges, diffPacks, type PackChange } from '../../../lib/voice/diff';
import { defaultPackInput, parsePack } from '../../../lib/voice';
import type { VoicePack } from '../../../lib/voice/schema';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- edits reach into any field
type Draft = any;

/** The default pack as written, edited, then validated as a team lead's file would be. */
function pack(edit: (draft: Draft) => void = () => {}): VoicePack {
  const draft = structuredClone(defaultPackInput) as Draft;
  edit(draft);
  const parsed = parsePack(draft);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.pack;
}

const base = pack();

function diff(edit: (draft: Draft) => void): PackChange[] {
  return diffPacks(base, pack(edit));
}

describe('diffPacks', () => {
  it('finds nothing between identical packs', () => {
    expect(diffPacks(base, pack())).toEqual([]);
    expect(describeChanges([])).toEqual([]);
  });

  it('finds nothing when only the order of keyed items changes', () => {
    const changes = diff((d) => {
      d.languages.reverse();
      d.vocabulary.terms.reverse();
      d.vocabulary.banned.reverse();
      d.vocabulary.preferred.reverse();
      d.vocabulary.avoidPhrases.reverse();
      d.rules.reverse();
      d.blocks.reverse();
      d.escalation.reverse();
      d.examples.reverse();
    });
    expect(changes).toEqual([]);
    const overrides = (entries: [string, string][]) =>
      pack((d) => void (d.overrides = Object.fromEntries(entries)));
    const a: [string, string] = ['brand.custom.reply-length', 'off'];
    const b: [string, string] = ['brand.custom.email-en', 'error'];
    expect(diffPacks(overrides([a, b]), overrides([b, a]))).toEqual([]);
  });

  it('lists languages added and removed', () => {
    const minimal = (languages: string[]) => {
      const parsed = parsePack({ id: 'mini', name: 'Mini', version: '1.0.0', languages });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      return parsed.pack;
    };
    const changes = diffPacks(minimal(['en', 'sv']), minimal(['de', 'en']));
    expect(changes).toEqual([
      { area: 'languages', kind: 'removed', path: 'languages["sv"]', before: 'sv' },
      { area: 'languages', kind: 'added', path: 'languages["de"]', after: 'de' },
    ]);
    expect(describeChanges(changes)).toEqual(['Language removed: sv', 'Language added: de']);
  });

  // [what the team lead did, the edit, the change(s) expected, the sentence(s) expected]
  const cases: [string, (d: Draft) => void, Partial<PackChange>[], string[]][] = [
    [
      'raised the version',
      (d) => void (d.version = '1.3.0'),
      [{ area: 'meta', kind: 'changed', path: 'version', before: '1.0.0', after: '1.3.0' }],
      ['Version 1.0.0 → 1.3.0'],
    ],
    [
      'renamed the pack',
      (d) => void (d.name = 'Acme care'),
      [{ area: 'meta', kind: 'changed', path: 'name', after: 'Acme care' }],
      [`Pack name changed: “${String(defaultPackInput.name)}” → “Acme care”`],
    ],
    [
      'made the tone formal',
      (d) => void (d.tone.formality = 'formal'),
      [
        {
          area: 'tone',
          kind: 'changed',
          path: 'tone.formality',
          before: 'neutral',
          after: 'formal',
        },
      ],
      ['Tone changed: formality neutral → formal'],
    ],
    [
      'allowed fewer emoji',
      (d) => void (d.tone.emoji = { ...d.tone.emoji, max: 1 }),
      [{ area: 'tone', kind: 'changed', path: 'tone.emoji.max', after: 1 }],
      [`Tone changed: emoji.max ${base.tone.emoji.max} → 1`],
    ],
    [
      'banned a term',
      (d) => d.vocabulary.banned.push({ term: 'cheap', reason: 'sounds poor' }),
      [
        {
          area: 'vocabulary',
          kind: 'added',
          path: 'vocabulary.banned["cheap"]',
          after: { term: 'cheap', reason: 'sounds poor' },
        },
      ],
      ['Banned term added: “cheap” (sounds poor)'],
    ],
    [
      'unbanned ASAP',
      (d) => (d.vocabulary.banned = d.vocabulary.banned.filter((t: Draft) => t.term !== 'ASAP')),
      [{ area: 'vocabulary', kind: 'removed', path: 'vocabulary.banned["ASAP"]' }],
      ['Banned term removed: “ASAP”'],
    ],
    [
      'gave ASAP a replacement',
      (d) => (d.vocabulary.banned.find((t: Draft) => t.term === 'ASAP').replacement = 'by Friday'),
      [{ area: 'vocabulary', kind: 'changed', path: 'vocabulary.banned["ASAP"]' }],
      ['Banned term changed: “ASAP” (replacement “by Friday” added)'],
    ],
    [
      'added a preferred word',
      (d) => d.vocabulary.preferred.push({ use: 'show', insteadOf: ['demonstrate'] }),
      [{ area: 'vocabulary', kind: 'added', path: 'vocabulary.preferred["show"]' }],
      ['Preferred term added: “show” instead of “demonstrate”'],
    ],
    [
      'added a product name',
      (d) => d.vocabulary.terms.push('Kettle Pro'),
      [{ area: 'vocabulary', kind: 'added', path: 'vocabulary.terms["Kettle Pro"]' }],
      ['Product name added: “Kettle Pro”'],
    ],
    [
      'stopped avoiding “kindly”',
      (d) =>
        (d.vocabulary.avoidPhrases = d.vocabulary.avoidPhrases.filter(
          (p: Draft) => p.phrase !== 'kindly',
        )),
      [{ area: 'vocabulary', kind: 'removed', path: 'vocabulary.avoidPhrases["kindly"]' }],
      ['Phrase to avoid removed: “kindly”'],
    ],
    [
      'allowed longer sentences',
      (d) => void (d.readability.maxSentenceWords = 30),
      [{ area: 'readability', kind: 'changed', path: 'readability.maxSentenceWords', after: 30 }],
      ['Readability changed: maxSentenceWords 25 → 30'],
    ],
    [
      'made a custom rule an error',
      (d) => (d.rules.find((r: Draft) => r.id === 'internal-jargon').level = 'error'),
      [{ area: 'rules', kind: 'changed', path: 'rules["internal-jargon"]' }],
      ['Custom rule changed: brand.custom.internal-jargon (level suggestion → error)'],
    ],
    [
      'added a custom rule',
      (d) =>
        d.rules.push({ id: 'no-cheap', kind: 'existence', message: 'Not “%s”', tokens: ['cheap'] }),
      [{ area: 'rules', kind: 'added', path: 'rules["no-cheap"]' }],
      ['Custom rule added: brand.custom.no-cheap'],
    ],
    [
      'turned a rule off',
      (d) => void (d.overrides = { 'brand.custom.reply-length': 'off' }),
      [
        {
          area: 'overrides',
          kind: 'added',
          path: 'overrides["brand.custom.reply-length"]',
          after: 'off',
        },
      ],
      ['Rule override added: brand.custom.reply-length → off'],
    ],
    [
      'set a house limit on X',
      (d) => void (d.limits = { x: { maxChars: 250 } }),
      [{ area: 'limits', kind: 'added', path: 'limits.x', after: { maxChars: 250 } }],
      ['Length limit added: x, 250 characters'],
    ],
    [
      'removed a reply block',
      (d) => (d.blocks = d.blocks.filter((b: Draft) => b.id !== 'closing-thanks')),
      [{ area: 'blocks', kind: 'removed', path: 'blocks["closing-thanks"]' }],
      ['Reply block removed: closing-thanks'],
    ],
    [
      'moved the service hours',
      (d) => void (d.hours.timeZone = 'Europe/Stockholm'),
      [{ area: 'hours', kind: 'changed', path: 'hours' }],
      ['Service hours changed'],
    ],
    [
      'dropped the service hours',
      (d) => void delete d.hours,
      [{ area: 'hours', kind: 'removed', path: 'hours' }],
      ['Service hours removed'],
    ],
    [
      'stopped replying to abuse',
      (d) => void (d.abuse = { ...d.abuse, replyAllowed: false }),
      [{ area: 'abuse', kind: 'changed', path: 'abuse.replyAllowed', before: true, after: false }],
      ['Abuse guidance changed: replyAllowed true → false'],
    ],
    [
      'lowered a playbook’s severity',
      (d) => (d.escalation.find((e: Draft) => e.id === 'legal-threat').severity = 'low'),
      [{ area: 'escalation', kind: 'changed', path: 'escalation["legal-threat"]' }],
      [
        `Escalation playbook changed: legal-threat (severity ${base.escalation.find((e) => e.id === 'legal-threat')!.severity} → low)`,
      ],
    ],
    [
      'added a pack example',
      (d) => d.examples.push({ text: 'Thanks, Sam!', expect: 'pass' }),
      [{ area: 'examples', kind: 'added', path: 'examples["Thanks, Sam!"]' }],
      ['Pack example added: “Thanks, Sam!”'],
    ],
  ];

  it.each(cases)('%s', (_what, edit, expected, sentences) => {
    const changes = diff(edit);
    expect(changes).toHaveLength(expected.length);
    expected.forEach((want, index) => expect(changes[index]).toMatchObject(want));
    expect(describeChanges(changes)).toEqual(sentences);
  });

  it('matches by id, not position: removing one rule changes nothing after it', () => {
    const index = base.rules.findIndex((rule) => rule.id === 'email-sv');
    expect(index).toBeLessThan(base.rules.length - 1);
    const changes = diff((d) => d.rules.splice(index, 1));
    expect(changes.map((c) => `${c.kind} ${c.path}`)).toEqual(['removed rules["email-sv"]']);
  });

  it('lists several changes in a fixed order of areas, the same both ways round', () => {
    const edited = pack((d) => {
      d.examples.push({ text: 'Thanks, Sam!', expect: 'pass' });
      d.rules.pop();
      d.version = '2.0.0';
      d.vocabulary.terms.push('Kettle Pro');
    });
    const forth = diffPacks(base, edited);
    expect(forth.map((c) => c.area)).toEqual(['meta', 'vocabulary', 'rules', 'examples']);
    const back = diffPacks(edited, base);
    expect(back.map((c) => [c.area, c.kind])).toEqual([
      ['meta', 'changed'],
      ['vocabulary', 'removed'],
      ['rules', 'added'],
      ['examples', 'removed'],
    ]);
    expect(diffPacks(base, edited)).toEqual(forth);
  });

  it('keeps two examples with the same text apart', () => {
    const text = base.examples[0]!.text;
    const changes = diff((d) => d.examples.push({ text, expect: 'pass' }));
    expect(changes).toMatchObject([
      { area: 'examples', kind: 'added', path: `examples[${JSON.stringify(`${text}#2`)}]` },
    ]);
  });

  it('is plain data that survives JSON', () => {
    const changes = diff((d) => {
      d.version = '1.1.0';
      d.rules[0].level = 'error';
    });
    expect(JSON.parse(JSON.stringify(changes))).toEqual(changes);
  });
});
