import { addSubscription, removeEntry } from '../packs/library';
import type { ManagedPolicy, PackLibrary } from '../packs/types';
import { readManagedPolicy, watchManagedPolicy } from '../settings/managed-policy';
import { packLibrary } from '../settings/team-pack';

/**
 * The library with exactly one managed subscription per policy URL: missing ones added, those
 * whose URL the administrator dropped (and duplicates) removed. The user's own entries stay, even
 * one with a policy URL: the managed entry is added beside it, so dropping the URL from the policy
 * never takes away what the user subscribed to. Returns the same object when nothing changes.
 */
export function withManagedEntries(library: PackLibrary, urls: readonly string[]): PackLibrary {
  let next = library;
  const seen = new Set<string>();
  for (const entry of library.entries) {
    if (entry.kind !== 'subscription' || entry.managed !== true) continue;
    if (urls.includes(entry.url) && !seen.has(entry.url)) seen.add(entry.url);
    else next = removeEntry(next, entry.id);
  }
  for (const url of urls) if (!seen.has(url)) next = addSubscription(next, url, true).library;
  return next;
}

/**
 * Keeps the library's managed subscriptions in step with the administrator's pack URLs: at start,
 * whenever the policy changes, and whenever the library is written (the options page saves the
 * library it holds, which may predate a managed entry, or a user may try to remove one). The
 * subscription checker (pack-subscriptions.ts) sees the library change and downloads new entries.
 */
export function setupManagedPacks(): { ready: Promise<void>; stop: () => void } {
  let policy: ManagedPolicy | undefined;
  // One pass at a time: a change during a pass must not add the same URL twice.
  let queue = Promise.resolve();
  const sync = () => {
    queue = queue
      .then(async () => {
        if (policy === undefined) return;
        const library = await packLibrary.getValue();
        const next = withManagedEntries(library, policy.packUrls);
        // Unchanged when in step, so this write does not wake the watcher below again.
        if (next !== library) await packLibrary.setValue(next);
      })
      .catch((error: unknown) => console.error('Replykit: managed packs', error));
    return queue;
  };
  const stopPolicy = watchManagedPolicy((next) => {
    policy = next;
    void sync();
  });
  const stopLibrary = packLibrary.watch(() => void sync());
  const ready = readManagedPolicy().then((first) => {
    policy ??= first;
    return sync();
  });
  return {
    ready,
    stop: () => {
      stopPolicy();
      stopLibrary();
    },
  };
}
