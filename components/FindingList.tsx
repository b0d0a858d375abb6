import type { Finding, Fix, Severity } from '../lib/rules/types';
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
    ? 'Type or paste a reply to check it.'
    : findings.length === 0
      ? 'No findings'
      : summarizeCounts(counts);
  return (
    <section className="findings" aria-labelledby="findings-heading">
      <div className="findings__header">
        <h2 id="findings-heading">Findings</h2>
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
        <p className="findings__clean">
          Nothing to fix: this reply reads like a person wrote it, in the brand&rsquo;s voice.
        </p>
      ) : null}
    </section>
  );
}
