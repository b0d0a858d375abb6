import type { UiLanguage } from '../i18n/types';
import { say, type Speaker } from '../voice/say';
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

/** How pack tests are run and explained. */
export interface PackExampleOptions {
  /**
   * The language of the explanations and of the findings' messages (the team lead's), English
   * when absent. The example's own `language` still picks the word lists it is checked with.
   */
  locale?: UiLanguage;
}

function describe(speaker: Speaker, finding: Finding, text: string): string {
  return say(speaker, 'voice_example_finding', {
    rule: finding.ruleId,
    text: text.slice(finding.start, finding.end),
  });
}

function missingExplanation(speaker: Speaker, missing: string[], found: string[]): string {
  const values = { missing: missing.join(', '), found: found.join(', ') };
  if (missing.length === 1) {
    return found.length === 0
      ? say(speaker, 'voice_example_missing_one', values)
      : say(speaker, 'voice_example_missing_one_found', values);
  }
  return found.length === 0
    ? say(speaker, 'voice_example_missing', values)
    : say(speaker, 'voice_example_missing_found', values);
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
  options: PackExampleOptions = {},
): ExampleResult {
  const speaker: Speaker = options.locale === undefined ? {} : { locale: options.locale };
  const findings = check(example.text, pack, { ...exampleContext(example), ...speaker });
  if (example.expect === 'pass') {
    const passed = findings.length === 0;
    const listed = findings.map((finding) => describe(speaker, finding, example.text)).join('; ');
    return {
      index,
      example,
      findings,
      passed,
      unexpected: findings,
      missing: [],
      explanation: passed
        ? ''
        : say(speaker, 'voice_example_expected_pass', { count: findings.length, findings: listed }),
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
    explanation: passed ? '' : missingExplanation(speaker, missing, gotIds),
  };
}

/** Runs every example of the pack, in order. Pure: no I/O, same result for the same pack. */
export function runPackExamples(
  pack: VoicePack,
  options: PackExampleOptions = {},
): ExampleResult[] {
  return pack.examples.map((example, index) => runPackExample(pack, example, index, options));
}
