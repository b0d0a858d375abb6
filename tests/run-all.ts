/**
 * `npm test`: every check in order, with the output streamed as it comes.
 *
 *   1. npm run check          (tsc, eslint, prettier)     failure stops here
 *   2. vitest run             (unit tests)
 *   3. wxt build              (the Chrome extension)      failure stops here
 *   4. vitest run --config vitest.e2e.config.ts  (the built extension in Chromium)
 *
 * The last line is always `N passed, N failed` (unit + e2e tests; a failed check or build
 * counts as one failure). Exits non-zero when anything failed or when no test ran at all.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tallyVitest, type VitestJsonReport } from './runner/vitest-results';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const node = process.execPath;
const vitestBin = join(root, 'node_modules/vitest/vitest.mjs');
const wxtBin = join(root, 'node_modules/wxt/bin/wxt.mjs');

let passed = 0;
let failed = 0;
let interrupted = false;
let current: ReturnType<typeof spawn> | undefined;

function banner(title: string): void {
  console.log(`\n━━ ${title} ━━`);
}

/** Runs a command with inherited stdio; resolves with its exit code (null when killed). */
function run(command: string, args: string[]): Promise<number | null> {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      env: process.env,
      shell: process.platform === 'win32' && !command.endsWith('.exe'),
    });
    current = child;
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      current = undefined;
      resolvePromise(127);
    });
    child.on('close', (code, signal) => {
      current = undefined;
      if (signal) console.error(`${command} was stopped by ${signal}`);
      resolvePromise(signal ? null : code);
    });
  });
}

/** `npm run <script>` with the npm that started us when there is one. */
function npmRun(script: string): Promise<number | null> {
  const npmCli = process.env.npm_execpath;
  if (npmCli && /\.c?js$/.test(npmCli)) return run(node, [npmCli, 'run', '--silent', script]);
  return run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', script]);
}

/** A step that is not a test suite: a failure counts as one failed test. */
async function step(title: string, start: () => Promise<number | null>): Promise<boolean> {
  banner(title);
  const code = await start();
  if (code === 0) return true;
  failed += 1;
  console.error(`✗ ${title} failed (exit ${code ?? 'signal'})`);
  return false;
}

async function vitest(title: string, outDir: string, name: string, extra: string[]): Promise<void> {
  banner(title);
  const report = join(outDir, `${name}.json`);
  const code = await run(node, [
    vitestBin,
    'run',
    ...extra,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  let parsed: VitestJsonReport | undefined;
  if (existsSync(report)) {
    try {
      parsed = JSON.parse(readFileSync(report, 'utf8')) as VitestJsonReport;
    } catch (error) {
      console.error(`could not read ${report}: ${(error as Error).message}`);
    }
  }
  const tally = tallyVitest(parsed, code);
  for (const note of tally.notes) console.error(`✗ ${title}: ${note}`);
  console.log(`${title}: ${tally.passed} passed, ${tally.failed} failed`);
  passed += tally.passed;
  failed += tally.failed;
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'replykit-test-'));
  try {
    if (!(await step('Check (tsc, eslint, prettier)', () => npmRun('check')))) return;
    if (interrupted) return;
    await vitest('Unit tests', outDir, 'unit', []);
    if (interrupted) return;
    if (!(await step('Build (wxt build)', () => run(node, [wxtBin, 'build'])))) return;
    if (interrupted) return;
    await vitest('End-to-end tests', outDir, 'e2e', ['--config', 'vitest.e2e.config.ts']);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    interrupted = true;
    current?.kill(signal);
  });
}

main()
  .catch((error: unknown) => {
    failed += 1;
    console.error(error);
  })
  .finally(() => {
    if (interrupted) failed = Math.max(failed, 1);
    console.log(`${passed} passed, ${failed} failed`);
    process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
  });
