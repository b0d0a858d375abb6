import { t, uiLanguage } from '../lib/i18n';
import type { UpdateFailure } from '../lib/packs/types';
import type { PackProblem } from '../lib/voice/problems';

/** Why an update was refused, completing "… refused because …". */
export function failureReason(kind: UpdateFailure['kind']): string {
  switch (kind) {
    case 'network':
      return t('subs_failure_network');
    case 'too-large':
      return t('subs_failure_too_large');
    case 'invalid':
      return t('subs_failure_invalid');
    case 'tests':
      return t('subs_failure_tests');
    case 'older':
      return t('subs_failure_older');
  }
}

/** "Update to 3.0.0 refused because it is not a valid voice pack." */
export function refusedText(failure: UpdateFailure): string {
  const reason = failureReason(failure.kind);
  return failure.version === undefined
    ? t('subs_refused_unknown_version', { reason })
    : t('subs_refused', { version: failure.version, reason });
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', Number.POSITIVE_INFINITY],
];

/** "5 minutes ago", "vor 2 Stunden", "igår" in the UI language. */
export function relativeTime(at: number, now: number, language: string = uiLanguage()): string {
  let amount = Math.max(0, Math.round((now - at) / 1000));
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (amount < size) return format.format(-amount, unit);
    amount = Math.floor(amount / size);
  }
  return format.format(-amount, 'day');
}

/** The sentences of a change, as a list (pack text: always rendered as text). */
export function ChangeList({ changes, label }: { changes: readonly string[]; label: string }) {
  if (changes.length === 0) return null;
  return (
    <ul className="pack-subs__changes" aria-label={label}>
      {changes.map((change, index) => (
        <li key={index}>{change}</li>
      ))}
    </ul>
  );
}

/** What is wrong with a refused update, each with its path in the pack. */
export function ProblemList({ problems }: { problems: readonly PackProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="pack-subs__problems" aria-label={t('subs_problems_label')}>
      {problems.map((problem, index) => (
        <li key={index}>
          <code>{problem.path}</code>
          {': '}
          {problem.message}
        </li>
      ))}
    </ul>
  );
}
