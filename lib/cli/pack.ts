import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { UiLanguage } from '../i18n/types';
import type { ExampleResult } from '../rules/pack-examples';
import { defaultPackInput, formatProblems, parsePack } from '../voice';
import type { VoicePack } from '../voice/schema';
import { styleFor } from './color';

type Parsed = ReturnType<typeof parsePack>;
export type PackWarnings = Extract<Parsed, { ok: true }>['warnings'];

/** A pack file read and validated, or what to print to stderr (exit 2). */
export type LoadedPack =
  { ok: true; pack: VoicePack; warnings: PackWarnings } | { ok: false; message: string };

function describeFsError(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${file}: no such file`;
  if (code === 'EISDIR') return `${file}: is a directory, not a file`;
  return `${file}: cannot read: ${(error as Error).message}`;
}

/** Reads a text file, dropping a leading byte-order mark. */
export async function readText(
  file: string,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  try {
    const text = await readFile(file, 'utf8');
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch (error) {
    return { ok: false, message: describeFsError(file, error) };
  }
}

/** Validates a pack (JSON text or a parsed value); the problems are `path: message` lines. */
export function validatePackInput(file: string, input: unknown, locale?: UiLanguage): LoadedPack {
  const result = parsePack(input, locale === undefined ? {} : { locale });
  if (result.ok) return { ok: true, pack: result.pack, warnings: result.warnings };
  const count = result.errors.length;
  return {
    ok: false,
    message: `${file}: invalid voice pack (${count} problem${count === 1 ? '' : 's'})\n${formatProblems(result.errors).replace(/\n+$/, '')}`,
  };
}

/** Reads a voice pack file (JSON) and validates it. */
export async function loadPackFile(file: string, locale?: UiLanguage): Promise<LoadedPack> {
  const read = await readText(file);
  if (!read.ok) return read;
  // parsePack takes the JSON text itself, so a syntax error comes with its line and column.
  return validatePackInput(file, read.text, locale);
}

/** `path: message` lines for warnings, each prefixed, or nothing. */
export function formatWarnings(warnings: PackWarnings, prefix = 'warning: '): string {
  if (warnings.length === 0) return '';
  return (
    formatProblems(warnings)
      .replace(/\n+$/, '')
      .split('\n')
      .map((line: string) => prefix + line)
      .join('\n') + '\n'
  );
}

/** Where the voice pack JSON Schema lives in this repository, when it has been generated. */
export const SCHEMA_FILE = fileURLToPath(
  new URL('../voice/voice-pack.schema.json', import.meta.url),
);

/** The `$schema` value for a pack written to `file`: the schema's path relative to it. */
export function schemaReference(file: string, schemaFile = SCHEMA_FILE): string {
  const path = relative(dirname(resolve(file)), schemaFile)
    .split(sep)
    .join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

/** The default pack as written (defaults not filled in), with `$schema` first when given. */
export function defaultPackJson(schema?: string): string {
  const { $schema: _ignored, ...rest } = defaultPackInput as Record<string, unknown>;
  const pack = schema === undefined ? rest : { $schema: schema, ...rest };
  return JSON.stringify(pack, null, 2) + '\n';
}

/** Writes the default pack; refuses to replace an existing file unless `force`. */
export async function initPackFile(
  file: string,
  force: boolean,
): Promise<{ ok: true; message: string } | { ok: false; message: string }> {
  const schema = existsSync(SCHEMA_FILE) ? schemaReference(file) : undefined;
  try {
    await writeFile(file, defaultPackJson(schema), { encoding: 'utf8', flag: force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      return { ok: false, message: `${file}: already exists; use --force to overwrite it` };
    if (code === 'ENOENT') return { ok: false, message: `${file}: the folder does not exist` };
    return { ok: false, message: `${file}: cannot write: ${(error as Error).message}` };
  }
  return { ok: true, message: `${file}: wrote the default voice pack` };
}

/** The first `max` code points of a text on one line, with `…` when cut. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const points = [...flat];
  return points.length <= max ? flat : points.slice(0, max - 1).join('') + '…';
}

/** The `pack test` report: one ✓/✗ line per example (with why it failed), then a summary. */
export function formatExampleResults(
  file: string,
  results: readonly ExampleResult[],
  color = false,
): string {
  const style = styleFor(color);
  if (results.length === 0) return `${file}: the pack has no examples to run\n`;
  const lines: string[] = [];
  for (const result of results) {
    const mark = result.passed ? style.green('✓') : style.red('✗');
    const expect =
      result.example.expect === 'pass' ? 'pass' : `trips ${result.example.expect.trips.join(', ')}`;
    lines.push(
      `${mark} #${result.index + 1} ${JSON.stringify(excerpt(result.example.text))} ${style.dim(`(expect ${expect})`)}`,
    );
    if (!result.passed) lines.push(`    ${result.explanation}`);
    if (!result.passed && result.example.note)
      lines.push(`    ${style.dim(`note: ${result.example.note}`)}`);
  }
  const failed = results.filter((result) => !result.passed).length;
  const passed = results.length - failed;
  const summary = `${results.length} example${results.length === 1 ? '' : 's'}: ${passed} passed, ${failed} failed`;
  lines.push('', failed > 0 ? style.red(summary) : style.green(summary));
  return lines.join('\n') + '\n';
}
