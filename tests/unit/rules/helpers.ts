import { check } from '../../../lib/rules';
import type { CheckContext, Finding } from '../../../lib/rules/types';
import { voicePackSchema, type VoicePack, type VoicePackInput } from '../../../lib/voice/schema';

/** A pack with every default and the given changes, for rules that depend on the pack. */
export function makePack(changes: Partial<VoicePackInput> = {}): VoicePack {
  return voicePackSchema.parse({
    id: 'test-pack',
    name: 'Test pack',
    version: '1.0.0',
    languages: ['en', 'de', 'sv'],
    ...changes,
  });
}

export function findingsOf(
  ruleId: string,
  text: string,
  pack: VoicePack,
  context: CheckContext = {},
): Finding[] {
  return check(text, pack, context).filter((f) => f.ruleId === ruleId);
}

/** The flagged excerpts, the simplest thing to assert on in a table test. */
export function excerpts(
  ruleId: string,
  text: string,
  pack: VoicePack,
  context: CheckContext = {},
) {
  return findingsOf(ruleId, text, pack, context).map((f) => text.slice(f.start, f.end));
}

export function applyFix(text: string, fix: { start: number; end: number; replacement: string }) {
  return text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);
}
