import type { Catalog } from '../types';

/** The voice pack form: a label and a help text for every field of the pack format. */
export const packForm = {} as const satisfies Catalog;
