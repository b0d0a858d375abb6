/** Timing with `performance.now()`: warm-up runs, then timed runs, summarised by percentiles. */

export interface Timing {
  /** Timed runs (after warm-up). */
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
}

export interface MeasureOptions {
  warmup: number;
  runs: number;
  /**
   * Stop timing once this much time has been spent (after at least `minRuns`), for inputs that
   * turn out to be slow. Unlimited when absent.
   */
  budgetMs?: number;
  minRuns?: number;
}

/** Keeps results alive so that the engine's work cannot be optimised away. */
let sink = 0;
export function consume(value: unknown): void {
  if (Array.isArray(value)) sink += value.length;
  else if (value !== undefined && value !== null) sink += 1;
}
export function sinkValue(): number {
  return sink;
}

/** The value at quantile `q` (0..1) of sorted samples, nearest-rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

/** The median: the middle sample, or the mean of the two middle ones. */
export function median(sorted: readonly number[]): number {
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summarise(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    medianMs: median(sorted),
    p95Ms: quantile(sorted, 0.95),
    minMs: sorted[0] ?? Number.NaN,
    maxMs: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** Times a synchronous function. */
export function measure(fn: () => unknown, options: MeasureOptions): Timing {
  const minRuns = options.minRuns ?? 1;
  let spent = 0;
  for (let i = 0; i < options.warmup; i++) {
    const start = performance.now();
    consume(fn());
    spent += performance.now() - start;
    if (options.budgetMs !== undefined && spent > options.budgetMs) break;
  }
  spent = 0;
  const samples: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const start = performance.now();
    consume(fn());
    const elapsed = performance.now() - start;
    samples.push(elapsed);
    spent += elapsed;
    if (options.budgetMs !== undefined && spent > options.budgetMs && samples.length >= minRuns)
      break;
  }
  return summarise(samples);
}
