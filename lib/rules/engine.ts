import type { VoicePack } from '../voice/schema';
import { customRulesFor } from './brand/custom';
import { BUILTIN_RULES } from './registry';
import type { Rule } from './rule';
import { whyOf } from './say';
import { prepareDoc } from './text/doc';
import type { CheckContext, Finding, Severity } from './types';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, suggestion: 2 };

export function rulesFor(pack: VoicePack): readonly Rule[] {
  return [...BUILTIN_RULES, ...customRulesFor(pack)];
}

/**
 * Checks a reply against the built-in rules and the voice pack. Pure and synchronous: it runs on
 * every keystroke in the extension and the same way in Node (CLI, tests, benchmarks).
 */
export function check(text: string, pack: VoicePack, context: CheckContext = {}): Finding[] {
  const doc = prepareDoc(text, context.language, pack.languages[0] ?? 'en');
  const env = { doc, pack, context };
  const findings: Finding[] = [];
  const names = nameSpans(text, context.customerName);
  for (const rule of rulesFor(pack)) {
    const override = pack.overrides[rule.id];
    if (override === 'off') continue;
    if (rule.languages && !rule.languages.includes(doc.language)) continue;
    for (const hit of rule.check(env)) {
      // A word inside the customer's own name or handle ("bluesky.babe") is theirs to choose:
      // the reply has to greet them by it.
      if (rule.category === 'inclusive' && within(names, hit.start, hit.end)) continue;
      findings.push({
        ruleId: rule.id,
        category: rule.category,
        severity: override ?? hit.severity ?? rule.severity,
        start: hit.start,
        end: hit.end,
        message: hit.message,
        why: whyOf(context, rule),
        ...(rule.link ? { link: rule.link } : {}),
        fixes: hit.fixes ?? [],
      });
    }
  }
  return findings.sort(
    (a, b) =>
      a.start - b.start ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.end - b.end ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

/** Where the customer's name occurs in the reply, case-insensitively. */
function nameSpans(text: string, name: string | undefined): [number, number][] {
  const wanted = name?.trim().toLowerCase();
  if (!wanted) return [];
  const lower = text.toLowerCase();
  // toLowerCase keeps UTF-16 lengths for the scripts names come in, except a few (İ → i̇):
  // then offsets would drift, so nothing is treated as the name.
  if (lower.length !== text.length) return [];
  const spans: [number, number][] = [];
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + wanted.length)) {
    spans.push([at, at + wanted.length]);
  }
  return spans;
}

function within(spans: readonly [number, number][], start: number, end: number): boolean {
  return spans.some(([from, to]) => from <= start && end <= to);
}
