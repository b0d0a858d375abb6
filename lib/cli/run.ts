import { analyzeMessage, suggestReplies } from '../compose';
import type { CustomerHistory, SuggestInput } from '../compose/types';
import { check } from '../rules';
import { runPackExamples } from '../rules/pack-examples';
import type { UiLanguage } from '../i18n/types';
import type { CheckContext } from '../rules/types';
import { defaultPack, describeChanges, diffPacks } from '../voice';
import type { VoicePack } from '../voice/schema';
import { parseCommand, type Command } from './args';
import { useColor } from './color';
import { exitCodeFor, formatFindings, formatJson } from './format';
import { helpText } from './help';
import { loadHistoryFile } from './history';
import {
  formatAnalysis,
  formatAnalysisJson,
  formatSuggestJson,
  formatSuggestions,
  suggestExitCode,
} from './message-format';
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
/** A finding is an error, a pack example failed, or no suggestion could be composed. */
export const EXIT_FINDINGS = 1;
/** Bad usage, a missing file, an empty message, an invalid history or voice pack. */
export const EXIT_USAGE = 2;

function usageError(io: CliIo, message: string, topic: Parameters<typeof helpText>[0]): number {
  io.stderr(`voice: ${message}\n\n${helpText(topic)}`);
  return EXIT_USAGE;
}

/** The text to work on from FILE or stdin, or the exit code after saying what is wrong. */
async function readInput(
  file: string | undefined,
  io: CliIo,
  topic: Parameters<typeof helpText>[0],
  what: string,
): Promise<{ text: string; name: string } | number> {
  if (file === undefined || file === '-') {
    if (file === undefined && io.stdinIsTTY) {
      return usageError(io, `no input: give a FILE, or pipe ${what} on stdin`, topic);
    }
    let text = await io.readStdin();
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text, name: '<stdin>' };
  }
  const read = await readText(file);
  if (!read.ok) {
    io.stderr(`voice: ${read.message}\n`);
    return EXIT_USAGE;
  }
  return { text: read.text, name: file };
}

/** The pack from `--pack` (warnings to stderr, so that `--json` stays one object) or the default. */
async function packFor(
  file: string | undefined,
  io: CliIo,
  locale?: UiLanguage,
): Promise<VoicePack | number> {
  if (file === undefined) return defaultPack;
  const loaded = await loadPackFile(file, locale);
  if (!loaded.ok) {
    io.stderr(loaded.message + '\n');
    return EXIT_USAGE;
  }
  io.stderr(formatWarnings(loaded.warnings, `${file}: warning: `));
  return loaded.pack;
}

/** What `analyze` and `suggest` share: the pack, the history and the customer's message. */
async function messageInputs(
  command: Extract<Command, { kind: 'analyze' | 'suggest' }>,
  io: CliIo,
): Promise<{ pack: VoicePack; history?: CustomerHistory; message: string } | number> {
  const pack = await packFor(command.pack, io);
  if (typeof pack === 'number') return pack;
  let history: CustomerHistory | undefined;
  if (command.history !== undefined) {
    const loaded = await loadHistoryFile(command.history);
    if (!loaded.ok) {
      io.stderr(`voice: ${loaded.message}\n`);
      return EXIT_USAGE;
    }
    history = loaded.history;
  }
  const input = await readInput(command.file, io, command.kind, "the customer's message");
  if (typeof input === 'number') return input;
  const message = input.text.trim();
  if (message === '') {
    io.stderr(`voice: ${input.name}: the message is empty\n`);
    return EXIT_USAGE;
  }
  return { pack, message, ...(history ? { history } : {}) };
}

async function runAnalyze(
  command: Extract<Command, { kind: 'analyze' }>,
  io: CliIo,
): Promise<number> {
  const inputs = await messageInputs(command, io);
  if (typeof inputs === 'number') return inputs;
  const { pack, history, message } = inputs;
  const analysis = analyzeMessage(message, { pack, ...(history ? { history } : {}) });
  io.stdout(
    command.json
      ? formatAnalysisJson(analysis)
      : formatAnalysis(analysis, useColor(io.stdoutIsTTY, io.env)),
  );
  return EXIT_OK;
}

async function runSuggest(
  command: Extract<Command, { kind: 'suggest' }>,
  io: CliIo,
): Promise<number> {
  const inputs = await messageInputs(command, io);
  if (typeof inputs === 'number') return inputs;
  const { pack, history, message } = inputs;
  const platform = command.platform ?? 'generic';
  // Read once and handed over, as the panel does.
  const analysis = analyzeMessage(message, { pack, ...(history ? { history } : {}) });
  const input: SuggestInput = {
    message,
    analysis,
    pack,
    platform,
    customer: command.name !== undefined ? { name: command.name } : {},
    now: command.now ?? Date.now(),
  };
  if (history) input.history = history;
  if (command.agent) input.agent = command.agent;
  if (command.seed !== undefined) input.seed = command.seed;
  const result = suggestReplies(input);
  io.stdout(
    command.json
      ? formatSuggestJson(result)
      : formatSuggestions(result, platform, useColor(io.stdoutIsTTY, io.env)),
  );
  return suggestExitCode(result);
}

async function runCheck(command: Extract<Command, { kind: 'check' }>, io: CliIo): Promise<number> {
  const pack = await packFor(command.pack, io, command.locale);
  if (typeof pack === 'number') return pack;

  const input = await readInput(command.file, io, 'check', 'the reply');
  if (typeof input === 'number') return input;
  const { text, name } = input;

  const context: CheckContext = {};
  if (command.platform !== undefined) context.platform = command.platform;
  if (command.language !== undefined) context.language = command.language;
  if (command.locale !== undefined) context.locale = command.locale;
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
  const loaded = await loadPackFile(command.file, command.locale);
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
  const results = runPackExamples(
    loaded.pack,
    command.locale === undefined ? {} : { locale: command.locale },
  );
  io.stdout(formatExampleResults(command.file, results, useColor(io.stdoutIsTTY, io.env)));
  return results.some((result) => !result.passed) ? EXIT_FINDINGS : EXIT_OK;
}

/** Like `diff`: 0 the packs say the same, 1 they differ, 2 either file is missing or invalid. */
async function runPackDiff(
  command: Extract<Command, { kind: 'pack-diff' }>,
  io: CliIo,
): Promise<number> {
  const [old, next] = await Promise.all([loadPackFile(command.old), loadPackFile(command.next)]);
  // Both files' problems at once, each under its own name, so one run shows everything to fix.
  const failed = [old, next].flatMap((loaded) => (loaded.ok ? [] : [loaded.message]));
  if (!old.ok || !next.ok) {
    io.stderr(failed.join('\n') + '\n');
    return EXIT_USAGE;
  }
  const changes = diffPacks(old.pack, next.pack);
  if (command.json) io.stdout(JSON.stringify({ changes }, null, 2) + '\n');
  else if (changes.length === 0) io.stdout('The packs are the same.\n');
  else io.stdout(describeChanges(changes).join('\n') + '\n');
  return changes.length === 0 ? EXIT_OK : EXIT_FINDINGS;
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
    case 'analyze':
      return runAnalyze(command, io);
    case 'suggest':
      return runSuggest(command, io);
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
    case 'pack-diff':
      return runPackDiff(command, io);
  }
}
