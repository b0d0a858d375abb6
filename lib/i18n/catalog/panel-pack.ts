import type { Catalog } from '../types';

/** The side panel's active pack and its quick switch. */
export const panelPack = {} as const satisfies Catalog;
