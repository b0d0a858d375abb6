import { t } from '../lib/i18n';

export interface InsertBarProps {
  platformLabel: string;
  canInsert: boolean;
  notice: string | null;
  onInsert: () => void;
  onFollow: () => void;
}

/** Takes the panel's own draft back to the reply box it came from. */
export function InsertBar({
  platformLabel,
  canInsert,
  notice,
  onInsert,
  onFollow,
}: InsertBarProps) {
  return (
    <div className="insert-bar">
      {notice ? (
        <p className="page-composer__warning" role="alert">
          {notice}
        </p>
      ) : null}
      <button
        type="button"
        className="button button--primary"
        disabled={!canInsert}
        onClick={onInsert}
      >
        {t('panel_insert', { place: platformLabel })}
      </button>
      <button type="button" className="button button--quiet" onClick={onFollow}>
        {t('panel_follow_again')}
      </button>
    </div>
  );
}
