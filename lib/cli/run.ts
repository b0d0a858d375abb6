import { check } from '../rules';
import { runPackExamples } from '../rules/pack-examples';
import type { CheckContext } from '../rules/types';
import { defaultPack } from '../voice';
import type { VoicePack } from '../voice/schema';
import { parseCommand, type Command } from './args';
import { useColor } from './color';
import { exitCodeFor, formatFindings, formatJson } from './format';
import { helpText } from './help';
import { formatExampleResults, formatWarnings, initPackFile, loadPackFile, readText } from './pack';

/** Everything the CLI touches besides files, so tests can run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  stdoutIsTTY: boolean;
  stdinIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  readStdin(): Promise<string>;
}

export const EXIT_OK = 0;
/** A finding is an error, or a pack example failed. */
export const EXIT_FINDINGS = 1;
/** Bad usage, a missing file or an invalid voice pack. */
export const EXIT_USAGE = 2;

function usageError(io: CliIo, message: string, topic: Parameters<typeof helpText>[0]): number {
  io.stderr(`voice: ${message}\n\n${helpText(topic)}`);
  return EXIT_USAGE;
}

async function runCheck(command: Extract<Command, { kind: 'check' }>, io: CliIo): Promise<number> {
  let pack: VoicePack = defaultPack;
  if (command.pack !== undefined) {
    const loaded = await loadPackFile(command.pack);
    if (!loaded.ok) {
      io.stderr(loaded.message + '\n');
      return EXIT_USAGE;
    }
    pack = loaded.pack;
    // Warnings go to stderr so that `--json` output stays exactly one object.
    io.stderr(formatWarnings(loaded.warnings, `${command.pack}: warning: `));
  }

  let text: string;
  let name: string;
  if (command.file === undefined || command.file === '-') {
    if (command.file === undefined && io.stdinIsTTY) {
      return usageError(io, 'no input: give a FILE, or pipe the reply on stdin', 'check');
    }
    text = await io.readStdin();
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    name = '<stdin>';
  } else {
    const read = await readText(command.file);
    if (!read.ok) {
      io.stderr(`voice: ${read.message}\n`);
      return EXIT_USAGE;
    }
    text = read.text;
    name = command.file;
  }

  const context: CheckContext = {};
  if (command.platform !== undefined) context.platform = command.platform;
  if (command.language !== undefined) context.language = command.language;
  if (command.name !== undefined) context.customerName = command.name;
  const findings = check(text, pack, context);

  io.stdout(
    command.json
      ? formatJson(findings)
      : formatFindings(text, findings, { file: name, color: useColor(io.stdoutIsTTY, io.env) }),
  );
  return exitCodeFor(findings);
}

async function runPack(
  command: Extract<Command, { kind: 'pack-validate' | 'pack-test' }>,
  io: CliIo,
): Promise<number> {
  const loaded = await loadPackFile(command.file);
  if (!loaded.ok) {
    io.stderr(loaded.message + '\n');
    return EXIT_USAGE;
  }
  if (command.kind === 'pack-validate') {
    const { name, version } = loaded.pack;
    io.stdout(
      `${command.file}: valid voice pack ${name} ${version}\n` + formatWarnings(loaded.warnings),
    );
    return EXIT_OK;
  }
  io.stderr(formatWarnings(loaded.warnings, `${command.file}: warning: `));
  const results = runPackExamples(loaded.pack);
  io.stdout(formatExampleResults(command.file, results, useColor(io.stdoutIsTTY, io.env)));
  return results.some((result) => !result.passed) ? EXIT_FINDINGS : EXIT_OK;
}

/** Runs the CLI on the arguments after `voice` and returns the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommand(argv);
  if (!parsed.ok) return usageError(io, parsed.message, parsed.topic);
  const { command } = parsed;
  switch (command.kind) {
    case 'help':
      io.stdout(helpText(command.topic));
      return EXIT_OK;
    case 'check':
      return runCheck(command, io);
    case 'pack-init': {
      const result = await initPackFile(command.file, command.force);
      if (!result.ok) {
        io.stderr(`voice: ${result.message}\n`);
        return EXIT_USAGE;
      }
      io.stdout(result.message + '\n');
      return EXIT_OK;
    }
    case 'pack-validate':
    case 'pack-test':
      return runPack(command, io);
  }
}
