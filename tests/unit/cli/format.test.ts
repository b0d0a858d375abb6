import { describe, expect, it } from 'vitest';
import { caretLine, displayWidth } from '../../../lib/cli/caret';
import { useColor } from '../../../lib/cli/color';
import {
  exitCodeFor,
  formatFinding,
  formatFindings,
  formatJson,
  MAX_SOURCE_LINE,
  summaryLine,
} from '../../../lib/cli/format';
import { codePointCount, positionAt } from '../../../lib/cli/position';
import type { Finding, Severity } from '../../../lib/rules/types';

function finding(text: string, excerpt: string, changes: Partial<Finding> = {}): Finding {
  const start = text.indexOf(excerpt);
  if (start < 0) throw new Error(`"${excerpt}" is not in the text`);
  return {
    ruleId: 'human.form-letter',
    category: 'human',
    severity: 'warning',
    start,
    end: start + excerpt.length,
    message: 'Reads like a form letter.',
    why: 'Customers skip canned phrases.',
    fixes: [],
    ...changes,
  };
}

const ofSeverity = (...severities: Severity[]) =>
  severities.map((severity) => finding('x', 'x', { severity }));

describe('positionAt', () => {
  it('gives 1-based lines and columns counted in code points', () => {
    const text = 'Hi 👋 Sam,\n🙏🙏 we apologize\r\nbye';
    expect(positionAt(text, 0)).toMatchObject({ line: 1, column: 1 });
    // After "Hi 👋 ": the emoji is two UTF-16 units but one column.
    expect(positionAt(text, text.indexOf('Sam'))).toMatchObject({ line: 1, column: 6 });
    expect(positionAt(text, text.indexOf('we'))).toMatchObject({ line: 2, column: 4 });
    expect(positionAt(text, text.indexOf('bye'))).toMatchObject({ line: 3, column: 1 });
  });

  it('knows where the line starts and ends, with \\r\\n, \\n and a lone \\r as breaks', () => {
    const text = 'one\r\ntwo\rthree\nfour';
    const at = positionAt(text, text.indexOf('three') + 2);
    expect(at).toMatchObject({ line: 3, column: 3 });
    expect(text.slice(at.lineStart, at.lineEnd)).toBe('three');
    // The break itself belongs to the line it ends.
    expect(positionAt(text, 3)).toMatchObject({ line: 1, column: 4 });
    expect(positionAt(text, 4)).toMatchObject({ line: 1, column: 5 });
    expect(positionAt(text, 5)).toMatchObject({ line: 2, column: 1 });
  });

  it('clamps offsets past the end', () => {
    expect(positionAt('ab\ncd', 99)).toMatchObject({ line: 2, column: 3 });
  });

  it('counts code points, not UTF-16 units', () => {
    expect(codePointCount('a😀b')).toBe(3);
    expect(codePointCount('👩‍👩‍👧')).toBe(5);
    expect(codePointCount('a😀b', 1, 3)).toBe(1);
  });
});

describe('caret line', () => {
  it('measures emoji two cells wide and combining marks zero', () => {
    expect(displayWidth('🙏🙏 we')).toBe(7);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('👩‍👩‍👧')).toBe(2);
    expect(displayWidth('漢字')).toBe(4);
  });

  it('pads under emoji by their width and keeps tabs', () => {
    const text = '\t🙏 sorry';
    expect(caretLine(text, 0, text.length, text.indexOf('sorry'), text.length)).toBe('\t   ^~~~~');
  });

  it('gives an empty span one caret and stops at the end of the line', () => {
    const text = 'abc def\nghi';
    expect(caretLine(text, 0, 7, 4, 4)).toBe('    ^');
    expect(caretLine(text, 0, 7, 4, 11)).toBe('    ^~~');
  });
});

describe('formatFinding', () => {
  const text = 'Hi Sam,\n🙏🙏 We apologize for any inconvenience.\nBest, the team';

  it('prints file:line:col, severity, rule id and message, then the line with a caret under the span', () => {
    const f = finding(text, 'We apologize for any inconvenience', {
      fixes: [{ label: 'Say sorry plainly', start: 0, end: 0, replacement: "I'm sorry" }],
      link: 'https://example.com/form-letter',
    });
    expect(formatFinding(text, f, { file: 'reply.txt' }).split('\n')).toEqual([
      'reply.txt:2:4  warning     human.form-letter  Reads like a form letter.',
      '    🙏🙏 We apologize for any inconvenience.',
      '         ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
      '    why: Customers skip canned phrases.',
      `    fix: "I'm sorry" (Say sorry plainly)`,
      '    see: https://example.com/form-letter',
    ]);
  });

  it('drops a label that only repeats the replacement', () => {
    const f = finding(text, 'Best', {
      fixes: [{ label: 'Replace with “Thanks”', start: 0, end: 0, replacement: 'Thanks' }],
    });
    expect(formatFinding(text, f, { file: 'r' })).toMatch(/\n {4}fix: "Thanks"$/);
  });

  it('lines up rule ids after the longest severity', () => {
    const f = finding(text, 'Best', { severity: 'suggestion', ruleId: 'brand.sign-off' });
    expect(formatFinding(text, f, { file: 'r' })).toMatch(
      /^r:3:1 {2}suggestion {2}brand\.sign-off {2}/,
    );
  });

  it('quotes an empty replacement so a deletion is visible', () => {
    const f = finding(text, 'Best', {
      fixes: [{ label: 'Remove', start: 0, end: 0, replacement: '' }],
    });
    expect(formatFinding(text, f, { file: 'r' })).toContain('    fix: "" (Remove)');
  });

  it('cuts a very long line around the span', () => {
    const long = 'x'.repeat(500) + ' cheap ' + 'y'.repeat(500);
    const lines = formatFinding(long, finding(long, 'cheap'), { file: 'r' }).split('\n');
    const source = lines[1]!.slice(4);
    const caret = lines[2]!.slice(4);
    expect(source.length).toBeLessThan(MAX_SOURCE_LINE);
    expect(source.startsWith('…') && source.endsWith('…')).toBe(true);
    expect(source.slice(caret.indexOf('^'), caret.indexOf('^') + 5)).toBe('cheap');
  });

  it('uses colours only when asked', () => {
    const f = finding(text, 'Best');
    expect(formatFinding(text, f, { file: 'r', color: false })).not.toContain('\u001b[');
    expect(formatFinding(text, f, { file: 'r', color: true })).toContain('\u001b[33m');
    expect(useColor(true, {})).toBe(true);
    expect(useColor(false, {})).toBe(false);
    expect(useColor(true, { NO_COLOR: '1' })).toBe(false);
    expect(useColor(true, { NO_COLOR: '' })).toBe(true);
  });
});

describe('summary, JSON and exit code', () => {
  it('summarises by severity', () => {
    expect(summaryLine([])).toBe('No problems found.');
    expect(summaryLine(ofSeverity('error', 'warning', 'warning'))).toBe(
      '3 problems (1 error, 2 warnings)',
    );
    expect(summaryLine(ofSeverity('warning'))).toBe('1 problem (0 errors, 1 warning)');
    expect(summaryLine(ofSeverity('suggestion', 'suggestion'))).toBe(
      '2 problems (0 errors, 0 warnings, 2 suggestions)',
    );
  });

  it('ends the report with the summary', () => {
    const text = 'We apologize.';
    const out = formatFindings(text, [finding(text, 'We apologize')], { file: '<stdin>' });
    expect(out.startsWith('<stdin>:1:1  warning')).toBe(true);
    expect(out.endsWith('\n\n1 problem (0 errors, 1 warning)\n')).toBe(true);
    expect(formatFindings('Fine.', [], { file: 'r' })).toBe('No problems found.\n');
  });

  it('prints exactly {"findings":[…]} with every field', () => {
    const text = 'We apologize.';
    const f = finding(text, 'We apologize', {
      link: 'https://example.com',
      fixes: [{ label: 'l', start: 0, end: 2, replacement: 'I' }],
    });
    const out = formatJson([f]);
    expect(out.endsWith('}\n')).toBe(true);
    expect(JSON.parse(out)).toEqual({ findings: [f] });
    expect(Object.keys(JSON.parse(out))).toEqual(['findings']);
    expect(JSON.parse(formatJson([]))).toEqual({ findings: [] });
  });

  it('exits 1 only when a finding is an error', () => {
    expect(exitCodeFor([])).toBe(0);
    expect(exitCodeFor(ofSeverity('warning', 'suggestion'))).toBe(0);
    expect(exitCodeFor(ofSeverity('suggestion', 'error'))).toBe(1);
  });
});
