import type { Catalog } from '../types';

/** Pack subscriptions by URL: subscribe, check now, pinning, what changed, why an update was refused. */
export const subscriptions = {} as const satisfies Catalog;
