import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { BUILTIN_RULE_IDS } from '../../../lib/rules/ids';
import { run, type CliIo } from '../../../lib/cli/run';

/** A temporary folder for one test file; `cleanup` removes it. */
export function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'replykit-cli-'));
  return {
    dir,
    write(name: string, content: string): string {
      const path = join(dir, name);
      writeFileSync(path, content, 'utf8');
      return path;
    },
    path: (name: string) => join(dir, name),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** An in-memory CliIo that records what the CLI prints. */
export function fakeIo(
  options: {
    stdin?: string;
    stdinIsTTY?: boolean;
    stdoutIsTTY?: boolean;
    env?: Record<string, string>;
  } = {},
) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stdinIsTTY: options.stdinIsTTY ?? false,
    env: options.env ?? {},
    readStdin: async () => options.stdin ?? '',
  };
  return { io, out };
}

/**
 * Runs each command line with its stdin and expects bad usage: exit 2, the message on stderr,
 * nothing on stdout. A bare command gets a terminal for stdin, so it has no input at all.
 */
export async function expectUsageErrors(
  cases: readonly (readonly [argv: string[], stdin: string, message: RegExp])[],
): Promise<void> {
  for (const [argv, stdin, message] of cases) {
    const { io, out } = fakeIo({ stdin, stdinIsTTY: argv.length === 1 });
    expect(await run(argv, io), argv.join(' ')).toBe(2);
    expect(out.stderr, argv.join(' ')).toMatch(message);
    expect(out.stdout, argv.join(' ')).toBe('');
  }
}

/** Each command line prints the help of `command`: its usage first, naming `option`. */
export async function expectHelp(
  command: string,
  argvs: readonly string[][],
  option: string,
): Promise<void> {
  for (const argv of argvs) {
    const { io, out } = fakeIo();
    expect(await run(argv, io), argv.join(' ')).toBe(0);
    expect(out.stdout.startsWith(`Usage: npm run --silent voice -- ${command}`)).toBe(true);
    expect(out.stdout).toContain(option);
  }
}

/**
 * A pack where only its own rules speak (every built-in rule off), so exit codes don't move
 * when a built-in rule changes: "cheap" is an error, "asap" a warning.
 */
export const STRICT_PACK = {
  id: 'strict-test',
  name: 'Strict test pack',
  version: '2.1.0',
  languages: ['en'],
  overrides: Object.fromEntries(BUILTIN_RULE_IDS.map((id) => [id, 'off'])),
  rules: [
    {
      kind: 'existence',
      id: 'no-cheap',
      message: 'Say “affordable”, not “%s”',
      tokens: ['cheap'],
      level: 'error',
    },
    {
      kind: 'substitution',
      id: 'no-asap',
      message: 'Give a time instead of “%s”',
      swap: { asap: 'today' },
      level: 'warning',
    },
  ],
  examples: [
    { text: 'Our plans are affordable.', expect: 'pass' },
    { text: 'Our plans are cheap.', expect: 'pass', note: 'fails on purpose' },
    {
      text: 'Cheap and asap.',
      expect: { trips: ['brand.custom.no-cheap', 'brand.custom.no-asap'] },
    },
  ],
};

/** Broken in three places: id, version, languages. */
export const BROKEN_PACK = { id: 'Not A Slug', name: 'Broken', version: '1', languages: [] };
