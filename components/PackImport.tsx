import { useId, useState } from 'react';
import { t } from '../lib/i18n';
import { megabytes, readPackFile, type PackFileResult } from '../lib/options/packs-file';
import { MAX_PACK_BYTES } from '../lib/packs/types';
import { PackProblems } from './PackProblems';

export interface PackImportProps {
  /** Called with a valid pack's text; resolves false when it could not be stored. */
  onImport: (text: string) => Promise<boolean>;
}

type Refusal = Exclude<PackFileResult, { ok: true }> & { file: string };

/** Import a pack file as a new pack: only a valid pack is added, anything else is refused with why. */
export function PackImport({ onImport }: PackImportProps) {
  const id = useId();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="pack-import">
      <label htmlFor={`${id}-file`}>{t('packs_import_label')}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        disabled={busy}
        aria-describedby={refusal ? `${id}-refusal` : undefined}
        onChange={async (event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          if (!file) return;
          setBusy(true);
          try {
            const result = await readPackFile(file);
            if (result.ok) {
              setRefusal(null);
              await onImport(result.text);
            } else setRefusal({ ...result, file: file.name });
          } finally {
            setBusy(false);
            // The same file can be chosen again after it was fixed.
            input.value = '';
          }
        }}
      />
      {refusal ? (
        <div id={`${id}-refusal`} className="pack-import__refusal" role="alert">
          <p>
            {refusal.reason === 'too-large'
              ? t('packs_import_too_large', {
                  file: refusal.file,
                  size: megabytes(refusal.bytes),
                  max: megabytes(MAX_PACK_BYTES),
                })
              : refusal.reason === 'unreadable'
                ? t('packs_import_unreadable', { file: refusal.file, reason: refusal.message })
                : t('packs_import_invalid', { file: refusal.file })}
          </p>
          {refusal.reason === 'invalid' ? (
            <PackProblems problems={refusal.problems} label={t('packs_problems_label')} />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
