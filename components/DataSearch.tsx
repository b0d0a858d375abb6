import { useId } from 'react';
import { t } from '../lib/i18n';
import type { ContactRow } from '../lib/options/data-actions';
import { platformName } from '../lib/store/options';
import { formatWhen } from '../lib/options/data-when';

export interface ContactResultsProps {
  rows: readonly ContactRow[] | undefined;
  /** The list's accessible name. */
  label: string;
  emptyText: string;
  selectedId?: string;
  /** Shown first in each row's button, e.g. "Merge with": the visible text is its name. */
  action?: string;
  onPick: (row: ContactRow) => void;
  disabled?: boolean;
}

/** Who a row is: the contact's name, then each identity as platform and handle or name. */
export function identitySummary(row: ContactRow): string {
  return row.identities
    .map((identity) => {
      const who = identity.handle ? `@${identity.handle}` : (identity.displayName ?? '');
      return `${platformName(identity.platform)} ${who}`.trim();
    })
    .join(' · ');
}

/** Contacts found, each a button that opens (or merges) it. Page text stays text. */
export function ContactResults({
  rows,
  label,
  emptyText,
  selectedId,
  action,
  onPick,
  disabled,
}: ContactResultsProps) {
  if (rows === undefined) return <p className="data__muted">{t('options_loading')}</p>;
  if (rows.length === 0) return <p className="data__muted">{emptyText}</p>;
  return (
    <ul className="data-results" aria-label={label}>
      {rows.map((row) => (
        <li key={row.contact.id} className="data-result" data-contact={row.contact.id}>
          <button
            type="button"
            className="data-result__button"
            aria-current={row.contact.id === selectedId ? 'true' : undefined}
            disabled={disabled}
            onClick={() => onPick(row)}
          >
            <span className="data-result__name">
              {action ? `${action} ` : null}
              {row.contact.name}
            </span>
            <span className="data-result__who">{identitySummary(row)}</span>
            <span className="data-result__meta">
              {row.lastAt !== undefined
                ? t('data_result_last', { date: formatWhen(row.lastAt) })
                : null}
              {row.conversations !== undefined ? (
                <>
                  {row.lastAt !== undefined ? ' · ' : null}
                  {row.conversations === 1
                    ? t('data_conversations_one')
                    : t('data_conversations_other', { count: row.conversations })}
                </>
              ) : null}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

export interface DataSearchProps {
  query: string;
  onQuery: (query: string) => void;
  searching: boolean;
  rows: readonly ContactRow[] | undefined;
  selectedId?: string;
  onOpen: (row: ContactRow) => void;
}

/** Search by name, handle or tag; the results as they come (the hook debounces the typing). */
export function DataSearch({
  query,
  onQuery,
  searching,
  rows,
  selectedId,
  onOpen,
}: DataSearchProps) {
  const id = useId();
  return (
    <section className="data-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('data_search_heading')}</h3>
      <div className="field">
        <label htmlFor={`${id}-query`}>{t('data_search_label')}</label>
        <input
          id={`${id}-query`}
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={query}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onQuery(event.target.value)}
        />
        <p id={`${id}-hint`} className="field__hint">
          {t('data_search_hint')}
        </p>
      </div>
      <p className="visually-hidden" role="status">
        {searching
          ? t('data_searching')
          : rows
            ? rows.length === 1
              ? t('data_found_one')
              : t('data_found_other', { count: rows.length })
            : ''}
      </p>
      <ContactResults
        rows={rows}
        label={t('data_results_label')}
        emptyText={query.trim() ? t('data_no_match', { query }) : t('data_empty')}
        {...(selectedId ? { selectedId } : {})}
        onPick={onOpen}
      />
    </section>
  );
}
