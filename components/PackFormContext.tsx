import { createContext, useContext, useId, useSyncExternalStore, type ReactNode } from 'react';
import { t } from '../lib/i18n';
import type { MessageKey } from '../lib/i18n/catalog';
import type { Texts } from '../lib/options/pack-form/model';
import { getAt, pathKey, type Path } from '../lib/options/pack-form/path';
import { problemsAtKey, type PackFormStore } from '../lib/options/pack-form/store';
import type { PackProblem } from '../lib/voice/problems';
import type { Language } from '../lib/voice/schema';

/** What every field shares; the same object while the pack is edited (the pack is in `store`). */
export interface PackFormApi {
  store: PackFormStore;
  /** The pack's value at `path` now, for event handlers (render with useAt). */
  get: (path: Path) => unknown;
  readOnly: boolean;
  /** The pack's languages: per-language fields show these only. */
  languages: readonly Language[];
  set: (path: Path, value: unknown) => void;
  remove: (path: Path) => void;
  /** Replaces the whole pack (list moves and kind switches change several keys at once). */
  update: (change: (pack: Record<string, unknown>) => Record<string, unknown>) => void;
  /** Ids of the shared <datalist>s. */
  lists: { ruleIds: string; intents: string; timeZones: string };
}

export const PackFormContext = createContext<PackFormApi | null>(null);

export function usePackForm(): PackFormApi {
  const api = useContext(PackFormContext);
  if (!api) throw new Error('usePackForm outside <PackForm>');
  return api;
}

/** The pack's value at `path`; re-renders only when that value changes. */
export function useAt(path: Path): unknown {
  const { store } = usePackForm();
  return useSyncExternalStore(store.subscribe, () => getAt(store.value, path));
}

/** The problems placed at this control, group or item; re-renders only when they change. */
export function useProblemsAt(path: Path): readonly PackProblem[] {
  const { store } = usePackForm();
  const key = pathKey(path);
  return useSyncExternalStore(store.subscribe, () => problemsAtKey(store, key));
}

/** Something derived from the pack (`select` must give the same value for the same pack). */
export function usePackSelect<T>(select: (value: Record<string, unknown>) => T): T {
  const { store } = usePackForm();
  return useSyncExternalStore(store.subscribe, () => select(store.value));
}

/** How many problems are at `path` or inside it (an item's or a section's count). */
export function useProblemCount(count: (problems: readonly PackProblem[]) => number): number {
  const { store } = usePackForm();
  return useSyncExternalStore(store.subscribe, () => count(store.problems));
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
