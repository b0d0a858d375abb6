import type { Finding, Fix } from '../lib/rules/types';
import { FindingExcerpt } from './FindingExcerpt';
import { t } from '../lib/i18n';
import { categoryLabel, severityLabel } from './labels';

export interface FindingCardProps {
  finding: Finding;
  /** The draft the finding was computed on, for the excerpt. */
  text: string;
  onApplyFix: (fix: Fix) => void;
  onShow: (start: number, end: number) => void;
}

const WEB_LINK = /^https?:\/\//i;

export function FindingCard({ finding, text, onApplyFix, onShow }: FindingCardProps) {
  const { ruleId, category, severity, start, end, message, why, link, fixes } = finding;
  const headingId = `finding-${ruleId}-${start}-${end}`.replace(/[^\w-]/g, '-');
  return (
    <li
      className={`finding finding--${severity}`}
      data-rule-id={ruleId}
      data-severity={severity}
      aria-labelledby={headingId}
    >
      <div className="finding__meta">
        <span className={`badge badge--${severity}`}>{severityLabel(severity)}</span>
        <span className="finding__category">{categoryLabel(category)}</span>
        <code className="finding__rule">{ruleId}</code>
      </div>
      <p className="finding__message" id={headingId}>
        {message}
      </p>
      <FindingExcerpt text={text} start={start} end={end} prefix={t('panel_finding_in_draft')} />
      <p className="finding__why">{why}</p>
      <div className="finding__actions">
        {fixes.map((fix, index) => (
          <button
            key={`${index}-${fix.start}-${fix.end}`}
            type="button"
            className="button button--primary"
            data-fix-index={index}
            data-fix-start={fix.start}
            data-fix-end={fix.end}
            data-fix-replacement={fix.replacement}
            onClick={() => onApplyFix(fix)}
          >
            {fix.label}
          </button>
        ))}
        <button type="button" className="button" onClick={() => onShow(start, end)}>
          {t('panel_finding_show')}
        </button>
        {link && WEB_LINK.test(link) ? (
          <a className="finding__link" href={link} target="_blank" rel="noreferrer">
            {t('panel_finding_learn_more')}
            <span className="visually-hidden">
              {' '}
              {t('panel_finding_learn_more_about', { message })}
            </span>
          </a>
        ) : null}
      </div>
    </li>
  );
}
