import { t } from '../lib/i18n';
import type { SubscriptionState } from '../lib/packs/types';
import { ChangeList, ProblemList, refusedText } from './PackSubscriptionsWords';
import './pack-subscriptions.css';

/**
 * The panel's word on a subscribed pack: what the last update changed, why the last one was
 * refused, or that a newer version waits while pinned. Nothing when there is nothing to say.
 */
export function PackUpdateNotice({ name, state }: { name: string; state: SubscriptionState }) {
  const { lastChange, failure, available } = state;
  const updated = lastChange?.from !== undefined ? lastChange : undefined;
  if (!updated && !failure && !available) return null;
  // Every download, update and applied version records its version here: the one in use.
  const inUse = state.text === undefined ? undefined : lastChange?.to;
  return (
    <section className="pack-notice" aria-label={t('subs_notice_label')}>
      {updated ? (
        <details className="pack-notice__item">
          <summary>
            {t('subs_notice_updated', { name, from: updated.from ?? '', to: updated.to })}
          </summary>
          <ChangeList changes={updated.changes} label={t('subs_changes_label')} />
        </details>
      ) : null}
      {failure ? (
        <details className="pack-notice__item pack-notice__item--failure">
          <summary>
            {refusedText(failure)}
            {inUse ? ` ${t('subs_still_using', { version: inUse })}` : null}
          </summary>
          <ProblemList problems={failure.problems} />
        </details>
      ) : null}
      {available ? (
        <details className="pack-notice__item">
          <summary>{t('subs_notice_available', { version: available.to })}</summary>
          <ChangeList changes={available.changes} label={t('subs_changes_label')} />
        </details>
      ) : null}
    </section>
  );
}
