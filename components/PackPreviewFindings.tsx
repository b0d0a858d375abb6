import type { Finding } from '../lib/rules/types';
import { t } from '../lib/i18n';
import { FindingExcerpt } from './FindingExcerpt';
import { categoryLabel, severityLabel } from './labels';

export interface PackPreviewFindingsProps {
  text: string;
  findings: readonly Finding[];
}

/** The preview's findings as the panel words them, without the panel's fix and show actions. */
export function PackPreviewFindings({ text, findings }: PackPreviewFindingsProps) {
  if (text.trim() === '') return null;
  if (findings.length === 0)
    return <p className="pack-preview__clean">{t('packs_preview_no_findings')}</p>;
  return (
    <ol className="pack-preview__findings" aria-label={t('packs_preview_findings_label')}>
      {findings.map((finding, index) => (
        <li
          key={`${finding.ruleId}-${finding.start}-${index}`}
          className={`finding finding--${finding.severity}`}
          data-rule-id={finding.ruleId}
          data-severity={finding.severity}
        >
          <div className="finding__meta">
            <span className={`badge badge--${finding.severity}`}>
              {severityLabel(finding.severity)}
            </span>
            <span className="finding__category">{categoryLabel(finding.category)}</span>
            <code className="finding__rule">{finding.ruleId}</code>
          </div>
          <p className="finding__message">{finding.message}</p>
          <FindingExcerpt text={text} start={finding.start} end={finding.end} />
        </li>
      ))}
    </ol>
  );
}
