/**
 * The memory benchmark in Node with fake-indexeddb, as a child process of the section (it needs
 * a larger heap than the bench's own process has: fake-indexeddb keeps every record in memory).
 * Usage: node --max-old-space-size=N --import tsx tests/bench/memory/node-run.ts '<config JSON>'
 * Progress on stderr, the result as JSON on stdout.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { runMemoryBench, type MemoryBenchConfig } from './run';

async function main(): Promise<void> {
  const config = JSON.parse(process.argv[2] ?? '') as MemoryBenchConfig;
  const result = await runMemoryBench(
    {
      name: 'replykit-memory-bench',
      indexedDB,
      IDBKeyRange,
      progress: (message) => process.stderr.write(`  node: ${message}\n`),
    },
    config,
  );
  process.stdout.write(JSON.stringify({ result, heapPeakBytes: process.memoryUsage().rss }) + '\n');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
