import type { Rule } from '../rule';

export const ACCESSIBILITY_RULES: readonly Rule[] = [];
