import { useId } from 'react';
import { t } from '../lib/i18n';
import type { SubscriptionRow } from '../lib/options/use-pack-subscriptions';
import { ChangeList, ProblemList, refusedText, relativeTime } from './PackSubscriptionsWords';

export interface PackSubscriptionItemProps {
  row: SubscriptionRow;
  /** For "last checked … ago". */
  now: number;
  /** The user may not pin, unpin or remove (a managed entry, or packs locked by policy). */
  locked: boolean;
  busy: boolean;
  onCheck: () => void;
  onPin: (pinned: boolean) => void;
  onRemove: () => void;
  onApplyAvailable: () => void;
  /** Asks for access to the pack's host (from the click) and checks again. */
  onAllowAccess: () => void;
}

/** One subscription: what is in use, when it was checked, what changed, why an update was refused. */
export function PackSubscriptionItem({
  row,
  now,
  locked,
  busy,
  onCheck,
  onPin,
  onRemove,
  onApplyAvailable,
  onAllowAccess,
}: PackSubscriptionItemProps) {
  const id = useId();
  const { entry, state, inUse } = row;
  const { url } = entry;
  const change = state.lastChange;
  const failure = state.failure;
  const available = state.available;
  return (
    <li className="pack-subs__item" data-entry={entry.id}>
      <div className="pack-subs__head">
        <span className="pack-subs__url">{url}</span>
        {entry.managed ? (
          <span className="pack-subs__badge pack-subs__badge--managed">
            <span aria-hidden="true">🔒 </span>
            {t('subs_managed')}
          </span>
        ) : null}
        {entry.pinned ? <span className="pack-subs__badge">{t('subs_pinned')}</span> : null}
      </div>
      <p className="pack-subs__in-use">
        {inUse
          ? t('subs_in_use', { name: inUse.name, version: inUse.version })
          : t('subs_none_in_use')}
        {' · '}
        {state.checkedAt === undefined
          ? t('subs_never_checked')
          : t('subs_checked', { when: relativeTime(state.checkedAt, now) })}
      </p>
      {change ? (
        <div className="pack-subs__change">
          <p>
            {change.from === undefined
              ? t('subs_first_version', { version: change.to })
              : t('subs_changed', { from: change.from, to: change.to })}
          </p>
          <ChangeList changes={change.changes} label={t('subs_changes_label')} />
        </div>
      ) : null}
      {failure ? (
        <div className="pack-subs__failure" role="group" aria-labelledby={`${id}-refused`}>
          <p id={`${id}-refused`}>
            {refusedText(failure)}
            {inUse ? ` ${t('subs_still_using', { version: inUse.version })}` : null}
          </p>
          <ProblemList problems={failure.problems} />
          {failure.kind === 'network' ? (
            // A server that does not allow cross-origin reads can still be read with access to
            // its host; the only way to ask is a click (managed packs never had one).
            <button type="button" className="button" onClick={onAllowAccess}>
              {t('subs_allow_access', { host: new URL(url).hostname })}
            </button>
          ) : null}
        </div>
      ) : null}
      {available ? (
        <div className="pack-subs__available">
          <p>{t('subs_available', { version: available.to })}</p>
          <ChangeList changes={available.changes} label={t('subs_changes_label')} />
          {locked ? null : (
            <button type="button" className="button" onClick={onApplyAvailable}>
              {t('subs_apply_available', { version: available.to })}
            </button>
          )}
        </div>
      ) : null}
      <div className="pack-subs__actions">
        <button
          type="button"
          className="button"
          aria-label={t('subs_check_now_for', { url })}
          aria-disabled={busy ? true : undefined}
          onClick={() => {
            if (!busy) onCheck();
          }}
        >
          {t('subs_check_now')}
        </button>
        {locked ? null : (
          <>
            <button
              type="button"
              className="button"
              aria-label={t(entry.pinned ? 'subs_unpin_for' : 'subs_pin_for', { url })}
              title={entry.pinned ? t('subs_unpin_hint') : undefined}
              onClick={() => onPin(!entry.pinned)}
            >
              {t(entry.pinned ? 'subs_unpin' : 'subs_pin')}
            </button>
            <button
              type="button"
              className="button"
              aria-label={t('subs_remove_for', { url })}
              onClick={onRemove}
            >
              {t('subs_remove')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
