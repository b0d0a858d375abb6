import { useId, useRef, useState } from 'react';
import { t } from '../lib/i18n';
import { AddressForm } from './AddressForm';

export type SiteAccess = 'builtIn' | 'granted' | 'missing';

export interface SiteRow {
  value: string;
  label: string;
  origin: string;
  access: SiteAccess;
}

export interface SupportedSite {
  id: string;
  label: string;
  hosts: readonly string[];
}

export type AddResult = { error: string } | { added: string };

export interface SiteListProps {
  title: string;
  description: string;
  inputLabel: string;
  placeholder: string;
  emptyText: string;
  /** Undefined while loading. */
  rows: readonly SiteRow[] | undefined;
  /** Called from the submit event itself: it may ask the browser for access there. */
  onAdd: (raw: string) => AddResult;
  onRemove: (value: string) => void;
  onGrant: (origin: string) => void;
}

const ACCESS_KEYS = {
  builtIn: 'options_access_built_in',
  granted: 'options_access_granted',
  missing: 'options_access_missing',
} as const satisfies Record<SiteAccess, string>;

/** One editable list of sites: add by typing an address, remove, grant the access still missing. */
export function SiteList({
  title,
  description,
  inputLabel,
  placeholder,
  emptyText,
  rows,
  onAdd,
  onRemove,
  onGrant,
}: SiteListProps) {
  const id = useId();
  const [status, setStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const add = (value: string) => {
    const result = onAdd(value);
    if ('error' in result) {
      setStatus('');
      return result.error;
    }
    setStatus(t('options_added', { site: result.added }));
    return null;
  };

  return (
    <section className="site-list" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="site-list__description">{description}</p>
      {rows === undefined ? (
        <p className="site-list__empty">{t('options_loading')}</p>
      ) : rows.length === 0 ? (
        <p className="site-list__empty">{emptyText}</p>
      ) : (
        <ul className="site-list__rows" aria-label={title}>
          {rows.map((row) => (
            <li key={row.value} className="site-row" data-site={row.value}>
              <span className="site-row__name">{row.label}</span>
              <span className={`site-row__access site-row__access--${row.access}`}>
                {t(ACCESS_KEYS[row.access])}
              </span>
              <span className="site-row__actions">
                {row.access === 'missing' ? (
                  <button
                    type="button"
                    className="button button--primary"
                    aria-label={t('options_grant_site', { site: row.label })}
                    onClick={() => onGrant(row.origin)}
                  >
                    {t('options_grant')}
                  </button>
                ) : null}
                <button
                  type="button"
                  className="button"
                  aria-label={t('options_remove_site', { site: row.label })}
                  onClick={() => {
                    onRemove(row.value);
                    setStatus(t('options_removed', { site: row.label }));
                    input.current?.focus();
                  }}
                >
                  {t('options_remove')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <AddressForm
        block="site-list"
        label={inputLabel}
        placeholder={placeholder}
        type="text"
        submitLabel={t('options_add')}
        onSubmit={add}
        inputRef={input}
      />
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </section>
  );
}

export interface SitesSettingsProps {
  supported: readonly SupportedSite[];
  mastodon: Omit<
    SiteListProps,
    'title' | 'description' | 'inputLabel' | 'placeholder' | 'emptyText'
  >;
  other: Omit<SiteListProps, 'title' | 'description' | 'inputLabel' | 'placeholder' | 'emptyText'>;
}

/** Where Replykit runs: the supported sites, the user's Mastodon instances and other sites. */
export function SitesSettings({ supported, mastodon, other }: SitesSettingsProps) {
  return (
    <section className="sites" aria-labelledby="sites-title">
      <h2 id="sites-title">{t('options_sites_heading')}</h2>
      <section className="site-list" aria-labelledby="supported-title">
        <h3 id="supported-title">{t('options_supported_heading')}</h3>
        <p className="site-list__description">{t('options_supported_description')}</p>
        <ul className="supported-sites" aria-label={t('options_supported_heading')}>
          {supported.map((site) => (
            <li key={site.id} data-site={site.id}>
              <span className="site-row__name">{site.label}</span>{' '}
              <span className="supported-sites__hosts">{site.hosts.join(', ')}</span>
            </li>
          ))}
        </ul>
      </section>
      <SiteList
        {...mastodon}
        title={t('options_mastodon_title')}
        description={t('options_mastodon_description')}
        inputLabel={t('options_mastodon_input')}
        placeholder="example.social"
        emptyText={t('options_mastodon_empty')}
      />
      <SiteList
        {...other}
        title={t('options_other_title')}
        description={t('options_other_description')}
        inputLabel={t('options_other_input')}
        placeholder="forum.example.com"
        emptyText={t('options_other_empty')}
      />
    </section>
  );
}
