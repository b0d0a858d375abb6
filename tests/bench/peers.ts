/**
 * The peers the rules section compares against, set up once and reused as they would be in
 * an editor integration.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import retextProfanities from 'retext-profanities';
import { VFile } from 'vfile';
import writeGood from 'write-good';

/**
 * retext + english + equality + profanities, the processor created once. Timed on unified's
 * synchronous path, `runSync(parse(file), file)` (parse and all transformers, no stringify):
 * the plugins are synchronous, so this is the cheapest fair way to get the same messages as
 * `process()`, without promise overhead.
 */
export function createRetext(): (text: string) => number {
  const processor = retext().use(retextEnglish).use(retextEquality).use(retextProfanities);
  processor.freeze();
  return (text) => {
    const file = new VFile(text);
    processor.runSync(processor.parse(file), file);
    return file.messages.length;
  };
}

/** write-good with its default checks (everything but E-Prime). */
export function runWriteGood(text: string): number {
  return writeGood(text).length;
}

export interface PeerCoverage {
  /** retext-equality's English patterns (each a group of inconsiderate words with one message). */
  equalityPatterns: number | null;
  /** The inconsiderate words and phrases across those patterns. */
  equalityPhrases: number | null;
  /** Entries in `cuss` (English), which retext-profanities warns about at its default sureness 0. */
  profanityWords: number | null;
}

/**
 * Counts what the retext plugins check. retext-equality does not export its pattern list, so
 * it is loaded from the file next to the package entry; `cuss` is profanities' word list.
 * `null` when a list cannot be loaded (a different package layout): shown as unknown.
 */
export async function retextCoverage(): Promise<PeerCoverage> {
  const coverage: PeerCoverage = {
    equalityPatterns: null,
    equalityPhrases: null,
    profanityWords: null,
  };
  try {
    const entry = createRequire(import.meta.url).resolve('retext-equality');
    const module = (await import(pathToFileURL(join(dirname(entry), 'patterns-en.js')).href)) as {
      patterns: readonly { inconsiderate: Record<string, string> }[];
    };
    coverage.equalityPatterns = module.patterns.length;
    coverage.equalityPhrases = module.patterns.reduce(
      (sum, pattern) => sum + Object.keys(pattern.inconsiderate).length,
      0,
    );
  } catch {
    // Left unknown.
  }
  try {
    const { cuss } = (await import('cuss')) as { cuss: Record<string, number> };
    coverage.profanityWords = Object.keys(cuss).length;
  } catch {
    // Left unknown.
  }
  return coverage;
}
