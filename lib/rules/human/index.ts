import type { Rule } from '../rule';

export const HUMAN_RULES: readonly Rule[] = [];
