import { useId } from 'react';
import { t } from '../lib/i18n';
import { hasManagedSettings, inlinePackName } from '../lib/packs/managed';
import type { ManagedPolicy } from '../lib/packs/types';
import './managed.css';

export interface ManagedPolicyNoticeProps {
  policy: ManagedPolicy;
}

/**
 * What the IT administrator manages through enterprise policy, and the policy values that were
 * invalid (with their key), so the user can pass them on. Nothing when there is no policy.
 */
export function ManagedPolicyNotice({ policy }: ManagedPolicyNoticeProps) {
  const id = useId();
  if (!hasManagedSettings(policy)) return null;
  const packName = inlinePackName(policy);
  const items: { key: string; text: string }[] = [];
  if (policy.lockPacks) items.push({ key: 'lock', text: t('managed_notice_lock_packs') });
  if (policy.pack !== undefined)
    items.push({
      key: 'pack',
      text:
        packName === undefined
          ? t('managed_notice_inline_pack_broken')
          : t('managed_notice_inline_pack', { name: packName }),
    });
  if (policy.packUrls.length > 0)
    items.push({
      key: 'urls',
      text: t('managed_notice_pack_urls', { urls: policy.packUrls.join(', ') }),
    });
  if (policy.retentionDays !== undefined)
    items.push({
      key: 'retention',
      text: t('managed_notice_retention', { days: policy.retentionDays }),
    });
  if (policy.checkIntervalHours !== undefined)
    items.push({
      key: 'interval',
      text: t('managed_notice_interval', { hours: policy.checkIntervalHours }),
    });

  return (
    <section className="managed-notice" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('managed_notice_heading')}</h2>
      {items.length > 0 ? (
        <>
          <p>{t('managed_notice_intro')}</p>
          <ul className="managed-notice__list">
            {items.map((item) => (
              <li key={item.key}>{item.text}</li>
            ))}
          </ul>
        </>
      ) : null}
      {policy.problems.length > 0 ? (
        <div className="managed-notice__problems" role="alert">
          <p id={`${id}-problems`}>{t('managed_notice_problems')}</p>
          <ul aria-labelledby={`${id}-problems`}>
            {policy.problems.map((problem, index) => (
              <li key={`${index}-${problem.path}`} data-path={problem.path}>
                <code>{problem.path}</code>
                {': '}
                {problem.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
