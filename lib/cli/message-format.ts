import type { Analysis, EscalationMatch, SuggestResult, Suggestion } from '../compose/types';
import { measureLength, platformLabel } from '../platforms/limits';
import type { PlatformId } from '../platforms';
import { styleFor, type Style } from './color';

/** What `analyze --json` prints, and `suggest --json` under "analysis": a fixed set of keys. */
export interface AnalysisJson {
  language: Analysis['language'];
  intent: Analysis['intent'];
  /** `null` rather than absent, so that every output has the same keys. */
  secondaryIntent: Analysis['secondaryIntent'] | null;
  intensity: Analysis['intensity'];
  entities: Analysis['entities'];
  escalation: Analysis['escalation'];
}

export function analysisJson(analysis: Analysis): AnalysisJson {
  return {
    language: analysis.language,
    intent: analysis.intent,
    secondaryIntent: analysis.secondaryIntent ?? null,
    intensity: analysis.intensity,
    entities: analysis.entities,
    escalation: analysis.escalation,
  };
}

export function formatAnalysisJson(analysis: Analysis): string {
  return JSON.stringify(analysisJson(analysis)) + '\n';
}

export function suggestJson(result: SuggestResult): Record<string, unknown> {
  const json: Record<string, unknown> = {
    analysis: analysisJson(result.analysis),
    suggestions: result.suggestions.map(({ text, shape, findings }) => ({
      text,
      shape,
      findings,
    })),
  };
  if (result.afterHours) json.afterHours = result.afterHours;
  if (result.guidance) json.guidance = result.guidance;
  return json;
}

export function formatSuggestJson(result: SuggestResult): string {
  return JSON.stringify(suggestJson(result)) + '\n';
}

const LABEL_WIDTH = 'escalation'.length + 2;
const row = (label: string, value: string, style: Style) =>
  `${style.dim(label.padEnd(LABEL_WIDTH))}${value}`;

function indentLines(text: string, indent: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : indent + line))
    .join('\n');
}

function escalationBlock(match: EscalationMatch, style: Style): string[] {
  const playbook = match.playbook;
  const serious = !playbook || playbook.severity === 'critical' || playbook.severity === 'high';
  const mark = serious ? style.red('!') : style.yellow('!');
  const lines = [`  ${mark} ${style.bold(match.cue)}  ${style.dim('evidence:')} ${match.evidence}`];
  if (!playbook) {
    lines.push(`    the pack has no playbook for this cue: hand it to a lead before replying`);
    return lines;
  }
  const handOff = playbook.handOffTo ? ` · hand off to ${playbook.handOffTo}` : '';
  lines.push(`    ${playbook.label} (${playbook.severity})${handOff}`);
  playbook.steps.forEach((step, index) => lines.push(`    ${index + 1}. ${step}`));
  if (playbook.holdingReply) {
    lines.push(`    ${style.dim('holding reply:')} ${JSON.stringify(playbook.holdingReply)}`);
  }
  return lines;
}

/** The analysis for a terminal: one labelled row per fact, escalation last and loud. */
export function formatAnalysis(analysis: Analysis, color = false): string {
  const style = styleFor(color);
  const lines: string[] = [];
  const language = analysis.languageDetected
    ? `${analysis.language}`
    : `${analysis.language} ${style.dim('(the pack’s default: too little text to tell)')}`;
  lines.push(row('language', language, style));
  const secondary = analysis.secondaryIntent ? `, also ${analysis.secondaryIntent}` : '';
  lines.push(row('intent', `${style.bold(analysis.intent)}${secondary}`, style));
  const signals = analysis.signals.length > 0 ? ` (${analysis.signals.join(', ')})` : '';
  lines.push(
    row(
      'intensity',
      `${analysis.intensity} ${analysis.intensityScore.toFixed(2)}${signals}`,
      style,
    ),
  );
  if (analysis.topic) lines.push(row('topic', analysis.topic, style));
  const { names, orderNumbers, products, dates, emails } = analysis.entities;
  const entityRows: [string, string[]][] = [
    ['names', names],
    ['orders', orderNumbers],
    ['products', products],
    ['dates', dates],
    ['e-mails', emails],
  ];
  for (const [label, values] of entityRows) {
    if (values.length > 0) lines.push(row(label, values.join(', '), style));
  }
  if (analysis.escalation.length === 0) {
    lines.push(row('escalation', style.green('none'), style));
  } else {
    const n = analysis.escalation.length;
    lines.push(
      row(
        'escalation',
        style.red(style.bold(`${n} cue${n === 1 ? '' : 's'}: act before replying`)),
        style,
      ),
    );
    for (const match of analysis.escalation) lines.push(...escalationBlock(match, style));
  }
  return lines.join('\n') + '\n';
}

function findingsSummary(suggestion: Suggestion, style: Style): string[] {
  if (suggestion.findings.length === 0) return [style.green('✓ passes the pack')];
  return suggestion.findings.map(
    (finding) =>
      `${finding.severity === 'error' ? style.red(finding.severity) : style.yellow(finding.severity)}  ${style.dim(finding.ruleId)}  ${finding.message}`,
  );
}

/** The analysis, then each suggestion with its shape, length and findings, then after-hours and guidance. */
export function formatSuggestions(
  result: SuggestResult,
  platform: PlatformId,
  color = false,
): string {
  const style = styleFor(color);
  const parts = [formatAnalysis(result.analysis, color)];
  if (result.guidance) {
    const lines = [style.bold('Abuse or trolling: the pack’s guidance')];
    result.guidance.steps.forEach((step, index) => lines.push(`  ${index + 1}. ${step}`));
    if (!result.guidance.replyAllowed) lines.push('  The pack offers no reply to this message.');
    parts.push(lines.join('\n') + '\n');
  }
  if (result.afterHours) {
    parts.push(
      `Outside service hours: a person is back ${result.afterHours.nextOpen} (${result.afterHours.timeZone}).\n`,
    );
  }
  if (result.suggestions.length === 0) {
    parts.push(style.yellow('No reply could be composed.') + '\n');
  } else {
    const blocks = result.suggestions.map((suggestion, index) => {
      const measure = measureLength(suggestion.text, platform);
      const length =
        measure.limit === null
          ? `${measure.length} characters`
          : `${measure.length}/${measure.limit} on ${platformLabel(platform)}`;
      const head = `${style.bold(`${index + 1}. ${suggestion.shape}`)}  ${style.dim(length)}`;
      const body = indentLines(suggestion.text, '   ');
      const checks = findingsSummary(suggestion, style).map((line) => `   ${line}`);
      return [head, body, ...checks].join('\n');
    });
    parts.push(blocks.join('\n\n') + '\n');
  }
  return parts.join('\n');
}

/** 1 when no suggestion was composed or one carries an error (the composer should never let that through). */
export function suggestExitCode(result: SuggestResult): 0 | 1 {
  if (result.suggestions.length === 0) return 1;
  return result.suggestions.some((s) => s.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
