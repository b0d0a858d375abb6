import type { Finding, Fix, Severity } from '../lib/rules/types';
import { t } from '../lib/i18n';
import { FindingCard } from './FindingCard';
import { summarizeCounts } from './labels';

export interface FindingListProps {
  text: string;
  findings: readonly Finding[];
  counts: Record<Severity, number>;
  onApplyFix: (fix: Fix) => void;
  onShow: (start: number, end: number) => void;
}

export function FindingList({ text, findings, counts, onApplyFix, onShow }: FindingListProps) {
  const empty = text.trim() === '';
  const summary = empty
    ? t('panel_findings_empty')
    : findings.length === 0
      ? t('panel_findings_none')
      : summarizeCounts(counts);
  return (
    <section className="findings" aria-labelledby="findings-heading">
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
      {findings.length > 0 ? (
        <ol className="findings__list">
          {findings.map((finding, index) => (
            <FindingCard
              key={`${finding.ruleId}-${finding.start}-${finding.end}-${index}`}
              finding={finding}
              text={text}
              onApplyFix={onApplyFix}
              onShow={onShow}
            />
          ))}
        </ol>
      ) : !empty ? (
        <p className="findings__clean">{t('panel_findings_clean')}</p>
      ) : null}
    </section>
  );
}
