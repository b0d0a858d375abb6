import type { Rule } from '../rule';

export const LENGTH_RULES: readonly Rule[] = [];
