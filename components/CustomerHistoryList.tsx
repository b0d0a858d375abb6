import { t } from '../lib/i18n';
import type { EarlierReply } from '../lib/panel/memory-view';

export interface CustomerHistoryListProps {
  earlier: readonly EarlierReply[];
  latest?: { id: string; resolved: boolean };
  onResolvedChange?: (interactionId: string, resolved: boolean) => void;
}

/** Earlier replies to this person (their message → our reply), collapsed; page text as text. */
export function CustomerHistoryList({
  earlier,
  latest,
  onResolvedChange,
}: CustomerHistoryListProps) {
  if (earlier.length === 0) return null;
  return (
    <div className="customer-history">
      {latest && onResolvedChange ? (
        <label className="customer-history__resolved">
          <input
            type="checkbox"
            checked={latest.resolved}
            onChange={(event) => onResolvedChange(latest.id, event.target.checked)}
          />
          {t('memory_resolved')}
        </label>
      ) : null}
      <details className="customer-history__details" data-testid="customer-earlier">
        <summary>
          {earlier.length === 1
            ? t('memory_history_heading_one', { count: 1 })
            : t('memory_history_heading_other', { count: earlier.length })}
        </summary>
        <ol className="customer-history__list">
          {earlier.map((reply) => (
            <li key={reply.id} className="customer-history__item">
              <p className="customer-history__when">{reply.when}</p>
              {reply.theirMessage ? (
                <p className="customer-history__theirs">
                  <span className="visually-hidden">{t('memory_history_theirs')}: </span>
                  {reply.theirMessage}
                </p>
              ) : null}
              <p className="customer-history__ours">
                <span className="visually-hidden">{t('memory_history_ours')}: </span>
                {reply.ourReply}
              </p>
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
