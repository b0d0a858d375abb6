import type { PackProblem } from '../../voice/problems';
import type { PlacedProblems } from './problems';
import type { Json } from './path';

const NONE: readonly PackProblem[] = [];

/**
 * The pack and its placed problems as the form shows them, read field by field: each field
 * subscribes and re-renders only when what it reads changes (the value at its path, kept identical
 * by the path helpers' structural sharing; its problems, kept identical while their text is the
 * same), so a keystroke re-renders one field, not the whole pack.
 */
export interface PackFormStore {
  value: Json;
  problems: readonly PackProblem[];
  at: ReadonlyMap<string, readonly PackProblem[]>;
  subscribe: (listener: () => void) => () => void;
  /**
   * Takes a new pack and problems, without telling anyone: the form takes them while it renders,
   * so that the fields it renders in the same pass read them (a list and its new item's slot).
   */
  take: (value: Json, problems: readonly PackProblem[], placed: PlacedProblems) => void;
  /** Tells the fields that did not render with the form (once it is committed) to read again. */
  notify: () => void;
}

function sameProblems(a: readonly PackProblem[], b: readonly PackProblem[]): boolean {
  return (
    a.length === b.length && a.every((p, i) => p.path === b[i]!.path && p.message === b[i]!.message)
  );
}

export function createPackFormStore(
  value: Json,
  problems: readonly PackProblem[],
  placed: PlacedProblems,
): PackFormStore {
  const listeners = new Set<() => void>();
  const store: PackFormStore = {
    value,
    problems,
    at: placed.at,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    take(nextValue, nextProblems, nextPlaced) {
      if (nextValue === store.value && nextProblems === store.problems) return;
      // Where a problem shows depends on the pack too (an item that is there or not).
      const at = new Map<string, readonly PackProblem[]>();
      for (const [key, list] of nextPlaced.at) {
        const before = store.at.get(key);
        at.set(key, before && sameProblems(before, list) ? before : list);
      }
      store.at = at;
      store.problems = sameProblems(store.problems, nextProblems) ? store.problems : nextProblems;
      store.value = nextValue;
    },
    notify() {
      for (const listener of listeners) listener();
    },
  };
  return store;
}

export const problemsAtKey = (store: PackFormStore, key: string): readonly PackProblem[] =>
  store.at.get(key) ?? NONE;
