import { memo, useCallback, useId, useMemo, useState } from 'react';
import { t } from '../lib/i18n';
import type { PackEditor as PackEditorState } from '../lib/options/packs-editor';
import { emit, formValue, type Emitted } from '../lib/options/pack-form/text';
import type { PackRow } from '../lib/options/packs-model';
import type { PackProblem } from '../lib/voice/problems';
import { PackExamples } from './PackExamples';
import { PackForm } from './PackForm';
import { PackPreview } from './PackPreview';
import { PackProblems } from './PackProblems';

export interface PackEditorProps {
  row: PackRow;
  editor: PackEditorState;
  readOnly: boolean;
  /** Why the pack is read-only, shown under its heading. */
  readOnlyReason?: string;
  actions: React.ReactNode;
}

type View = 'form' | 'json';

/** One pack: its JSON with validation as you type, its tests and a live preview. */
export function PackEditor({ row, editor, readOnly, readOnlyReason, actions }: PackEditorProps) {
  const id = useId();
  // The form first: a team lead should not need to know JSON.
  const [view, setView] = useState<View>('form');
  const { text, parsed, inUse, save } = editor;
  const showJson = useCallback(() => setView('json'), []);
  const problemsId = `${id}-problems`;
  const version = parsed.ok ? parsed.pack.version : inUse?.version;
  const name = parsed.ok ? parsed.pack.name : (inUse?.name ?? row.name);

  let status: string;
  if (!parsed.ok)
    status = inUse
      ? t('packs_invalid_keeps', { version: inUse.version })
      : t('packs_invalid_unused');
  else if (readOnly) status = '';
  else
    status =
      save === 'pending'
        ? t('packs_saving')
        : save === 'failed'
          ? t('packs_save_failed')
          : t('packs_saved');

  return (
    <section className="pack-editor" aria-labelledby={`${id}-heading`} data-entry={row.entry}>
      <div className="pack-editor__header">
        <h3 id={`${id}-heading`} data-testid="pack-editor-heading">
          {version ? t('packs_name_version', { name, version }) : name}
        </h3>
        <div className="pack-editor__actions">{actions}</div>
      </div>
      {readOnlyReason ? <p className="pack-editor__readonly">{readOnlyReason}</p> : null}
      <div className="pack-editor__views" role="group" aria-label={t('packs_view_label')}>
        <button
          type="button"
          className="button"
          aria-pressed={view === 'form'}
          onClick={() => setView('form')}
        >
          {t('packs_view_form')}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={view === 'json'}
          onClick={() => setView('json')}
        >
          {t('packs_view_json')}
        </button>
      </div>
      {view === 'json' ? (
        <div className="pack-editor__json">
          <label htmlFor={`${id}-json`}>{t('packs_json_label')}</label>
          <textarea
            id={`${id}-json`}
            className="pack-editor__textarea"
            spellCheck={false}
            rows={24}
            value={text}
            readOnly={readOnly}
            aria-invalid={!parsed.ok}
            aria-describedby={parsed.ok ? undefined : problemsId}
            onChange={(event) => editor.setText(event.target.value)}
          />
        </div>
      ) : (
        <PackFormView
          text={text}
          problems={parsed.ok ? NO_PROBLEMS : parsed.errors}
          onBack={showJson}
          onText={editor.setText}
          readOnly={readOnly}
        />
      )}
      <div
        className={`pack-editor__status${parsed.ok ? '' : ' pack-editor__status--invalid'}`}
        role="status"
        data-testid="pack-editor-status"
      >
        {status}
      </div>
      {parsed.ok ? null : (
        <PackProblems id={problemsId} problems={parsed.errors} label={t('packs_problems_label')} />
      )}
      {parsed.ok && parsed.warnings.length > 0 ? (
        <PackProblems problems={parsed.warnings} label={t('packs_warnings_label')} kind="warning" />
      ) : null}
      <PackExamples pack={inUse} stale={!parsed.ok} />
      <PackPreview pack={inUse} />
    </section>
  );
}

const NO_PROBLEMS: readonly PackProblem[] = [];

interface PackFormViewProps {
  text: string;
  problems: readonly PackProblem[];
  readOnly: boolean;
  onText: (text: string) => void;
  onBack: () => void;
}

/** The form, when the text is a JSON object it can show; otherwise a way back to the text, which stays. */
const PackFormView = memo(function PackFormView({
  text,
  problems,
  readOnly,
  onText,
  onBack,
}: PackFormViewProps) {
  const [emitted, setEmitted] = useState<Emitted>();
  const onChange = useCallback(
    (next: Record<string, unknown>) => {
      const out = emit(next);
      setEmitted(out);
      onText(out.text);
    },
    [onText],
  );
  const value = useMemo(() => formValue(text, emitted), [text, emitted]);
  if (value === undefined)
    return (
      <div className="pack-editor__form">
        <p role="status">{t('packs_form_unreadable')}</p>
        <button type="button" className="button" onClick={onBack}>
          {t('packs_form_back')}
        </button>
      </div>
    );
  return (
    <div className="pack-editor__form">
      <PackForm value={value} onChange={onChange} problems={problems} readOnly={readOnly} />
    </div>
  );
});
