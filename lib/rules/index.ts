export { check, rulesFor } from './engine';
export { BUILTIN_RULES } from './registry';
export { BUILTIN_RULE_IDS, type BuiltinRuleId } from './ids';
export type { Category, CheckContext, Finding, Fix, Severity } from './types';
export type { Rule } from './rule';
