import { useId, useRef, useState } from 'react';
import { t } from '../lib/i18n';
import type { DataFailure } from '../lib/options/data-actions';
import { visibleProblems } from '../lib/options/data-format';
import type { ImportState } from '../lib/options/data-hook';

export interface DataBackupProps {
  exporting: boolean;
  disabled: boolean;
  onExportJson: () => void;
  onExportCsv: (kind: 'contacts' | 'interactions') => void;
  importState: ImportState;
  onImport: (file: File, mode: 'replace' | 'merge') => void;
}

/** A bad file's problems, each with where in the file; the first 50 and how many more. */
export function ImportProblems({ failure }: { failure: DataFailure }) {
  const { shown, more } = visibleProblems(failure.problems);
  return (
    <div className="data-error" role="alert">
      <p>
        {failure.kind === 'invalid-import'
          ? t('data_import_invalid')
          : t('data_import_failed', { detail: failure.detail })}
      </p>
      {shown.length > 0 ? (
        <ul className="data-error__problems" aria-label={t('data_import_problems')}>
          {shown.map((problem, index) => (
            <li key={index}>
              <code>{problem.path || t('data_import_whole_file')}</code> {problem.message}
            </li>
          ))}
        </ul>
      ) : null}
      {more > 0 ? <p>{t('data_import_more', { count: more })}</p> : null}
      <p>{t('data_import_nothing_changed')}</p>
    </div>
  );
}

function importStatus(state: ImportState): string {
  switch (state.phase) {
    case 'idle':
    case 'failed':
      return '';
    case 'reading':
      return t('data_import_reading', { file: state.fileName });
    case 'writing':
      return t('data_import_writing', { file: state.fileName });
    case 'done':
      return t('data_import_done', {
        contacts: state.counts.contacts,
        identities: state.counts.identities,
        interactions: state.counts.interactions,
      });
  }
}

/** Export (JSON backup, CSV for a CRM) and import of a backup, replacing or merging. */
export function DataBackup({
  exporting,
  disabled,
  onExportJson,
  onExportCsv,
  importState,
  onImport,
}: DataBackupProps) {
  const id = useId();
  const [mode, setMode] = useState<'replace' | 'merge'>('merge');
  const file = useRef<HTMLInputElement>(null);
  const working = importState.phase === 'reading' || importState.phase === 'writing';
  return (
    <>
      <section className="data-card" aria-labelledby={`${id}-export`}>
        <h3 id={`${id}-export`}>{t('data_export_heading')}</h3>
        <p className="data__muted">{t('data_export_explain')}</p>
        <div className="data-actions">
          <button
            type="button"
            className="button button--primary"
            disabled={disabled || exporting}
            onClick={onExportJson}
          >
            {t('data_export_json')}
          </button>
          <button
            type="button"
            className="button"
            disabled={disabled || exporting}
            onClick={() => onExportCsv('contacts')}
          >
            {t('data_export_contacts_csv')}
          </button>
          <button
            type="button"
            className="button"
            disabled={disabled || exporting}
            onClick={() => onExportCsv('interactions')}
          >
            {t('data_export_interactions_csv')}
          </button>
        </div>
        <p className="visually-hidden" role="status">
          {exporting ? t('data_exporting') : ''}
        </p>
        <details className="data-hubspot">
          <summary>{t('data_hubspot_heading')}</summary>
          <p>{t('data_hubspot_intro')}</p>
          <ul>
            <li>{t('data_hubspot_contacts')}</li>
            <li>{t('data_hubspot_interactions')}</li>
            <li>{t('data_hubspot_steps')}</li>
          </ul>
        </details>
      </section>

      <section className="data-card" aria-labelledby={`${id}-import`}>
        <h3 id={`${id}-import`}>{t('data_import_heading')}</h3>
        <p className="data__muted">{t('data_import_explain')}</p>
        <fieldset className="data-mode" disabled={disabled || working}>
          <legend>{t('data_import_mode')}</legend>
          <label>
            <input
              type="radio"
              name={`${id}-mode`}
              value="merge"
              checked={mode === 'merge'}
              onChange={() => setMode('merge')}
            />{' '}
            {t('data_import_merge')}
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-mode`}
              value="replace"
              checked={mode === 'replace'}
              onChange={() => setMode('replace')}
            />{' '}
            {t('data_import_replace')}
          </label>
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('data_import_file')}</label>
          <input
            id={`${id}-file`}
            ref={file}
            type="file"
            accept=".json,application/json"
            disabled={disabled || working}
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              if (chosen) onImport(chosen, mode);
              // The same file chosen again (after fixing it) must fire change again.
              event.target.value = '';
            }}
          />
        </div>
        <p className="data-import__status" role="status" aria-busy={working}>
          {importStatus(importState)}
        </p>
        {importState.phase === 'failed' ? <ImportProblems failure={importState.failure} /> : null}
      </section>
    </>
  );
}
