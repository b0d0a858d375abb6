import { createContext, useContext, useId, type ReactNode } from 'react';
import { t } from '../lib/i18n';
import type { MessageKey } from '../lib/i18n/catalog';
import type { Texts } from '../lib/options/pack-form/model';
import { pathKey, type Json, type Path } from '../lib/options/pack-form/path';
import type { PackProblem } from '../lib/voice/problems';
import type { Language } from '../lib/voice/schema';

export interface PackFormApi {
  value: Json;
  readOnly: boolean;
  /** The pack's languages: per-language fields show these only. */
  languages: readonly Language[];
  set: (path: Path, value: unknown) => void;
  remove: (path: Path) => void;
  /** Replaces the whole pack (list moves and kind switches change several keys at once). */
  update: (change: (pack: Json) => Json) => void;
  /** Every problem of the pack (an item counts those inside it). */
  problems: readonly PackProblem[];
  /** The problems placed at this control, group or item. */
  problemsAt: (path: Path) => readonly PackProblem[];
  /** Ids of the shared <datalist>s. */
  lists: { ruleIds: string; intents: string; timeZones: string };
}

export const PackFormContext = createContext<PackFormApi | null>(null);

export function usePackForm(): PackFormApi {
  const api = useContext(PackFormContext);
  if (!api) throw new Error('usePackForm outside <PackForm>');
  return api;
}

// The catalog's loose signature: help texts show a pack's placeholders ({initials}) as written.
const say = t as unknown as (key: MessageKey, values?: Record<string, string>) => string;

/** A label or help text; `keep` placeholders come out as written, e.g. `{initials}`. */
export function packText(key: MessageKey, keep: readonly string[] = []): string {
  return keep.length === 0
    ? say(key)
    : say(key, Object.fromEntries(keep.map((name) => [name, `{${name}}`])));
}

/** A message chosen at run time (a field's label, a list's item name) with its values. */
export function packTextWith(key: MessageKey, values: Record<string, string | number>): string {
  return say(key, Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])));
}

/** The problems' own text, with where they are when that is deeper than the field. */
export function problemText(problem: PackProblem, path: Path): string {
  return problem.path === pathKey(path) ? problem.message : `${problem.path}: ${problem.message}`;
}

/**
 * Ids and attributes tying a control to its help and its problems: aria-describedby names both,
 * aria-invalid marks a control with problems.
 */
export function useDescribed(texts: Partial<Texts>, problems: readonly PackProblem[], path: Path) {
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const described = [texts.help ? helpId : '', problems.length > 0 ? errorId : '']
    .filter(Boolean)
    .join(' ');
  const help: ReactNode = texts.help ? (
    <p id={helpId} className="field__hint">
      {packText(texts.help, texts.keep)}
    </p>
  ) : null;
  const errors: ReactNode =
    problems.length > 0 ? <PackProblemList id={errorId} problems={problems} path={path} /> : null;
  return {
    id,
    help,
    errors,
    aria: {
      'aria-describedby': described || undefined,
      'aria-invalid': problems.length > 0 ? true : undefined,
    } as const,
  };
}

export function PackProblemList({
  id,
  problems,
  path,
}: {
  id?: string;
  problems: readonly PackProblem[];
  path: Path;
}) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="pack-form__problems">
      {problems.map((problem, index) => (
        <li key={index} className="field__error">
          {problemText(problem, path)}
        </li>
      ))}
    </ul>
  );
}

/** The problems at `path` or inside it. */
export function problemsUnder(problems: readonly PackProblem[], path: Path): PackProblem[] {
  const key = pathKey(path);
  return problems.filter(
    (p) => p.path === key || p.path.startsWith(`${key}.`) || p.path.startsWith(`${key}[`),
  );
}
