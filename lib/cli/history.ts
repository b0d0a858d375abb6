import { z } from 'zod';
import type { CustomerHistory } from '../compose/types';
import { PLATFORM_IDS } from '../platforms';
import { INTENTS } from '../voice/taxonomy';
import { readText } from './pack';

const count = z.number().int('must be a whole number').min(0, 'must be 0 or more');
const text = z.string().trim().min(1, 'must not be empty');

const historySchema = z
  .object({
    conversations: count,
    unresolved: count,
    last: z
      .object({
        platform: z.enum(PLATFORM_IDS, {
          error: () => `must be one of: ${PLATFORM_IDS.join(', ')}`,
        }),
        at: z.iso.datetime({
          offset: true,
          error: 'must be an ISO 8601 date and time, e.g. 2026-11-20T10:00:00Z',
        }),
        intent: z
          .enum(INTENTS, { error: () => `must be one of: ${INTENTS.join(', ')}` })
          .optional(),
        topic: text.optional(),
        outcome: text.optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((history) => history.unresolved <= history.conversations, {
    message: 'cannot be more than conversations',
    path: ['unresolved'],
  });

/** A `--history FILE` read and validated, or what to print to stderr (exit 2). */
export type LoadedHistory = { ok: true; history: CustomerHistory } | { ok: false; message: string };

function pathOf(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

/** Validates parsed JSON as CustomerHistory; problems as "path: message" lines under `file`. */
export function validateHistory(file: string, value: unknown): LoadedHistory {
  const parsed = historySchema.safeParse(value);
  if (parsed.success) {
    const { last, ...counts } = parsed.data;
    const history: CustomerHistory = { ...counts };
    if (last) {
      const { intent, topic, outcome, ...rest } = last;
      history.last = {
        ...rest,
        ...(intent ? { intent } : {}),
        ...(topic ? { topic } : {}),
        ...(outcome ? { outcome } : {}),
      };
    }
    return { ok: true, history };
  }
  const lines = parsed.error.issues.map((issue) => {
    // An unknown key's path is its parent; name the key itself so the user can find it.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const where =
      keys.length > 0
        ? keys.map((key) => pathOf([...issue.path, key])).join(', ')
        : pathOf(issue.path);
    const message =
      issue.code === 'unrecognized_keys'
        ? 'unknown field'
        : issue.code === 'invalid_type' && issue.input === undefined
          ? 'is required'
          : issue.message;
    return `${where}: ${message}`;
  });
  const n = lines.length;
  return {
    ok: false,
    message: `${file}: invalid customer history (${n} problem${n === 1 ? '' : 's'})\n${lines.join('\n')}`,
  };
}

/** Reads `--history FILE` (JSON of CustomerHistory) and validates it. */
export async function loadHistoryFile(file: string): Promise<LoadedHistory> {
  const read = await readText(file);
  if (!read.ok) return read;
  let value: unknown;
  try {
    value = JSON.parse(read.text);
  } catch (error) {
    return { ok: false, message: `${file}: not JSON: ${(error as Error).message}` };
  }
  return validateHistory(file, value);
}
