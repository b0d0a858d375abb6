import type { PackExample, VoicePack } from '../voice/schema';
import { check } from './engine';
import type { CheckContext, Finding } from './types';

/** The outcome of one of a voice pack's example replies. */
export interface ExampleResult {
  /** Position in `pack.examples`. */
  index: number;
  example: PackExample;
  /** Everything the check found in the example's text. */
  findings: Finding[];
  passed: boolean;
  /** For `expect: 'pass'`: the findings that should not be there. */
  unexpected: Finding[];
  /** For `expect: { trips }`: the listed rule ids that no finding carries. */
  missing: string[];
  /** Why the example failed, in a sentence or two; empty when it passed. */
  explanation: string;
}

/** The check context an example asks for: its platform, language and customer name. */
export function exampleContext(example: PackExample): CheckContext {
  const context: CheckContext = {};
  if (example.platform !== undefined) context.platform = example.platform;
  if (example.language !== undefined) context.language = example.language;
  if (example.customerName !== undefined) context.customerName = example.customerName;
  return context;
}

function describe(finding: Finding, text: string): string {
  return `${finding.ruleId} on "${text.slice(finding.start, finding.end)}"`;
}

/**
 * Runs one example through the check and decides whether it meets its expectation.
 * `expect: 'pass'` passes when nothing at all is found; `{ trips: [ids] }` passes when every
 * listed rule id is among the findings (other findings are allowed).
 */
export function runPackExample(
  pack: VoicePack,
  example: PackExample,
  index: number,
): ExampleResult {
  const findings = check(example.text, pack, exampleContext(example));
  if (example.expect === 'pass') {
    const passed = findings.length === 0;
    const listed = findings.map((finding) => describe(finding, example.text)).join('; ');
    return {
      index,
      example,
      findings,
      passed,
      unexpected: findings,
      missing: [],
      explanation: passed ? '' : `expected no findings, got ${findings.length}: ${listed}`,
    };
  }
  const found = new Set(findings.map((finding) => finding.ruleId));
  const missing = [...new Set(example.expect.trips)].filter((id) => !found.has(id));
  const passed = missing.length === 0;
  const gotIds = [...found].sort();
  return {
    index,
    example,
    findings,
    passed,
    unexpected: [],
    missing,
    explanation: passed
      ? ''
      : `expected ${missing.join(', ')} to trip but ${missing.length === 1 ? 'it did' : 'they did'} not; ` +
        (gotIds.length === 0 ? 'nothing was found' : `found ${gotIds.join(', ')}`),
  };
}

/** Runs every example of the pack, in order. Pure: no I/O, same result for the same pack. */
export function runPackExamples(pack: VoicePack): ExampleResult[] {
  return pack.examples.map((example, index) => runPackExample(pack, example, index));
}
