import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULE_IDS, BUILTIN_RULES, check } from '../../../lib/rules';
import { renderRulesReference } from '../../../lib/rules/reference';
import { defaultPack, defaultPackInput, parsePack } from '../../../lib/voice';
import type { VoicePack } from '../../../lib/voice/schema';

describe('the built-in rule registry', () => {
  it('holds exactly the ids that voice packs are validated against', () => {
    const ids = BUILTIN_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...BUILTIN_RULE_IDS].sort());
  });

  it.each(BUILTIN_RULES.map((rule) => [rule.id, rule] as const))('%s is documented', (id, rule) => {
    expect(id.startsWith(`${rule.category}.`)).toBe(true);
    expect(rule.title.length).toBeGreaterThan(3);
    expect(rule.why).toMatch(/^[A-Z“"].+[.!]$/);
    expect(rule.link).toMatch(/^https:\/\/\S+$/);
    expect(rule.examples.length).toBeGreaterThan(0);
  });
});

const examples = BUILTIN_RULES.flatMap((rule) =>
  rule.examples.map((example, index) => [rule.id, index, example] as const),
);

describe('every rule example behaves as documented (with the default pack)', () => {
  it.each(examples)('%s example %i', (ruleId, _index, example) => {
    const context = { ...example.context, language: example.language };
    let pack: VoicePack = defaultPack;
    if (example.pack) {
      const parsed = parsePack({ ...defaultPackInput, ...example.pack });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      pack = parsed.pack;
    }
    const flagged = check(example.bad, pack, context).map((f) => f.ruleId);
    expect(flagged, `“${example.bad}” should trip ${ruleId}`).toContain(ruleId);
    const fine = check(example.good, pack, context).map((f) => f.ruleId);
    expect(fine, `“${example.good}” should not trip ${ruleId}`).not.toContain(ruleId);
  });
});

describe('the rules reference', () => {
  it('is generated from the rules (run `npm run rules:reference` after changing a rule)', () => {
    const committed = readFileSync(new URL('../../../lib/rules/RULES.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderRulesReference(BUILTIN_RULES));
  });
});
