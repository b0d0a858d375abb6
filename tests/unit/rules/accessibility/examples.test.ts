import { describe, expect, it } from 'vitest';
import { check } from '../../../../lib/rules';
import { ACCESSIBILITY_RULES } from '../../../../lib/rules/accessibility';
import { BUILTIN_RULE_IDS } from '../../../../lib/rules/ids';
import { defaultPack } from '../../../../lib/voice';
import { makePack } from '../helpers';

const ids = BUILTIN_RULE_IDS.filter((id) => id.startsWith('accessibility.'));

describe('the accessibility rules', () => {
  it('are all registered, once, with the ids voice packs know', () => {
    expect(ACCESSIBILITY_RULES.map((r) => r.id).sort()).toEqual([...ids].sort());
  });

  it.each(ACCESSIBILITY_RULES.map((r) => [r.id, r] as const))('%s is documented', (_id, rule) => {
    expect(rule.category).toBe('accessibility');
    expect(rule.why).toMatch(/^[A-Z"“].{30,}[.!]$/);
    expect(rule.link).toMatch(/^https:\/\/[^\s]+$/);
    expect(rule.examples.length).toBeGreaterThan(0);
  });
});

const examples = ACCESSIBILITY_RULES.flatMap((rule) =>
  rule.examples.map((example, index) => [rule.id, index, example] as const),
);

describe.each([
  ['the default pack', defaultPack],
  ['the schema defaults', makePack()],
])('every example with %s', (_name, pack) => {
  it.each(examples)('%s example %i', (ruleId, _index, example) => {
    const context = { language: example.language };
    expect(check(example.bad, pack, context).map((f) => f.ruleId)).toContain(ruleId);
    expect(check(example.good, pack, context).map((f) => f.ruleId)).not.toContain(ruleId);
  });
});
