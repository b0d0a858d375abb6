import { useId, useState, type FormEvent } from 'react';
import { t } from '../lib/i18n';
import { parseRetentionInput } from '../lib/options/data-format';

export interface DataRetentionProps {
  /** Undefined while loading. */
  days: number | undefined;
  max: number;
  onSave: (days: number) => Promise<boolean>;
}

/** "Delete conversations older than N days"; 0 keeps them. The background deletes daily. */
export function DataRetention({ days, max, onSave }: DataRetentionProps) {
  const id = useId();
  const [value, setValue] = useState<string>();
  const [error, setError] = useState(false);
  const [status, setStatus] = useState('');
  const shown = value ?? (days === undefined ? '' : String(days));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
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
              disabled={days === undefined}
              value={shown}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
              onChange={(event) => {
                setValue(event.target.value);
                setError(false);
              }}
            />
            <button type="submit" className="button button--primary" disabled={days === undefined}>
              {t('data_save')}
            </button>
          </div>
          <p id={`${id}-hint`} className="field__hint">
            {t('data_retention_hint')}
          </p>
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
