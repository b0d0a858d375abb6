import { useState } from 'react';
import type { Suggestion } from '../lib/compose/types';
import type { InsertMode } from '../lib/messaging/protocol';
import { t } from '../lib/i18n';
import { shapeLabel } from './compose-labels';

export interface SuggestionListProps {
  suggestions: readonly Suggestion[];
  /** There is a reply box to insert into. */
  canInsert: boolean;
  onInsert: (index: number, mode: InsertMode) => void;
  /** Resolves true when the text is on the clipboard. */
  onCopy: (index: number) => Promise<boolean>;
}

/** Replace the reply box's text, or insert at its caret: the same button but for the mode. */
const INSERT_BUTTONS = [
  {
    mode: 'replace',
    action: 'insert',
    className: 'button button--primary',
    text: 'compose_insert',
    label: 'compose_insert_label',
  },
  {
    mode: 'caret',
    action: 'insert-caret',
    className: 'button',
    text: 'compose_insert_caret',
    label: 'compose_insert_caret_label',
  },
] as const;

function findingsText(count: number): string {
  if (count === 0) return t('compose_suggestion_findings_none');
  return count === 1
    ? t('compose_suggestion_findings_one', { count })
    : t('compose_suggestion_findings_other', { count });
}

/** Three suggested replies of different shape, each insertable or copyable. Text only. */
export function SuggestionList({ suggestions, canInsert, onInsert, onCopy }: SuggestionListProps) {
  const [copied, setCopied] = useState<{ index: number; ok: boolean } | null>(null);
  return (
    <section className="suggestions" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">{t('compose_suggestions_heading')}</h2>
      {suggestions.length === 0 ? (
        <p className="suggestions__none">{t('compose_suggestions_none')}</p>
      ) : (
        <ol className="suggestions__list">
          {suggestions.map((suggestion, index) => {
            const number = index + 1;
            const labelId = `suggestion-${number}-label`;
            return (
              <li
                key={`${suggestion.shape}-${index}`}
                className="suggestion"
                data-testid="suggestion"
                data-shape={suggestion.shape}
                aria-labelledby={labelId}
              >
                <p className="suggestion__label" id={labelId}>
                  {t('compose_suggestion_label', { number, shape: shapeLabel(suggestion.shape) })}
                </p>
                <p className="suggestion__text" data-testid="suggestion-text">
                  {suggestion.text}
                </p>
                <p className="suggestion__findings">{findingsText(suggestion.findings.length)}</p>
                <div className="suggestion__actions">
                  {INSERT_BUTTONS.map((button) => (
                    <button
                      key={button.mode}
                      type="button"
                      className={button.className}
                      disabled={!canInsert}
                      aria-label={t(button.label, { number })}
                      data-action={button.action}
                      onClick={() => onInsert(index, button.mode)}
                    >
                      {t(button.text)}
                    </button>
                  ))}
                  <button
                    type="button"
                    className="button"
                    aria-label={t('compose_copy_label', { number })}
                    data-action="copy"
                    onClick={() => {
                      void onCopy(index).then((ok) => setCopied({ index, ok }));
                    }}
                  >
                    {t('compose_copy')}
                  </button>
                  <span className="suggestion__copied" role="status">
                    {copied?.index === index
                      ? copied.ok
                        ? t('compose_copied')
                        : t('compose_copy_failed')
                      : ''}
                  </span>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
