import type { Catalog } from '../types';

/** Settings an administrator sets through enterprise policy, shown as locked. */
export const managed = {} as const satisfies Catalog;
