import type { Ref } from 'react';
import { t } from '../lib/i18n';

export interface LengthInfo {
  length: number;
  limit: number | null;
  platformLabel: string;
}

export interface DraftEditorProps {
  value: string;
  onChange: (value: string) => void;
  length: LengthInfo | null;
  textareaRef?: Ref<HTMLTextAreaElement>;
  /** The draft lives in a reply box on the page: shown and checked here, edited there. */
  source?: { platformLabel: string };
}

export function DraftEditor({ value, onChange, length, textareaRef, source }: DraftEditorProps) {
  const over = length && length.limit !== null ? length.length - length.limit : 0;
  return (
    <div className="field draft">
      <label htmlFor="draft">
        {source
          ? t('panel_draft_label_live', { place: source.platformLabel })
          : t('panel_draft_label')}
      </label>
      <textarea
        id="draft"
        ref={textareaRef}
        value={value}
        rows={7}
        spellCheck
        readOnly={source !== undefined}
        placeholder={source ? t('panel_draft_placeholder_live') : t('panel_draft_placeholder')}
        aria-describedby={length ? 'draft-length' : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {length ? (
        <p
          id="draft-length"
          className={`draft__length${over > 0 ? ' draft__length--over' : ''}`}
          data-testid="draft-length"
        >
          {length.limit === null ? (
            t(length.length === 1 ? 'panel_length_unlimited_one' : 'panel_length_unlimited_other', {
              count: length.length,
              place: length.platformLabel,
            })
          ) : (
            <>
              {t('panel_length_of_limit', { count: length.length, limit: length.limit })}
              <span className="draft__length-note">
                {over > 0
                  ? ` · ${t('panel_length_over', { over, place: length.platformLabel })}`
                  : ` ${t('panel_length_within', { place: length.platformLabel })}`}
              </span>
            </>
          )}
        </p>
      ) : null}
    </div>
  );
}
