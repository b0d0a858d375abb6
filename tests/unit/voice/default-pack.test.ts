import { describe, expect, it } from 'vitest';
import { BUILTIN_RULE_IDS } from '../../../lib/rules/ids';
import {
  BLOCK_KINDS,
  defaultPack,
  defaultPackInput,
  INTENTS,
  LANGUAGES,
  parsePack,
} from '../../../lib/voice';

describe('the default voice pack', () => {
  it('parses with no errors and no warnings, as written and as JSON text', () => {
    const result = parsePack(defaultPackInput);
    expect(result).toEqual({ ok: true, pack: defaultPack, warnings: [] });
    expect(parsePack(JSON.stringify(defaultPackInput, null, 2))).toEqual(result);
  });

  it('is the Replykit default for English, German and Swedish', () => {
    expect(defaultPack.id).toBe('replykit-default');
    expect(defaultPack.name).toBe('Replykit default voice');
    expect(defaultPack.languages).toEqual([...LANGUAGES]);
    expect(defaultPack.tone).toMatchObject({
      formality: 'neutral',
      firstPerson: 'singular',
      emoji: { max: 2 },
      maxExclamations: 1,
      greetByName: true,
      signOff: { template: '^{initials}', platforms: ['x', 'threads', 'bluesky', 'instagram'] },
    });
    expect(defaultPack.tone.emoji.allowed).toBeUndefined();
    expect(defaultPack.readability).toEqual({
      maxSentenceWords: 25,
      maxGrade: 8,
      maxLix: 40,
      maxHashtags: 2,
    });
  });

  it('shows every kind of custom rule', () => {
    expect(new Set(defaultPack.rules.map((r) => r.kind))).toEqual(
      new Set([
        'existence',
        'substitution',
        'occurrence',
        'capitalization',
        'consistency',
        'conditional',
        'metric',
      ]),
    );
  });

  it('has reply blocks of every kind, for every intent, in all three languages', () => {
    expect(new Set(defaultPack.blocks.map((b) => b.kind))).toEqual(new Set(BLOCK_KINDS));
    for (const intent of INTENTS) {
      const acknowledges = defaultPack.blocks.filter(
        (b) => b.kind === 'acknowledge' && b.intents?.includes(intent),
      );
      expect(acknowledges.length, intent).toBeGreaterThan(0);
    }
    for (const block of defaultPack.blocks)
      expect(Object.keys(block.text).sort(), block.id).toEqual(['de', 'en', 'sv']);
  });

  it('has variants for variety, and no fill-in brackets a suggestion would carry', () => {
    const texts = defaultPack.blocks.flatMap((b) =>
      Object.values(b.text).flatMap((t) => (Array.isArray(t) ? t : [t])),
    );
    for (const text of texts) expect(text, text).not.toMatch(/\[[^\]]*\]/);
    const varied = defaultPack.blocks.filter((b) =>
      Object.values(b.text).every((t) => Array.isArray(t) && t.length >= 2),
    );
    expect(varied.length).toBeGreaterThanOrEqual(defaultPack.blocks.length - 2);
  });

  it('has empathy for every intensity but calm, and service hours with after-hours texts', () => {
    const empathy = defaultPack.blocks.filter((b) => b.kind === 'empathy');
    expect(new Set(empathy.flatMap((b) => b.intensities ?? []))).toEqual(
      new Set(['annoyed', 'angry', 'distressed']),
    );
    expect(defaultPack.hours?.timeZone).toBe('Europe/Berlin');
    expect(defaultPack.hours?.week.mon).toEqual([{ from: '08:00', to: '20:00' }]);
    expect(defaultPack.hours?.week.sun).toEqual([]);
    expect(Object.keys(defaultPack.hours?.afterHours ?? {}).sort()).toEqual(['de', 'en', 'sv']);
    expect(defaultPack.abuse.replyAllowed).toBe(true);
    expect(defaultPack.abuse.steps.length).toBeGreaterThanOrEqual(3);
  });

  it('has an escalation playbook for the cases that must not be handled in public alone', () => {
    expect(defaultPack.escalation.map((e) => e.id)).toEqual([
      'legal-threat',
      'safety-injury',
      'privacy-data',
      'media-influencer',
      'self-harm',
      'abusive-customer',
      'repeat-contact',
    ]);
    for (const entry of defaultPack.escalation) {
      expect(Object.keys(entry.triggers).sort(), entry.id).toEqual(['de', 'en', 'sv']);
      expect(Object.keys(entry.holdingReply ?? {}).sort(), entry.id).toEqual(['de', 'en', 'sv']);
    }
  });

  it('has at least six passing and six failing examples across the three languages', () => {
    const pass = defaultPack.examples.filter((e) => e.expect === 'pass');
    const fail = defaultPack.examples.filter((e) => e.expect !== 'pass');
    expect(pass.length).toBeGreaterThanOrEqual(6);
    expect(fail.length).toBeGreaterThanOrEqual(6);
    expect(new Set(pass.map((e) => e.language))).toEqual(new Set(LANGUAGES));
    expect(new Set(fail.map((e) => e.language))).toEqual(new Set(LANGUAGES));
    const tripped = fail.flatMap((e) => (e.expect === 'pass' ? [] : e.expect.trips));
    const builtin: readonly string[] = BUILTIN_RULE_IDS;
    expect(tripped.filter((id) => builtin.includes(id)).length).toBeGreaterThanOrEqual(6);
  });

  it('greets by name in every passing example that has a customer name', () => {
    for (const example of defaultPack.examples) {
      if (example.expect !== 'pass' || !example.customerName) continue;
      const firstName = example.customerName.split(' ')[0]!;
      expect(example.text.split(/[\s,]+/).slice(0, 3), example.text).toContain(firstName);
    }
  });
});
