import { runPackExample } from '../rules/pack-examples';
import { claimedField } from '../voice/claimed';
import { describeChanges, diffPacks } from '../voice/diff';
import { packSizeProblem } from '../voice/limits';
import { parsePack } from '../voice/parse';
import { say } from '../voice/say';
import type { VoicePack } from '../voice/schema';
import type { UiLanguage } from '../i18n/types';
import type { PackChangeReport, UpdateFailure } from './types';

/** What a downloaded pack text means for the one in use. */
export type UpdateEvaluation =
  /** Says the same as the pack in use (`text` may differ in layout: keep the newer one). */
  | { ok: true; changed: false; text: string }
  | { ok: true; changed: true; text: string; pack: VoicePack; report: PackChangeReport }
  | { ok: false; failure: UpdateFailure };

const SEMVER_CORE = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/;

function comparePrerelease(a: string | undefined, b: string | undefined): number {
  // A version without a pre-release ranks above any of its pre-releases (2.0.0 > 2.0.0-rc.1).
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const [x, y] = [left[i], right[i]];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const [nx, ny] = [/^\d+$/.test(x), /^\d+$/.test(y)];
    if (nx && ny) {
      const diff = Number(x) - Number(y);
      if (diff !== 0) return Math.sign(diff);
    } else if (nx !== ny) return nx ? -1 : 1;
    else if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Semantic version order (build metadata ignored): negative when `a` is lower. */
export function compareVersions(a: string, b: string): number {
  const [ma, mb] = [SEMVER_CORE.exec(a), SEMVER_CORE.exec(b)];
  if (!ma || !mb) return a === b ? 0 : a < b ? -1 : 1;
  for (let i = 1; i <= 3; i++) {
    const diff = Number(ma[i]) - Number(mb[i]);
    if (diff !== 0) return Math.sign(diff);
  }
  return comparePrerelease(ma[4], mb[4]);
}

function failure(
  kind: UpdateFailure['kind'],
  now: number,
  problems: UpdateFailure['problems'],
  version: string | undefined,
): { ok: false; failure: UpdateFailure } {
  return { ok: false, failure: { at: now, kind, problems, ...(version ? { version } : {}) } };
}

/**
 * Decides whether a downloaded pack may replace the one in use: it must be small enough, a
 * valid pack, pass its own examples, and not be older. Nothing is replaced otherwise, and the
 * failure says why with the path of each problem.
 */
export function evaluateUpdate(
  current: string | undefined,
  next: string,
  { now, locale }: { now: number; locale?: UiLanguage },
): UpdateEvaluation {
  // The problems are stored and shown later to the person in this browser: in their language.
  const speaker = locale === undefined ? {} : { locale };
  const tooLarge = packSizeProblem(next, speaker);
  if (tooLarge !== undefined)
    return failure('too-large', now, [{ path: '(root)', message: tooLarge }], undefined);
  if (current !== undefined && next === current) return { ok: true, changed: false, text: next };

  const parsed = parsePack(next, speaker);
  if (!parsed.ok) return failure('invalid', now, parsed.errors, claimedField(next, 'version'));
  const pack = parsed.pack;

  const failing = pack.examples
    .map((example, index) => runPackExample(pack, example, index, speaker))
    .filter((result) => !result.passed);
  if (failing.length > 0)
    return failure(
      'tests',
      now,
      failing.map((result) => ({
        path: `examples[${result.index}]`,
        message: result.explanation,
      })),
      pack.version,
    );

  const before = current === undefined ? undefined : parsePack(current);
  const old = before?.ok ? before.pack : undefined;
  if (old === undefined)
    return {
      ok: true,
      changed: true,
      text: next,
      pack,
      report: { at: now, to: pack.version, changes: [] },
    };
  if (compareVersions(pack.version, old.version) < 0)
    return failure(
      'older',
      now,
      [
        {
          path: 'version',
          message: say(speaker, 'voice_update_older', {
            version: pack.version,
            inUse: old.version,
          }),
        },
      ],
      pack.version,
    );
  const changes = diffPacks(old, pack);
  if (changes.length === 0) return { ok: true, changed: false, text: next };
  return {
    ok: true,
    changed: true,
    text: next,
    pack,
    report: { at: now, from: old.version, to: pack.version, changes: describeChanges(changes) },
  };
}
