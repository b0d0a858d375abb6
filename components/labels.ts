import type { Category, Severity } from '../lib/rules/types';

export const SEVERITY_LABELS: Record<Severity, { one: string; many: string }> = {
  error: { one: 'error', many: 'errors' },
  warning: { one: 'warning', many: 'warnings' },
  suggestion: { one: 'suggestion', many: 'suggestions' },
};

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'suggestion'];

export const CATEGORY_LABELS: Record<Category, string> = {
  brand: 'Brand voice',
  accessibility: 'Accessibility',
  inclusive: 'Inclusive language',
  human: 'Human voice',
  length: 'Length',
};

/** "2 errors · 1 warning"; empty when every count is zero. */
export function summarizeCounts(counts: Record<Severity, number>): string {
  return SEVERITIES.filter((s) => counts[s] > 0)
    .map(
      (s) => `${counts[s]} ${counts[s] === 1 ? SEVERITY_LABELS[s].one : SEVERITY_LABELS[s].many}`,
    )
    .join(' · ');
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
