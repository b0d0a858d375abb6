import { useEffect, useId, useState } from 'react';
import { t } from '../lib/i18n';
import type { SubscriptionCheckOutcome } from '../lib/messaging/protocol';
import {
  requestPackAccess,
  usePackSubscriptions,
  type PackSubscriptionsApi,
  type SubscriptionRow,
} from '../lib/options/use-pack-subscriptions';
import type { ManagedPolicy } from '../lib/packs/types';
import { SubscribeForm } from './PackSubscriptionsForm';
import { PackSubscriptionItem } from './PackSubscriptionsItem';
import { failureReason } from './PackSubscriptionsWords';
import './pack-subscriptions.css';

/** The live region's sentence for what "Check now" did. */
export function outcomeText(outcome: SubscriptionCheckOutcome | undefined, url: string): string {
  if (outcome === undefined) return t('subs_outcome_gone');
  switch (outcome.result) {
    case 'updated':
      return t('subs_outcome_updated', { url, version: outcome.version ?? '' });
    case 'unchanged':
      return t('subs_outcome_unchanged', { url });
    case 'available':
      return t('subs_outcome_available', { url, version: outcome.version ?? '' });
    case 'failed':
      return t('subs_outcome_failed', { url, reason: failureReason(outcome.failure ?? 'network') });
  }
}

const CLOCK_MS = 30_000;

/** The options page's subscriptions: subscribe by URL, and each subscription's state and actions. */
export function PackSubscriptions({ policy }: { policy: ManagedPolicy }) {
  return <PackSubscriptionsView policy={policy} api={usePackSubscriptions()} />;
}

export function PackSubscriptionsView({
  policy,
  api,
}: {
  policy: ManagedPolicy;
  api: PackSubscriptionsApi;
}) {
  const id = useId();
  const [status, setStatus] = useState('');
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState<string | undefined>();
  const [now, setNow] = useState(() => Date.now());
  const { rows } = api;

  // A check newer than `now` reads "now" (relativeTime never says "in 20 seconds").
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), CLOCK_MS);
    return () => clearInterval(timer);
  }, []);

  const subscribe = (url: string) => {
    // Asked in the submit event: the browser shows its prompt only for a user's action.
    const access = requestPackAccess(url);
    setNotice('');
    setStatus(t('subs_subscribed', { url }));
    api
      .subscribe(url)
      .catch((error: unknown) => setStatus(`${t('subs_check_error')} ${String(error)}`));
    void access.then((granted) => {
      if (!granted) setNotice(t('subs_access_refused', { host: new URL(url).hostname }));
    });
  };

  const check = (row: SubscriptionRow) => {
    const { id: entry, url } = row.entry;
    setBusy(entry);
    setStatus(t('subs_checking', { url }));
    api
      .checkNow(entry)
      .then((outcomes) =>
        setStatus(
          outcomeText(
            outcomes.find((o) => o.entry === entry),
            url,
          ),
        ),
      )
      .catch((error: unknown) => setStatus(`${t('subs_check_error')} ${String(error)}`))
      .finally(() => setBusy(undefined));
  };

  const allowAccess = (row: SubscriptionRow) => {
    const host = new URL(row.entry.url).hostname;
    // Asked in the click, before anything is awaited: the browser prompts only then.
    void requestPackAccess(row.entry.url).then((granted) => {
      if (granted) {
        setNotice('');
        check(row);
      } else setNotice(t('subs_access_refused', { host }));
    });
  };

  const applyAvailable = (row: SubscriptionRow) => {
    const version = row.state.available?.to ?? '';
    api
      .applyAvailable(row.entry.id)
      .then((applied) => setStatus(applied ? t('subs_applied', { version }) : ''))
      .catch((error: unknown) => setStatus(`${t('subs_check_error')} ${String(error)}`));
  };

  return (
    <section className="pack-subs" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('subs_heading')}</h3>
      <p className="pack-subs__intro">{t('subs_intro')}</p>
      {policy.lockPacks ? (
        <p className="pack-subs__locked">
          <span aria-hidden="true">🔒 </span>
          {t('subs_locked')}
        </p>
      ) : (
        <SubscribeForm
          subscribed={(rows ?? []).map((row) => row.entry.url)}
          onSubscribe={subscribe}
        />
      )}
      {notice ? <p className="pack-subs__notice">{notice}</p> : null}
      <p className="pack-subs__status" role="status">
        {status}
      </p>
      {rows === undefined ? null : rows.length === 0 ? (
        <p className="pack-subs__empty">{t('subs_empty')}</p>
      ) : (
        <ul className="pack-subs__list" aria-label={t('subs_list_label')}>
          {rows.map((row) => (
            <PackSubscriptionItem
              key={row.entry.id}
              row={row}
              now={now}
              locked={policy.lockPacks || row.entry.managed === true}
              busy={busy === row.entry.id}
              onCheck={() => check(row)}
              onPin={(pinned) => void api.setPinned(row.entry.id, pinned)}
              onRemove={() => {
                void api
                  .remove(row.entry.id)
                  .then(() => setStatus(t('subs_removed', { url: row.entry.url })));
              }}
              onApplyAvailable={() => applyAvailable(row)}
              onAllowAccess={() => allowAccess(row)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
