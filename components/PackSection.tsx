import { useId, useState } from 'react';
import { t } from '../lib/i18n';
import { downloadParts } from '../lib/options/data-download';
import { usePackEditor } from '../lib/options/packs-editor';
import {
  assignmentsOf,
  duplicateText,
  entryText,
  exportFileName,
  newPackText,
  packRows,
  removeEntry,
  withNewPack,
  type NewPackStart,
  type PackRow,
} from '../lib/options/packs-model';
import type { PacksStore } from '../lib/options/packs-store';
import { claimedField } from '../lib/voice/claimed';
import { findEntry, withAssignments, withFallback, withLocalText } from '../lib/packs/library';
import { packChoices, type PackWorld } from '../lib/packs/resolve';
import type { PackEntryId, PackLibrary } from '../lib/packs/types';
import { describeAssignment, PackAssignments } from './PackAssignments';
import { PackDeleteConfirm } from './PackDeleteConfirm';
import { PackEditor } from './PackEditor';
import { PackImport } from './PackImport';
import { PackList } from './PackList';
import { PackSubscriptions } from './PackSubscriptions';
import './packs.css';

export interface PackSectionProps {
  store: PacksStore;
}

/**
 * The options page's voice packs: the library, the selected pack's editor with its tests and a
 * preview, which pack is used where, import and export. Read-only when the administrator locked
 * packs.
 */
export function PackSection({ store }: PackSectionProps) {
  const id = useId();
  const { world, error, update } = store;
  const [selected, setSelected] = useState<PackEntryId | null>(null);
  const [notice, setNotice] = useState('');

  if (world === undefined)
    return (
      <section className="packs" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{t('packs_heading')}</h2>
        <p role="status">{t('packs_loading')}</p>
      </section>
    );

  const { library, policy } = world;
  const locked = policy.lockPacks;
  const rows = packRows(world);
  const row =
    rows.find((r) => r.entry === selected) ?? rows.find((r) => r.kind === 'local') ?? rows[0]!;
  const choices = packChoices(world);

  /** Adds a local pack and opens it. */
  const create = async (text: string, said: (name: string) => string) => {
    let added: PackEntryId | undefined;
    const ok = await update((current) => {
      const next = withNewPack(current, text);
      added = next.id;
      return next.library;
    });
    if (ok && added !== undefined) {
      setSelected(added);
      setNotice(said(claimedField(text, 'name') ?? ''));
    }
    return ok;
  };

  const startNew = (start: NewPackStart) =>
    create(newPackText(library, start, t('packs_new_name')), (name) =>
      t('packs_created', { name }),
    );

  return (
    <section className="packs" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('packs_heading')}</h2>
      <p className="packs__intro">{t('packs_intro')}</p>
      {locked ? (
        <p className="managed-lock packs__locked" role="status" data-testid="packs-locked">
          <strong className="managed-lock__badge">{t('managed_locked')}</strong>{' '}
          {t('managed_locked_why')}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" role="alert" data-testid="packs-error">
          {t('packs_failure_save', { reason: error })}
        </p>
      ) : null}
      <p className="packs__notice" role="status">
        {notice}
      </p>
      <div className="packs__layout">
        <div className="packs__library">
          <h3>{t('packs_library_heading')}</h3>
          <PackList
            rows={rows}
            selected={row.entry}
            fallback={library.fallback}
            onSelect={setSelected}
          />
          {locked ? null : (
            <div className="packs__new">
              <button type="button" className="button" onClick={() => void startNew('default')}>
                {t('packs_new_from_default')}
              </button>
              <button type="button" className="button" onClick={() => void startNew('empty')}>
                {t('packs_new_empty')}
              </button>
              <PackImport
                onImport={(text) => create(text, (name) => t('packs_imported', { name }))}
              />
            </div>
          )}
          <PackFallback
            world={world}
            locked={locked}
            onChange={(fallback) => void update((current) => withFallback(current, fallback))}
          />
        </div>
        <PackEntry
          key={editorKey(world, row)}
          world={world}
          row={row}
          locked={locked}
          update={update}
          onDuplicate={(text) =>
            void create(
              duplicateText(library, text, (name) => t('packs_copy_name', { name })),
              (name) => t('packs_created', { name }),
            )
          }
          onDeleted={(name) => {
            setSelected(null);
            setNotice(t('packs_deleted', { name }));
          }}
        />
      </div>
      <PackSubscriptions policy={policy} />
      <PackAssignments
        rules={library.assignments}
        choices={choices}
        readOnly={locked}
        onChange={(rules) => void update((current) => withAssignments(current, rules))}
      />
    </section>
  );
}

/** A read-only pack's editor starts again when its text changes (a downloaded update). */
function editorKey(world: PackWorld, row: PackRow): string {
  return row.editable ? row.entry : `${row.entry}\n${entryText(world, row.entry) ?? ''}`;
}

interface PackFallbackProps {
  world: PackWorld;
  locked: boolean;
  onChange: (entry: PackEntryId) => void;
}

/** Which pack is used where no assignment rule matches. */
function PackFallback({ world, locked, onChange }: PackFallbackProps) {
  const id = useId();
  const choices = packChoices(world).filter(
    (choice) => choice.usable || choice.entry === world.library.fallback,
  );
  return (
    <div className="packs__fallback field">
      <label htmlFor={`${id}-fallback`}>{t('packs_fallback_label')}</label>
      <select
        id={`${id}-fallback`}
        value={world.library.fallback}
        disabled={locked}
        onChange={(event) => onChange(event.target.value)}
      >
        {choices.map((choice) => (
          <option key={choice.entry} value={choice.entry}>
            {choice.version
              ? t('packs_name_version', { name: choice.name, version: choice.version })
              : choice.name}
          </option>
        ))}
      </select>
    </div>
  );
}

interface PackEntryProps {
  world: PackWorld;
  row: PackRow;
  locked: boolean;
  update: PacksStore['update'];
  onDuplicate: (text: string) => void;
  onDeleted: (name: string) => void;
}

const READ_ONLY_KEYS = {
  builtin: 'packs_readonly_builtin',
  managed: 'packs_readonly_managed',
  subscription: 'packs_readonly_subscription',
  local: 'packs_readonly_locked',
} as const;

/** The selected pack, edited (local) or shown (the others), with its actions. */
function PackEntry({ world, row, locked, update, onDuplicate, onDeleted }: PackEntryProps) {
  const text = entryText(world, row.entry);
  const entry = findEntry(world.library, row.entry);
  const lastGood = entry?.kind === 'local' ? entry.lastGood : undefined;
  const editor = usePackEditor(text ?? '', lastGood, (next) =>
    update((current: PackLibrary) => withLocalText(current, row.entry, next)),
  );
  const [deleting, setDeleting] = useState(false);

  if (text === undefined)
    return (
      <div className="pack-editor pack-editor--pending">
        <h3>{row.name}</h3>
        <p>{t('packs_subscription_pending')}</p>
      </div>
    );

  const readOnly = !row.editable;
  const pack = editor.parsed.ok ? editor.parsed.pack : undefined;
  const actions = (
    <>
      {locked ? null : (
        <button type="button" className="button" onClick={() => onDuplicate(editor.text)}>
          {t('packs_duplicate')}
        </button>
      )}
      <button
        type="button"
        className="button"
        disabled={pack === undefined}
        onClick={() => {
          if (pack)
            downloadParts(exportFileName(pack.id, pack.version), [editor.text], 'application/json');
        }}
      >
        {t('packs_export')}
      </button>
      {row.editable ? (
        <button type="button" className="button button--danger" onClick={() => setDeleting(true)}>
          {t('packs_delete')}
        </button>
      ) : null}
    </>
  );

  return (
    <div className="packs__entry">
      {deleting ? (
        <PackDeleteConfirm
          name={row.name}
          rules={assignmentsOf(world.library, row.entry).map((rule) =>
            describeAssignment(rule, packChoices(world)),
          )}
          onCancel={() => setDeleting(false)}
          onConfirm={async () => {
            const ok = await update((current) => removeEntry(current, row.entry));
            if (ok) onDeleted(row.name);
            else setDeleting(false);
          }}
        />
      ) : null}
      <PackEditor
        row={row}
        editor={editor}
        readOnly={readOnly}
        {...(readOnly ? { readOnlyReason: t(READ_ONLY_KEYS[row.kind]) } : {})}
        actions={actions}
      />
    </div>
  );
}
