import { measureLength, type Measure } from '../platforms/limits';
import { check } from '../rules';
import type { CheckContext, Finding, Severity } from '../rules/types';
import type { VoicePack } from '../voice/schema';

export type SeverityCounts = Record<Severity, number>;

export interface DraftCheck {
  findings: Finding[];
  counts: SeverityCounts;
  /** The draft's length as the platform counts it, against the pack's or the platform's limit. */
  length: Measure | null;
}

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, suggestion: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** Everything the panel shows about a draft. Pure: the same in the panel, in Node and in tests. */
export function checkDraft(draft: string, context: CheckContext, pack: VoicePack): DraftCheck {
  const findings = draft.trim() ? check(draft, pack, context) : [];
  const platform = context.platform;
  const length = platform ? measureLength(draft, platform, pack.limits[platform]?.maxChars) : null;
  return { findings, counts: countBySeverity(findings), length };
}
