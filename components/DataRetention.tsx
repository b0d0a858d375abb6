import { useId, useState, type FormEvent } from 'react';
import { t } from '../lib/i18n';
import { parseRetentionInput } from '../lib/options/data-format';
import { useManagedPolicy } from '../lib/options/use-managed-policy';
import './managed.css';

export interface DataRetentionProps {
  /** Undefined while loading. */
  days: number | undefined;
  max: number;
  onSave: (days: number) => Promise<boolean>;
}

/**
 * "Delete conversations older than N days"; 0 keeps them. The background deletes daily. When the
 * administrator set the retention by policy, the background uses that value, so it is shown here
 * instead of the user's, locked, with why.
 */
export function DataRetention({ days, max, onSave }: DataRetentionProps) {
  const id = useId();
  const policyDays = useManagedPolicy().retentionDays;
  const locked = policyDays !== undefined;
  const [value, setValue] = useState<string>();
  const [error, setError] = useState(false);
  const [status, setStatus] = useState('');
  const shown = locked ? String(policyDays) : (value ?? (days === undefined ? '' : String(days)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (locked) return;
    const parsed = parseRetentionInput(shown, max);
    if (!parsed.ok) {
      setError(true);
      setStatus('');
      return;
    }
    setError(false);
    const saved = await onSave(parsed.days);
    setValue(undefined);
    setStatus(
      !saved
        ? t('data_retention_not_saved')
        : parsed.days === 0
          ? t('data_retention_saved_forever')
          : t('data_retention_saved', { days: parsed.days }),
    );
  };

  const describedBy = [
    `${id}-hint`,
    ...(locked ? [`${id}-locked`] : []),
    ...(error ? [`${id}-error`] : []),
  ].join(' ');

  return (
    <section className="data-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('data_retention_heading')}</h3>
      <form className="data-retention" onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-days`}>{t('data_retention_label')}</label>
          <div className="site-list__add">
            <input
              id={`${id}-days`}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              disabled={locked || days === undefined}
              value={shown}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              onChange={(event) => {
                setValue(event.target.value);
                setError(false);
              }}
            />
            {locked ? null : (
              <button
                type="submit"
                className="button button--primary"
                disabled={days === undefined}
              >
                {t('data_save')}
              </button>
            )}
          </div>
          <p id={`${id}-hint`} className="field__hint">
            {t('data_retention_hint')}
          </p>
          {locked ? (
            <p id={`${id}-locked`} className="field__hint managed-lock">
              <strong className="managed-lock__badge">{t('managed_locked')}</strong>{' '}
              {t('managed_locked_why')}
            </p>
          ) : null}
          {error ? (
            <p id={`${id}-error`} className="field__error" role="alert">
              {t('data_retention_invalid', { max })}
            </p>
          ) : null}
        </div>
      </form>
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </section>
  );
}
