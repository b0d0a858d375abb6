import type { ReactNode } from 'react';
import type { CustomerHistory } from '../lib/compose/types';
import { t } from '../lib/i18n';

export interface CustomerCardProps {
  name?: string;
  handle?: string;
  platformLabel: string;
  kindLabel: string;
  /** What memory knows; undefined while there is no customer memory to ask. */
  history?: CustomerHistory;
  /** Formats the last conversation's platform and time for the "returning" line. */
  lastLabel?: (last: NonNullable<CustomerHistory['last']>) => { platform: string; date: string };
  /** Customer memory's status line; replaces the one built from `history`. */
  summary?: string;
  unresolved?: string;
  /** A storage failure, said plainly (an alert): the rest of the panel keeps working. */
  problem?: string;
  /** Earlier conversations and link suggestions. */
  children?: ReactNode;
}

/** Who is being answered, where, and whether we spoke before. Page text is rendered as text. */
export function CustomerCard({
  name,
  handle,
  platformLabel,
  kindLabel,
  history,
  lastLabel,
  summary,
  unresolved,
  problem,
  children,
}: CustomerCardProps) {
  let historyText = t('compose_customer_history_unknown');
  if (history && history.conversations === 0) historyText = t('compose_customer_first_contact');
  else if (history?.last && lastLabel) {
    const { platform, date } = lastLabel(history.last);
    const values = { count: history.conversations, platform, date };
    historyText =
      history.conversations === 1
        ? t('compose_customer_returning_one', values)
        : t('compose_customer_returning_other', values);
  }
  return (
    <section
      className="customer-card"
      aria-labelledby="customer-card-title"
      data-testid="customer-card"
    >
      <h2 id="customer-card-title" className="visually-hidden">
        {t('compose_customer_heading')}
      </h2>
      <p className="customer-card__name">
        {name ?? (handle ? `@${handle}` : t('compose_customer_unknown'))}
      </p>
      {name && handle ? <p className="customer-card__handle">@{handle}</p> : null}
      <p className="customer-card__where">
        {t('compose_customer_where', { kind: kindLabel, platform: platformLabel })}
      </p>
      <p className="customer-card__history" data-testid="customer-history">
        {summary ?? historyText}
      </p>
      {unresolved ? <p className="customer-card__unresolved">{unresolved}</p> : null}
      {problem ? (
        <p className="customer-card__problem" role="alert" data-testid="memory-problem">
          {problem}
        </p>
      ) : null}
      {children}
    </section>
  );
}
