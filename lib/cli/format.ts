import type { Finding, Severity } from '../rules/types';
import { caretLine } from './caret';
import { styleFor, type Style } from './color';
import { positionAt } from './position';

export interface FormatOptions {
  /** Shown before `:line:col`; `<stdin>` for piped text. */
  file: string;
  color?: boolean;
}

/** The severity padded to the longest one ("suggestion") so rule ids line up. */
function severityText(severity: Severity, style: Style): string {
  const padded = severity.padEnd('suggestion'.length);
  if (severity === 'error') return style.red(padded);
  if (severity === 'warning') return style.yellow(padded);
  return style.cyan(padded);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** `3 problems (1 error, 2 warnings)`, `… 1 suggestion)` when there are any, or `No problems found.` */
export function summaryLine(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No problems found.';
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  const parts = [plural(count('error'), 'error'), plural(count('warning'), 'warning')];
  const suggestions = count('suggestion');
  if (suggestions > 0) parts.push(plural(suggestions, 'suggestion'));
  return `${plural(findings.length, 'problem')} (${parts.join(', ')})`;
}

/** Shows a replacement so that an empty one (a deletion) and spaces stay visible. */
function quoteReplacement(replacement: string): string {
  return JSON.stringify(replacement);
}

/** Lines longer than this are cut around the finding, with `…` where text was left out. */
export const MAX_SOURCE_LINE = 160;
const CONTEXT = 60;

/** Moves an offset off the second half of a surrogate pair. */
function onCodePoint(text: string, offset: number): number {
  const unit = text.charCodeAt(offset);
  return unit >= 0xdc00 && unit <= 0xdfff && offset > 0 ? offset - 1 : offset;
}

/** The part of a (possibly very long) line to print under a finding's head line. */
export function sourceWindow(
  text: string,
  lineStart: number,
  lineEnd: number,
  start: number,
  end: number,
): { start: number; end: number; before: string; after: string } {
  if (lineEnd - lineStart <= MAX_SOURCE_LINE) {
    return { start: lineStart, end: lineEnd, before: '', after: '' };
  }
  const from = onCodePoint(text, Math.max(lineStart, start - CONTEXT));
  const to = onCodePoint(
    text,
    Math.min(lineEnd, Math.max(start, Math.min(end, start + CONTEXT)) + CONTEXT),
  );
  return {
    start: from,
    end: to,
    before: from > lineStart ? '…' : '',
    after: to < lineEnd ? '…' : '',
  };
}

/**
 * One finding as a block of lines:
 *
 * ```
 * reply.txt:2:5  warning     human.form-letter  "…" reads like a form letter.
 *     We apologize for any inconvenience.
 *     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
 *     why: Customers read this as a form letter.
 *     fix: "Sorry about that" (Say it plainly)
 * ```
 */
export function formatFinding(text: string, finding: Finding, options: FormatOptions): string {
  const style = styleFor(options.color ?? false);
  const at = positionAt(text, finding.start);
  const head =
    `${options.file}:${at.line}:${at.column}  ${severityText(finding.severity, style)}  ` +
    `${style.dim(finding.ruleId)}  ${finding.message}`;
  const indent = '    ';
  const lines = [head.replace(/\s+$/, '')];
  const view = sourceWindow(text, at.lineStart, at.lineEnd, finding.start, finding.end);
  lines.push(indent + view.before + text.slice(view.start, view.end) + view.after);
  const caret =
    ' '.repeat(view.before.length) +
    caretLine(text, view.start, view.end, finding.start, finding.end);
  lines.push(indent + (finding.severity === 'error' ? style.red(caret) : style.yellow(caret)));
  if (finding.why) lines.push(`${indent}${style.dim('why:')} ${finding.why}`);
  for (const fix of finding.fixes) {
    // "Replace with “X”" says nothing the quoted replacement doesn't; a deletion keeps its label.
    const redundant = fix.replacement !== '' && fix.label.includes(fix.replacement);
    const label = fix.label && !redundant ? ` (${fix.label})` : '';
    lines.push(`${indent}${style.green('fix:')} ${quoteReplacement(fix.replacement)}${label}`);
  }
  if (finding.link) lines.push(`${indent}${style.dim('see:')} ${finding.link}`);
  return lines.join('\n');
}

/** Every finding, a blank line between them, then the summary line. Ends with a newline. */
export function formatFindings(
  text: string,
  findings: readonly Finding[],
  options: FormatOptions,
): string {
  const style = styleFor(options.color ?? false);
  const blocks = findings.map((finding) => formatFinding(text, finding, options));
  const summary = summaryLine(findings);
  const hasError = findings.some((f) => f.severity === 'error');
  const styled =
    findings.length === 0
      ? style.green(summary)
      : hasError
        ? style.red(style.bold(summary))
        : style.yellow(style.bold(summary));
  return [...blocks, styled].join('\n\n') + '\n';
}

/** The `--json` output: exactly `{"findings":[…]}` with every field as the check produced it. */
export function formatJson(findings: readonly Finding[]): string {
  return JSON.stringify({ findings }) + '\n';
}

/** 1 when any finding is an error, else 0. (2, bad usage or a bad pack, is decided elsewhere.) */
export function exitCodeFor(findings: readonly Finding[]): 0 | 1 {
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}
