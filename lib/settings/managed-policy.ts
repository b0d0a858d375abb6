import { browser } from 'wxt/browser';
import { uiLanguage } from '../i18n';
import { parseManagedPolicy } from '../packs/managed';
import { NO_POLICY } from '../packs/resolve';
import type { ManagedPolicy } from '../packs/types';

type ManagedArea = Pick<typeof browser.storage.managed, 'get'>;

/**
 * What the administrator set. Without a policy (or where the browser has no managed storage,
 * e.g. Firefox without policies.json throws) there is nothing to honour: no policy.
 */
export async function readManagedPolicy(
  area: ManagedArea | undefined = browser.storage?.managed,
): Promise<ManagedPolicy> {
  if (area === undefined) return { ...NO_POLICY, packUrls: [], problems: [] };
  try {
    // Its problems are shown to the person in this browser, in their language.
    return parseManagedPolicy(await area.get(), { locale: uiLanguage() });
  } catch {
    return { ...NO_POLICY, packUrls: [], problems: [] };
  }
}

/** Calls `listener` with the new policy whenever the administrator changes it. Returns a function that stops. */
export function watchManagedPolicy(listener: (policy: ManagedPolicy) => void): () => void {
  const onChanged = browser.storage?.onChanged;
  if (onChanged === undefined) return () => {};
  const handle = (_changes: unknown, area: string) => {
    if (area === 'managed') void readManagedPolicy().then(listener);
  };
  onChanged.addListener(handle);
  return () => onChanged.removeListener(handle);
}
