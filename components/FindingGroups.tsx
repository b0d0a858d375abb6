import type { Ref } from 'react';
import type { Finding, Fix, Severity } from '../lib/rules/types';
import { t } from '../lib/i18n';
import { FindingCard } from './FindingCard';
import { SEVERITIES, summarizeCounts } from './labels';

export interface FindingGroupsProps {
  text: string;
  findings: readonly Finding[];
  counts: Record<Severity, number>;
  onApplyFix: (fix: Fix) => void;
  onShow: (start: number, end: number) => void;
  /** The section, so keyboard navigation can move between the findings in it. */
  sectionRef?: Ref<HTMLElement>;
}

const GROUP_KEYS = {
  error: 'compose_findings_group_error',
  warning: 'compose_findings_group_warning',
  suggestion: 'compose_findings_group_suggestion',
} as const satisfies Record<Severity, string>;

/** The draft's findings, errors first, then warnings, then suggestions, each under a heading. */
export function FindingGroups({
  text,
  findings,
  counts,
  onApplyFix,
  onShow,
  sectionRef,
}: FindingGroupsProps) {
  const empty = text.trim() === '';
  const summary = empty
    ? t('panel_findings_empty')
    : findings.length === 0
      ? t('panel_findings_none')
      : summarizeCounts(counts);
  return (
    <section className="findings" aria-labelledby="findings-heading" ref={sectionRef}>
      <div className="findings__header">
        <h2 id="findings-heading">{t('panel_findings_heading')}</h2>
        <p
          className={`findings__summary${!empty && findings.length === 0 ? ' findings__summary--clean' : ''}`}
          role="status"
          data-testid="findings-summary"
        >
          {summary}
        </p>
      </div>
      {SEVERITIES.map((severity) => {
        const group = findings
          .map((finding, index) => ({ finding, index }))
          .filter(({ finding }) => finding.severity === severity);
        if (group.length === 0) return null;
        const headingId = `findings-${severity}`;
        return (
          <div key={severity} className="findings__group" data-severity-group={severity}>
            <h3 id={headingId} className="findings__group-title">
              {t(GROUP_KEYS[severity])}
            </h3>
            <ol className="findings__list" aria-labelledby={headingId}>
              {group.map(({ finding, index }) => (
                <FindingCard
                  key={`${finding.ruleId}-${finding.start}-${finding.end}-${index}`}
                  finding={finding}
                  text={text}
                  onApplyFix={onApplyFix}
                  onShow={onShow}
                />
              ))}
            </ol>
          </div>
        );
      })}
      {!empty && findings.length === 0 ? (
        <p className="findings__clean">{t('panel_findings_clean')}</p>
      ) : null}
    </section>
  );
}
