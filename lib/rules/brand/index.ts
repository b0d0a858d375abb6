import type { Rule } from '../rule';

export const BRAND_RULES: readonly Rule[] = [];
