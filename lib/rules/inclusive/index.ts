import type { Rule } from '../rule';

export const INCLUSIVE_RULES: readonly Rule[] = [];
