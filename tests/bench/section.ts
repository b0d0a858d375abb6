/** The contract every benchmark section follows; `index.ts` runs them by name. */

export interface BenchOptions {
  /** Untimed runs before timing, per measurement. */
  warmup: number;
  /** Timed runs per measurement. */
  runs: number;
}

export interface SectionResult {
  /** Human-readable report, printed as it is. */
  text: string;
  /** The same figures for `--json`. */
  data: Record<string, unknown>;
}

export interface BenchSection {
  /** Selects the section on the command line: `npm run bench -- <name>`. */
  name: string;
  description: string;
  run(options: BenchOptions): Promise<SectionResult>;
}

/** A target: shown as PASS or MISS, never turned into a failure exit code. */
export interface Target {
  label: string;
  pass: boolean;
  actual: string;
}

export function formatTargets(targets: readonly Target[]): string {
  return targets
    .map((t) => `${t.pass ? 'PASS' : 'MISS'}  ${t.label.padEnd(44)} ${t.actual}`)
    .join('\n');
}

/** A plain text table with `|` between columns, padded to the widest cell. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join(' | ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

/** Milliseconds with three significant figures, e.g. `0.0523`, `1.24`, `13.5`. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value >= 100) return value.toFixed(0);
  return value.toPrecision(3);
}
