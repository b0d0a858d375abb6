import { useId, useRef, useState, type FormEvent } from 'react';
import { t } from '../lib/i18n';
import { checkPackUrl } from '../lib/packs/url';

/** Why the typed text cannot be a subscription, in the UI language; undefined when it can. */
export function urlProblem(input: string): string | undefined {
  if (checkPackUrl(input).ok) return undefined;
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return t('subs_url_not_url', { text });
  }
  if (url.username !== '' || url.password !== '') return t('subs_url_credentials');
  if (url.protocol === 'http:') return t('subs_url_http', { host: url.hostname });
  return t('subs_url_protocol', { protocol: url.protocol });
}

export interface SubscribeFormProps {
  /** URLs already subscribed (normalised). */
  subscribed: readonly string[];
  /** Called in the submit event itself with the normalised URL: it may ask for access there. */
  onSubscribe: (url: string) => void;
}

/** Subscribe by URL: the address is checked where it is typed; the error stays with the field. */
export function SubscribeForm({ subscribed, onSubscribe }: SubscribeFormProps) {
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkPackUrl(value);
    const problem = checked.ok
      ? subscribed.includes(checked.url)
        ? t('subs_url_duplicate')
        : undefined
      : urlProblem(value);
    if (problem !== undefined || !checked.ok) {
      setError(problem ?? null);
      input.current?.focus();
      return;
    }
    setError(null);
    setValue('');
    onSubscribe(checked.url);
  };

  return (
    <form className="pack-subs__form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-url`}>{t('subs_url_label')}</label>
        <p id={`${id}-hint`} className="pack-subs__hint">
          {t('subs_url_hint')}
        </p>
        <div className="pack-subs__add">
          <input
            id={`${id}-url`}
            ref={input}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder={t('subs_url_placeholder')}
            value={value}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
            onChange={(event) => {
              setValue(event.target.value);
              if (error) setError(null);
            }}
          />
          <button type="submit" className="button button--primary">
            {t('subs_subscribe')}
          </button>
        </div>
        {error ? (
          <p id={`${id}-error`} className="field__error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </form>
  );
}
