import { useId, useRef, useState, type FormEvent } from 'react';

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

const ACCESS_TEXT: Record<SiteAccess, string> = {
  builtIn: 'Included',
  granted: 'Access granted',
  missing: 'No access yet',
};

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
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = onAdd(value);
    if ('error' in result) {
      setError(result.error);
      setStatus('');
      input.current?.focus();
      return;
    }
    setError(null);
    setValue('');
    setStatus(`Added ${result.added}.`);
  };

  return (
    <section className="site-list" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="site-list__description">{description}</p>
      {rows === undefined ? (
        <p className="site-list__empty">Loading…</p>
      ) : rows.length === 0 ? (
        <p className="site-list__empty">{emptyText}</p>
      ) : (
        <ul className="site-list__rows" aria-label={title}>
          {rows.map((row) => (
            <li key={row.value} className="site-row" data-site={row.value}>
              <span className="site-row__name">{row.label}</span>
              <span className={`site-row__access site-row__access--${row.access}`}>
                {ACCESS_TEXT[row.access]}
              </span>
              <span className="site-row__actions">
                {row.access === 'missing' ? (
                  <button
                    type="button"
                    className="button button--primary"
                    aria-label={`Grant access to ${row.label}`}
                    onClick={() => onGrant(row.origin)}
                  >
                    Grant access
                  </button>
                ) : null}
                <button
                  type="button"
                  className="button"
                  aria-label={`Remove ${row.label}`}
                  onClick={() => {
                    onRemove(row.value);
                    setStatus(`Removed ${row.label}.`);
                    input.current?.focus();
                  }}
                >
                  Remove
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <form className="site-list__form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-input`}>{inputLabel}</label>
          <div className="site-list__add">
            <input
              id={`${id}-input`}
              ref={input}
              type="text"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              placeholder={placeholder}
              value={value}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(event) => {
                setValue(event.target.value);
                if (error) setError(null);
              }}
            />
            <button type="submit" className="button button--primary">
              Add
            </button>
          </div>
          {error ? (
            <p id={`${id}-error`} className="field__error" role="alert">
              {error}
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
      <h2 id="sites-title">Sites</h2>
      <section className="site-list" aria-labelledby="supported-title">
        <h3 id="supported-title">Supported sites</h3>
        <p className="site-list__description">
          Replykit reads the reply box on these sites. Nothing to set up.
        </p>
        <ul className="supported-sites" aria-label="Supported sites">
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
        title="Mastodon instances"
        description="Mastodon runs on many servers: add the instances your team answers on."
        inputLabel="Add a Mastodon instance"
        placeholder="example.social"
        emptyText="No Mastodon instance: Replykit stays off Mastodon."
      />
      <SiteList
        {...other}
        title="Other sites"
        description="Any other site with a reply box (a forum, a help desk): Replykit checks the box you write in, without reading who the customer is."
        inputLabel="Add a site"
        placeholder="forum.example.com"
        emptyText="No other sites yet."
      />
    </section>
  );
}
