import { t } from '../lib/i18n';
import type { MessageKey } from '../lib/i18n/catalog';
import type { Category, Severity } from '../lib/rules/types';

// chrome.i18n has no plural rules: one key per form, picked by `count === 1` (lib/i18n/catalog/panel.ts).
const SEVERITY_KEYS = {
  error: {
    label: 'panel_severity_error',
    one: 'panel_count_error_one',
    other: 'panel_count_error_other',
  },
  warning: {
    label: 'panel_severity_warning',
    one: 'panel_count_warning_one',
    other: 'panel_count_warning_other',
  },
  suggestion: {
    label: 'panel_severity_suggestion',
    one: 'panel_count_suggestion_one',
    other: 'panel_count_suggestion_other',
  },
} as const satisfies Record<Severity, { label: MessageKey; one: MessageKey; other: MessageKey }>;

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'suggestion'];

const CATEGORY_KEYS = {
  brand: 'panel_category_brand',
  accessibility: 'panel_category_accessibility',
  inclusive: 'panel_category_inclusive',
  human: 'panel_category_human',
  length: 'panel_category_length',
} as const satisfies Record<Category, MessageKey>;

/** "Error", "Warning", "Suggestion" in the UI language. */
export function severityLabel(severity: Severity): string {
  return t(SEVERITY_KEYS[severity].label);
}

/** A category's name; one this build does not know (from a newer pack) shows as its id. */
export function categoryLabel(category: Category): string {
  const key = (CATEGORY_KEYS as Partial<typeof CATEGORY_KEYS>)[category];
  return key ? t(key) : category;
}

/** "2 errors · 1 warning"; empty when every count is zero. */
export function summarizeCounts(counts: Record<Severity, number>): string {
  return SEVERITIES.filter((s) => counts[s] > 0)
    .map((s) => t(SEVERITY_KEYS[s][counts[s] === 1 ? 'one' : 'other'], { count: counts[s] }))
    .join(' · ');
}
