/**
 * Where the check's time goes: preparing the text (words, sentences) and each rule on its own,
 * the way the engine runs them (rules turned off by the pack or not for the text's language
 * are skipped). Uses the engine's internals, so it can point at the slow rule when a target
 * is missed.
 */
import { rulesFor } from '../../lib/rules';
import { prepareDoc } from '../../lib/rules/text/doc';
import type { CheckContext } from '../../lib/rules/types';
import type { VoicePack } from '../../lib/voice';

export interface CostLine {
  /** `(prepare)` for the text preparation, `(rulesFor)` for building the rule list, else a rule id. */
  id: string;
  /** Fastest of the repeats, in ms: the cost without noise from other processes. */
  ms: number;
}

function fastest(fn: () => unknown, repeats: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Costs, most expensive first. */
export function ruleBreakdown(
  text: string,
  pack: VoicePack,
  context: CheckContext,
  repeats = 5,
): CostLine[] {
  const fallback = pack.languages[0] ?? 'en';
  const doc = prepareDoc(text, context.language, fallback);
  const lines: CostLine[] = [
    { id: '(prepare)', ms: fastest(() => prepareDoc(text, context.language, fallback), repeats) },
    // The engine asks for the rule list on every check, which compiles the pack's custom rules.
    { id: '(rulesFor)', ms: fastest(() => rulesFor(pack), repeats) },
  ];
  const env = { doc, pack, context };
  for (const rule of rulesFor(pack)) {
    if (pack.overrides[rule.id] === 'off') continue;
    if (rule.languages && !rule.languages.includes(doc.language)) continue;
    lines.push({ id: rule.id, ms: fastest(() => rule.check(env), repeats) });
  }
  return lines.sort((a, b) => b.ms - a.ms);
}
