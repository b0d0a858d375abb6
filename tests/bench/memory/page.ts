/**
 * The memory benchmark's page inside the extension (entrypoints/memory-bench, built only in the
 * bench mode), so that it uses the extension's own IndexedDB origin as the real memory does.
 * Node drives it with Playwright: `window.__memoryBench.run(config)` (tests/bench/memory/chromium.ts).
 */
import { runMemoryBench, type MemoryBenchConfig, type MemoryBenchResult } from './run';

/** Not the extension's own database name, so the bench never touches real memory. */
export const BENCH_DB_NAME = 'replykit-memory-bench';

export interface MemoryBenchPage {
  run(config: MemoryBenchConfig): Promise<MemoryBenchResult>;
}

declare global {
  interface Window {
    __memoryBench?: MemoryBenchPage;
  }
}

async function storageUsage(): Promise<number | undefined> {
  return (await navigator.storage?.estimate?.())?.usage;
}

export function setupMemoryBenchPage(): void {
  window.__memoryBench = {
    run: (config) =>
      runMemoryBench(
        {
          name: BENCH_DB_NAME,
          storageUsage,
          progress: (message) => console.log(`[memory-bench] ${message}`),
        },
        config,
      ),
  };
  document.title = 'memory bench ready';
}
