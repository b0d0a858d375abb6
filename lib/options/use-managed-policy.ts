import { useEffect, useState } from 'react';
import { NO_POLICY } from '../packs/resolve';
import type { ManagedPolicy } from '../packs/types';
import { readManagedPolicy, watchManagedPolicy } from '../settings/managed-policy';

/** What the administrator set, kept current; no policy until it has been read. */
export function useManagedPolicy(): ManagedPolicy {
  const [policy, setPolicy] = useState<ManagedPolicy>(NO_POLICY);
  useEffect(() => {
    let live = true;
    const set = (next: ManagedPolicy) => {
      if (live) setPolicy(next);
    };
    void readManagedPolicy().then(set);
    const stop = watchManagedPolicy(set);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return policy;
}
