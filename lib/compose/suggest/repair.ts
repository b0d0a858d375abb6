import { check } from '../../rules/engine';
import type { CheckContext, Finding } from '../../rules/types';
import type { VoicePack } from '../../voice/schema';

const ROUNDS = 3;

const isError = (finding: Finding) => finding.severity === 'error';

/**
 * The candidate as the pack's check sees it, with errors repaired by their first fix (one at a
 * time, since a fix moves the offsets of the others), or undefined when an error remains.
 */
export function repair(
  text: string,
  pack: VoicePack,
  context: CheckContext,
): { text: string; findings: Finding[] } | undefined {
  let current = text;
  let findings = check(current, pack, context);
  for (let round = 0; round < ROUNDS && findings.some(isError); round++) {
    const fix = findings.find((f) => isError(f) && f.fixes.length > 0)?.fixes[0];
    if (!fix) return undefined;
    current = current.slice(0, fix.start) + fix.replacement + current.slice(fix.end);
    findings = check(current, pack, context);
  }
  return findings.some(isError) ? undefined : { text: current, findings };
}
