import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UI_LANGUAGES, type UiLanguage } from '../i18n/types';
import { PLATFORM_IDS, type PlatformId } from '../platforms';
import { LANGUAGES, type Language } from '../voice/schema';

export type Command =
  | { kind: 'help'; topic: HelpTopic }
  | {
      kind: 'check';
      pack?: string;
      platform?: PlatformId;
      language?: Language;
      /** The language of the findings' messages and explanations; English when absent. */
      locale?: UiLanguage;
      name?: string;
      json: boolean;
      /** A path, `-` for stdin, or absent: stdin when it is not a terminal. */
      file?: string;
    }
  | {
      kind: 'analyze';
      pack?: string;
      history?: string;
      json: boolean;
      file?: string;
    }
  | {
      kind: 'suggest';
      pack?: string;
      platform?: PlatformId;
      name?: string;
      /** The person replying: their name and the initials the pack's sign-off uses. */
      agent?: { name?: string; initials?: string };
      history?: string;
      /** The time of replying, epoch ms (from `--now ISO`); absent: the clock. */
      now?: number;
      seed?: number;
      json: boolean;
      file?: string;
    }
  | { kind: 'pack-init'; file: string; force: boolean }
  | {
      kind: 'pack-validate' | 'pack-test';
      file: string;
      /** The language of the pack's problems and the tests' explanations; English when absent. */
      locale?: UiLanguage;
    }
  | { kind: 'pack-diff'; old: string; next: string; json: boolean };

export type HelpTopic =
  | 'main'
  | 'check'
  | 'analyze'
  | 'suggest'
  | 'pack'
  | 'pack init'
  | 'pack validate'
  | 'pack test'
  | 'pack diff';

export type ParsedArgs =
  | { ok: true; command: Command }
  /** Bad usage: print `message` and the usage of `topic` to stderr, exit 2. */
  | { ok: false; message: string; topic: HelpTopic };

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

function isPlatform(value: string): value is PlatformId {
  return (PLATFORM_IDS as readonly string[]).includes(value);
}

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

function isUiLanguage(value: string): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * Every command's options and positionals, with --help. `parseArgs` throws on unknown options and
 * missing values; that is bad usage, not a crash.
 */
function parseOptions<const O extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: O,
  topic: HelpTopic,
) {
  try {
    const value = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { ...HELP_OPTION, ...options },
    });
    return { ok: true as const, value };
  } catch (error) {
    return { ok: false, message: (error as Error).message, topic } satisfies ParsedArgs;
  }
}

function unknownPlatform(value: string, topic: HelpTopic): ParsedArgs {
  return {
    ok: false,
    message: `unknown platform "${value}"; use one of: ${PLATFORM_IDS.join(', ')}`,
    topic,
  };
}

function parseCheck(args: string[]): ParsedArgs {
  const parsed = parseOptions(
    args,
    {
      pack: { type: 'string' },
      platform: { type: 'string' },
      lang: { type: 'string' },
      locale: { type: 'string' },
      name: { type: 'string' },
      json: { type: 'boolean' },
    },
    'check',
  );
  if (!parsed.ok) return parsed;
  const { values, positionals } = parsed.value;
  if (values.help) return { ok: true, command: { kind: 'help', topic: 'check' } };
  if (positionals.length > 1) {
    return { ok: false, message: 'check takes one FILE (or - for stdin)', topic: 'check' };
  }
  if (values.platform !== undefined && !isPlatform(values.platform)) {
    return unknownPlatform(values.platform, 'check');
  }
  if (values.lang !== undefined && !isLanguage(values.lang)) {
    return {
      ok: false,
      message: `unknown language "${values.lang}"; use one of: ${LANGUAGES.join(', ')}`,
      topic: 'check',
    };
  }
  if (values.locale !== undefined && !isUiLanguage(values.locale)) {
    return {
      ok: false,
      message: `unknown locale "${values.locale}"; use one of: ${UI_LANGUAGES.join(', ')}`,
      topic: 'check',
    };
  }
  const command: Command = { kind: 'check', json: values.json ?? false };
  if (values.pack !== undefined) command.pack = values.pack;
  if (values.platform !== undefined) command.platform = values.platform;
  if (values.lang !== undefined) command.language = values.lang;
  if (values.locale !== undefined) command.locale = values.locale;
  if (values.name !== undefined) command.name = values.name;
  if (positionals[0] !== undefined) command.file = positionals[0];
  return { ok: true, command };
}

/**
 * `--now` takes a date and time with an explicit zone ("2026-11-24T18:30:00+01:00" or "…Z"):
 * service hours depend on it, and a time without a zone would mean something else on each machine.
 */
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function parseNow(value: string): number | undefined {
  if (!ISO_WITH_ZONE.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

function parseMessageCommand(kind: 'analyze' | 'suggest', args: string[]): ParsedArgs {
  const topic: HelpTopic = kind;
  const suggestOptions = {
    platform: { type: 'string' },
    name: { type: 'string' },
    agent: { type: 'string' },
    initials: { type: 'string' },
    now: { type: 'string' },
    seed: { type: 'string' },
  } as const;
  const parsed = parseOptions(
    args,
    {
      pack: { type: 'string' },
      history: { type: 'string' },
      json: { type: 'boolean' },
      ...(kind === 'suggest' ? suggestOptions : {}),
    },
    topic,
  );
  if (!parsed.ok) return parsed;
  const { values, positionals } = parsed.value as {
    values: Partial<Record<'pack' | 'history' | keyof typeof suggestOptions, string>> & {
      help?: boolean;
      json?: boolean;
    };
    positionals: string[];
  };
  if (values.help) return { ok: true, command: { kind: 'help', topic } };
  if (positionals.length > 1) {
    return { ok: false, message: `${kind} takes one FILE (or - for stdin)`, topic };
  }
  const common = {
    json: values.json ?? false,
    ...(values.pack !== undefined ? { pack: values.pack } : {}),
    ...(values.history !== undefined ? { history: values.history } : {}),
    ...(positionals[0] !== undefined ? { file: positionals[0] } : {}),
  };
  if (kind === 'analyze') return { ok: true, command: { kind, ...common } };

  if (values.platform !== undefined && !isPlatform(values.platform)) {
    return unknownPlatform(values.platform, topic);
  }
  const command: Extract<Command, { kind: 'suggest' }> = { kind, ...common };
  if (values.platform !== undefined) command.platform = values.platform;
  if (values.name !== undefined) command.name = values.name;
  if (values.agent !== undefined || values.initials !== undefined) {
    command.agent = {
      ...(values.agent !== undefined ? { name: values.agent } : {}),
      ...(values.initials !== undefined ? { initials: values.initials } : {}),
    };
  }
  if (values.now !== undefined) {
    const now = parseNow(values.now);
    if (now === undefined) {
      return {
        ok: false,
        message: `--now "${values.now}" is not a date and time with a zone, e.g. 2026-11-24T18:30:00+01:00`,
        topic,
      };
    }
    command.now = now;
  }
  if (values.seed !== undefined) {
    if (!/^\d{1,10}$/.test(values.seed) || Number(values.seed) > 0xffffffff) {
      return {
        ok: false,
        message: `--seed "${values.seed}" is not a whole number from 0 to 4294967295`,
        topic,
      };
    }
    command.seed = Number(values.seed);
  }
  return { ok: true, command };
}

function parsePackDiff(args: string[]): ParsedArgs {
  const topic: HelpTopic = 'pack diff';
  const parsed = parseOptions(args, { json: { type: 'boolean' } }, topic);
  if (!parsed.ok) return parsed;
  const { values, positionals } = parsed.value;
  if (values.help) return { ok: true, command: { kind: 'help', topic } };
  const [old, next, ...extra] = positionals;
  if (old === undefined || next === undefined || extra.length > 0) {
    return { ok: false, message: 'pack diff takes two files: OLD NEW', topic };
  }
  return { ok: true, command: { kind: 'pack-diff', old, next, json: values.json ?? false } };
}

function parsePackCommand(args: string[]): ParsedArgs {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    return sub === undefined
      ? {
          ok: false,
          message: 'pack needs a subcommand: init, validate, test or diff',
          topic: 'pack',
        }
      : { ok: true, command: { kind: 'help', topic: 'pack' } };
  }
  if (sub === 'diff') return parsePackDiff(rest);
  if (sub !== 'init' && sub !== 'validate' && sub !== 'test') {
    return { ok: false, message: `unknown pack command "${sub}"`, topic: 'pack' };
  }
  const topic: HelpTopic = `pack ${sub}`;
  // Every pack command accepts the same parser; --force only means something to init, --locale
  // only to the commands that print problems and explanations.
  const parsed = parseOptions(
    rest,
    { force: { type: 'boolean', short: 'f' }, locale: { type: 'string' } },
    topic,
  );
  if (!parsed.ok) return parsed;
  const { values, positionals } = parsed.value;
  if (values.help) return { ok: true, command: { kind: 'help', topic } };
  if (values.force !== undefined && sub !== 'init') {
    return { ok: false, message: `unknown option "--force" for pack ${sub}`, topic };
  }
  if (values.locale !== undefined && sub === 'init') {
    return { ok: false, message: 'unknown option "--locale" for pack init', topic };
  }
  if (values.locale !== undefined && !isUiLanguage(values.locale)) {
    return {
      ok: false,
      message: `unknown locale "${values.locale}"; use one of: ${UI_LANGUAGES.join(', ')}`,
      topic,
    };
  }
  const [file, ...extra] = positionals;
  if (file === undefined) return { ok: false, message: `pack ${sub} needs a FILE`, topic };
  if (extra.length > 0) return { ok: false, message: `pack ${sub} takes one FILE`, topic };
  if (sub === 'init') {
    return { ok: true, command: { kind: 'pack-init', file, force: values.force === true } };
  }
  const command: Command = { kind: sub === 'validate' ? 'pack-validate' : 'pack-test', file };
  if (values.locale !== undefined) command.locale = values.locale;
  return { ok: true, command };
}

const TOPICS: Record<string, HelpTopic> = {
  check: 'check',
  analyze: 'analyze',
  suggest: 'suggest',
  pack: 'pack',
  'pack init': 'pack init',
  'pack validate': 'pack validate',
  'pack test': 'pack test',
  'pack diff': 'pack diff',
};

/** Turns the arguments after `voice` into a command, or says why they are bad usage. */
export function parseCommand(argv: readonly string[]): ParsedArgs {
  const [first, ...rest] = argv;
  if (first === undefined) {
    return { ok: false, message: 'no command given', topic: 'main' };
  }
  if (first === '--help' || first === '-h')
    return { ok: true, command: { kind: 'help', topic: 'main' } };
  if (first === 'help') {
    if (rest.length === 0) return { ok: true, command: { kind: 'help', topic: 'main' } };
    const topic = TOPICS[rest.join(' ')];
    return topic
      ? { ok: true, command: { kind: 'help', topic } }
      : { ok: false, message: `no help for "${rest.join(' ')}"`, topic: 'main' };
  }
  if (first === 'check') return parseCheck(rest);
  if (first === 'analyze' || first === 'suggest') return parseMessageCommand(first, rest);
  if (first === 'pack') return parsePackCommand(rest);
  if (first.startsWith('-'))
    return { ok: false, message: `unknown option "${first}"`, topic: 'main' };
  return { ok: false, message: `unknown command "${first}"`, topic: 'main' };
}
