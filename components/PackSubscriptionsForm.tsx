import { useRef } from 'react';
import { t } from '../lib/i18n';
import { checkPackUrl } from '../lib/packs/url';
import { AddressForm } from './AddressForm';

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
  const input = useRef<HTMLInputElement>(null);
  const submit = (value: string) => {
    const checked = checkPackUrl(value);
    // urlProblem names what checkPackUrl refused; its fallback only keeps the types honest.
    if (!checked.ok) return urlProblem(value) ?? t('subs_url_not_url', { text: value.trim() });
    if (subscribed.includes(checked.url)) return t('subs_url_duplicate');
    onSubscribe(checked.url);
    return null;
  };
  return (
    <AddressForm
      block="pack-subs"
      label={t('subs_url_label')}
      hint={t('subs_url_hint')}
      placeholder={t('subs_url_placeholder')}
      type="url"
      submitLabel={t('subs_subscribe')}
      onSubmit={submit}
      inputRef={input}
    />
  );
}
