import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendToBackground, type SubscriptionCheckOutcome } from '../messaging/protocol';
import {
  addSubscription,
  entryPack,
  removeEntry,
  withFallback,
  withPinned,
} from '../packs/library';
import {
  BUILTIN_ENTRY,
  type PackEntryId,
  type PackLibrary,
  type SubscriptionEntry,
  type SubscriptionState,
  type SubscriptionStates,
} from '../packs/types';
import { originPatternOf } from '../packs/url';
import { packLibrary, packSubscriptions } from '../settings/team-pack';

/** One subscription as the options page lists it. */
export interface SubscriptionRow {
  entry: SubscriptionEntry;
  state: SubscriptionState;
  /** The pack in use, when one was downloaded. */
  inUse?: { name: string; version: string };
}

export function subscriptionRows(
  library: PackLibrary,
  states: SubscriptionStates,
): SubscriptionRow[] {
  return library.entries.flatMap((entry) => {
    if (entry.kind !== 'subscription') return [];
    const state = states[entry.id] ?? {};
    const pack = entryPack(entry, states).pack;
    return [
      { entry, state, ...(pack ? { inUse: { name: pack.name, version: pack.version } } : {}) },
    ];
  });
}

/**
 * Asks for access to the pack's host. Must be called from the user's click or key press (the
 * browser allows the prompt only then), before anything is awaited. Refused or failed: false.
 */
export function requestPackAccess(url: string): Promise<boolean> {
  return browser.permissions
    .request({ origins: [originPatternOf(url)] })
    .catch((error: unknown) => {
      console.warn(`Replykit: could not ask for access to ${url}`, error);
      return false;
    });
}

/**
 * The subscriptions in the library with what the background downloaded for each, kept current.
 * The library is written here (the options page owns it); the downloads only by the background.
 */
export function usePackSubscriptions() {
  const [library, setLibrary] = useState<PackLibrary | undefined>();
  const [states, setStates] = useState<SubscriptionStates>({});

  useEffect(() => {
    let live = true;
    void packLibrary.getValue().then((value) => live && setLibrary(value));
    void packSubscriptions.getValue().then((value) => live && setStates(value));
    const unwatchLibrary = packLibrary.watch((value) => setLibrary(value));
    const unwatchStates = packSubscriptions.watch((value) => setStates(value ?? {}));
    return () => {
      live = false;
      unwatchLibrary();
      unwatchStates();
    };
  }, []);

  // Read-modify-write on the stored value: another part of the page may have changed it.
  const edit = useCallback(async (change: (library: PackLibrary) => PackLibrary) => {
    await packLibrary.setValue(change(await packLibrary.getValue()));
  }, []);

  const subscribe = useCallback(
    async (url: string): Promise<PackEntryId> => {
      let id = '';
      await edit((current) => {
        const added = addSubscription(current, url);
        id = added.id;
        // A team member who subscribes to the team's pack means to use it: while nothing else
        // is the default, it becomes the pack used where no rule matches (once downloaded).
        return current.fallback === BUILTIN_ENTRY
          ? withFallback(added.library, added.id)
          : added.library;
      });
      return id;
    },
    [edit],
  );

  const setPinned = useCallback(
    (id: PackEntryId, pinned: boolean) => edit((current) => withPinned(current, id, pinned)),
    [edit],
  );
  const remove = useCallback(
    (id: PackEntryId) => edit((current) => removeEntry(current, id)),
    [edit],
  );
  const checkNow = useCallback(
    (entry?: PackEntryId): Promise<SubscriptionCheckOutcome[]> =>
      sendToBackground('checkPackSubscriptions', entry === undefined ? {} : { entry }),
    [],
  );
  const applyAvailable = useCallback(
    (entry: PackEntryId): Promise<boolean> => sendToBackground('applyAvailable', { entry }),
    [],
  );

  return {
    rows: library === undefined ? undefined : subscriptionRows(library, states),
    subscribe,
    setPinned,
    remove,
    checkNow,
    applyAvailable,
  };
}

export type PackSubscriptionsApi = ReturnType<typeof usePackSubscriptions>;
