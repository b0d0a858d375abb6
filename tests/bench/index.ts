/**
 * `npm run bench` runs every section; `npm run bench -- rules` runs only the named ones
 * (each once, in the usual order, also when named by an alias);
 * `--json` prints machine-readable results instead of the report. Targets that are missed
 * show as MISS: the benchmark exits 0 after printing whatever the figures (2 for bad usage, 1
 * only if the harness itself crashes; a section that throws is reported and the rest run). It
 * is not part of `npm test`.
 */
import { parseArgs } from 'node:util';
import { formatMachine, machineNote } from './machine';
import type { BenchOptions } from './section';
import { SECTIONS, sectionNamed } from './sections';

const USAGE = `Usage: npm run bench -- [SECTION…] [--json] [--runs N] [--warmup N]

Sections (all when none is named):
${SECTIONS.map((s) => `  ${s.name.padEnd(16)} ${s.description}${s.aliases ? ` (also: ${s.aliases.join(', ')})` : ''}`).join('\n')}

  --json        print {"machine":…,"sections":{name:…}} only
  --runs N      timed runs per measurement (default 500)
  --warmup N    warm-up runs per measurement (default 100)
`;

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1)
    throw new Error(`--${name} needs a positive integer`);
  return parsed;
}

async function main(): Promise<number> {
  let values;
  let positionals;
  let options: BenchOptions;
  try {
    ({ values, positionals } = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        runs: { type: 'string' },
        warmup: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
    options = {
      runs: positiveInt(values.runs, 500, 'runs'),
      warmup: positiveInt(values.warmup, 100, 'warmup'),
    };
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const unknown = positionals.filter((name) => !sectionNamed(name));
  if (unknown.length > 0) {
    process.stderr.write(`bench: unknown section ${unknown.join(', ')}\n\n${USAGE}`);
    return 2;
  }
  const selected =
    positionals.length === 0
      ? SECTIONS
      : SECTIONS.filter((s) => positionals.some((name) => sectionNamed(name) === s));

  const machine = machineNote();
  const results: Record<string, unknown> = {};
  if (!values.json) process.stdout.write(formatMachine(machine) + '\n');
  for (const entry of selected) {
    try {
      const section = await entry.load();
      const result = await section.run(options);
      results[entry.name] = result.data;
      if (!values.json) process.stdout.write(`\n== ${entry.name} ==\n${result.text}\n`);
    } catch (error) {
      // A broken section is reported, not fatal: the others still run.
      const message = (error as Error).stack ?? String(error);
      results[entry.name] = { error: message };
      if (!values.json) process.stdout.write(`\n== ${entry.name} ==\nERROR ${message}\n`);
    }
  }
  if (values.json)
    process.stdout.write(JSON.stringify({ machine, sections: results }, null, 2) + '\n');
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
