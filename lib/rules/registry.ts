import { ACCESSIBILITY_RULES } from './accessibility';
import { BRAND_RULES } from './brand';
import { HUMAN_RULES } from './human';
import { INCLUSIVE_RULES } from './inclusive';
import { LENGTH_RULES } from './length';
import type { Rule } from './rule';

/** Every built-in rule, in the order findings are produced. Plain data: add a rule here. */
export const BUILTIN_RULES: readonly Rule[] = [
  ...ACCESSIBILITY_RULES,
  ...INCLUSIVE_RULES,
  ...HUMAN_RULES,
  ...BRAND_RULES,
  ...LENGTH_RULES,
];
