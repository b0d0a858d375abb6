import type { MemoryErrorKind, MemoryProblem } from './types';

const MESSAGES: Record<MemoryErrorKind, string> = {
  unavailable:
    'Customer memory is not available: this browser profile has no usable IndexedDB (a private window, or storage disabled by policy). Replies still work, but nothing is remembered.',
  quota:
    "Customer memory is full: the disk or the browser's storage quota is used up, so nothing was saved. Free some disk space, or delete old interactions with the retention setting.",
  blocked:
    'Customer memory is waiting for another open Replykit tab or window to close before it can upgrade. Close or reload the other Replykit tabs.',
  version:
    'Customer memory was written by a newer version of Replykit. Update the extension to use it.',
  'invalid-import': 'The backup file is not valid; nothing was imported.',
  'not-found': 'That record is no longer in customer memory.',
  conflict: 'Customer memory refused the change.',
  unknown: 'Customer memory failed.',
};

/** A storage failure the panel can explain; nothing was half-written when one is raised. */
export class MemoryError extends Error {
  readonly kind: MemoryErrorKind;
  readonly problems: MemoryProblem[];

  constructor(kind: MemoryErrorKind, message?: string, problems: MemoryProblem[] = []) {
    super(message ?? MESSAGES[kind]);
    this.name = 'MemoryError';
    this.kind = kind;
    this.problems = problems;
  }
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
}

/** The DOMException or Dexie error names behind an error, outermost first (Dexie wraps them). */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const { name, inner } = current as ErrorLike;
    if (typeof name === 'string') names.push(name);
    current = inner;
  }
  return names;
}

/** Maps whatever IndexedDB or Dexie threw to a MemoryError a person can act on. */
export function toMemoryError(error: unknown): MemoryError {
  if (error instanceof MemoryError) return error;
  const names = errorNames(error);
  const has = (name: string) => names.includes(name);
  if (has('QuotaExceededError')) return new MemoryError('quota');
  if (has('VersionError')) return new MemoryError('version');
  if (has('MissingAPIError') || has('InvalidStateError') || has('SecurityError'))
    return new MemoryError('unavailable');
  if (has('DatabaseClosedError'))
    return new MemoryError(
      'unavailable',
      'Customer memory was closed, usually because another Replykit tab upgraded it. Reload this tab.',
    );
  const detail =
    error && typeof error === 'object' && typeof (error as ErrorLike).message === 'string'
      ? (error as ErrorLike).message
      : String(error);
  return new MemoryError('unknown', `Customer memory failed: ${String(detail)}`);
}
