import type { Catalog } from '../types';

/** The options page's voice pack section: the pack list, raw JSON, tests, preview, import and export, assignments. */
export const packs = {} as const satisfies Catalog;
