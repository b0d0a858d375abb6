import { t } from '../lib/i18n';
import type { LinkSuggestionView } from '../lib/panel/memory-view';

export interface LinkSuggestionsProps {
  suggestions: readonly LinkSuggestionView[];
  /** What was linked last, shown with Undo. */
  linked?: string;
  onLink: (suggestion: LinkSuggestionView) => void;
  onUndo: () => void;
}

/** Accounts that may be the same person, each with its evidence; linking is always a click. */
export function LinkSuggestions({ suggestions, linked, onLink, onUndo }: LinkSuggestionsProps) {
  if (suggestions.length === 0 && !linked) return null;
  return (
    <div className="link-suggestions" data-testid="link-suggestions">
      {linked ? (
        <p className="link-suggestions__linked" role="status">
          {linked}{' '}
          <button type="button" className="link-suggestions__undo" onClick={onUndo}>
            {t('memory_undo')}
          </button>
        </p>
      ) : null}
      {suggestions.length > 0 ? (
        <>
          <h3 className="link-suggestions__heading">{t('memory_link_heading')}</h3>
          <p className="field__hint">{t('memory_link_hint')}</p>
          <ul className="link-suggestions__list">
            {suggestions.map((suggestion) => (
              <li key={suggestion.identityId} className="link-suggestion">
                <p className="link-suggestion__who">{suggestion.who}</p>
                <ul className="link-suggestion__evidence">
                  {suggestion.evidence.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
                <button
                  type="button"
                  aria-label={t('memory_link_label', { who: suggestion.who })}
                  onClick={() => onLink(suggestion)}
                >
                  {t('memory_link')}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
