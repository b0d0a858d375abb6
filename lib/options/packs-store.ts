import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PackWorld } from '../packs/resolve';
import type { PackLibrary, SubscriptionStates } from '../packs/types';
import { packLibrary, packSubscriptions } from '../settings/team-pack';
import { useManagedPolicy } from './use-managed-policy';

export interface PacksStore {
  /** Undefined until the library has been read. */
  world: PackWorld | undefined;
  /** Why the last change could not be saved (the stored library is unchanged); null when it was. */
  error: string | null;
  /** Applies `change` to the library as stored now and saves it; false when saving failed. */
  update: (change: (library: PackLibrary) => PackLibrary) => Promise<boolean>;
  clearError: () => void;
}

/**
 * The stored packs, kept current (the background writes downloads, another tab may edit). Each
 * change reads the library afresh before writing, so a subscription added elsewhere in the
 * meantime is not overwritten by an older copy.
 */
export function usePacksStore(): PacksStore {
  const policy = useManagedPolicy();
  const [library, setLibrary] = useState<PackLibrary>();
  const [states, setStates] = useState<SubscriptionStates>({});
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const read = () => {
      void Promise.all([packLibrary.getValue(), packSubscriptions.getValue()]).then(
        ([nextLibrary, nextStates]) => {
          if (!live) return;
          setLibrary(nextLibrary);
          setStates(nextStates);
        },
        (failure: unknown) => live && setError(String(failure)),
      );
    };
    read();
    const stops = [packLibrary.watch(read), packSubscriptions.watch(read)];
    return () => {
      live = false;
      stops.forEach((stop) => stop());
    };
  }, []);

  const update = useCallback(async (change: (library: PackLibrary) => PackLibrary) => {
    try {
      const next = change(await packLibrary.getValue());
      await packLibrary.setValue(next);
      setLibrary(next);
      setError(null);
      return true;
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      return false;
    }
  }, []);

  const clearError = useCallback(() => setError(null), []);
  const world = useMemo(
    () => (library === undefined ? undefined : { library, states, policy, choice: null }),
    [library, states, policy],
  );
  return { world, error, update, clearError };
}
