import type { Ref } from 'react';

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
        {source ? `Draft reply (live from the ${source.platformLabel} reply box)` : 'Draft reply'}
      </label>
      <textarea
        id="draft"
        ref={textareaRef}
        value={value}
        rows={7}
        spellCheck
        readOnly={source !== undefined}
        placeholder={
          source
            ? 'Write in the reply box on the page; Replykit checks it here'
            : 'Type or paste the reply you are about to send'
        }
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
            <>
              {length.length} characters on {length.platformLabel}
            </>
          ) : (
            <>
              {length.length} / {length.limit}
              <span className="draft__length-note">
                {over > 0
                  ? ` · ${over} over the ${length.platformLabel} limit`
                  : ` characters on ${length.platformLabel}`}
              </span>
            </>
          )}
        </p>
      ) : null}
    </div>
  );
}
