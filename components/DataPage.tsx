import { useRef, useState } from 'react';
import { t } from '../lib/i18n';
import type { MemoryErrorKind } from '../lib/memory';
import type { DataFailure } from '../lib/options/data-actions';
import type { CustomerData } from '../lib/options/data-hook';
import { DataBackup } from './DataBackup';
import { DataContactDetail } from './DataContactDetail';
import { ForgetDialog } from './DataForgetDialog';
import { DataRetention, type DataRetentionProps } from './DataRetention';
import { DataSearch } from './DataSearch';

const FAILURE_KEYS = {
  unavailable: 'data_failure_unavailable',
  quota: 'data_failure_quota',
  blocked: 'data_failure_blocked',
  version: 'data_failure_version',
  'invalid-import': 'data_import_invalid',
  'not-found': 'data_failure_not_found',
  conflict: 'data_failure_conflict',
  unknown: 'data_failure_unknown',
} as const satisfies Record<MemoryErrorKind, string>;

/** A storage failure in words a person can act on; the technical detail for a 'conflict'. */
export function FailureMessage({ failure }: { failure: DataFailure }) {
  return (
    <div className="data-error" role="alert">
      <p>{t(FAILURE_KEYS[failure.kind])}</p>
      {failure.kind === 'conflict' || failure.kind === 'unknown' ? (
        <p className="data__detail">{failure.detail}</p>
      ) : null}
    </div>
  );
}

export interface DataPageProps {
  data: CustomerData;
  retention: Omit<DataRetentionProps, 'max'> & { max: number };
}

/** The options page's customer data section: search, a contact, export/import, retention. */
export function DataPage({ data, retention }: DataPageProps) {
  const [forgetting, setForgetting] = useState(false);
  const [working, setWorking] = useState(false);
  const forgetButton = useRef<HTMLElement | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { detail } = data;

  const closeDialog = () => {
    setForgetting(false);
    forgetButton.current?.focus();
  };

  return (
    <section className="data" aria-labelledby="data-title">
      <h2 id="data-title" ref={heading} tabIndex={-1}>
        {t('data_heading')}
      </h2>
      <p className="data__muted">{t('data_intro')}</p>
      {data.counts ? (
        <p className="data__counts" data-testid="data-counts">
          {t('data_counts', {
            contacts: data.counts.contacts,
            identities: data.counts.identities,
            interactions: data.counts.interactions,
          })}
        </p>
      ) : null}

      {data.state === 'failed' && data.failure ? <FailureMessage failure={data.failure} /> : null}
      {data.state === 'opening' ? <p className="data__muted">{t('options_loading')}</p> : null}
      {data.actionFailure ? <FailureMessage failure={data.actionFailure} /> : null}
      {data.forgotten ? (
        <p className="data-notice" role="status">
          {t('data_forgotten', {
            name: data.forgotten.name,
            identities: data.forgotten.identities,
            interactions: data.forgotten.interactions,
            links: data.forgotten.links,
          })}
        </p>
      ) : null}

      {data.state === 'ready' ? (
        <div className="data__layout">
          <DataSearch
            query={data.query}
            onQuery={data.setQuery}
            searching={data.searching}
            rows={data.rows}
            {...(detail ? { selectedId: detail.contact.id } : {})}
            onOpen={data.open}
          />
          {detail ? (
            <DataContactDetail
              detail={detail}
              busy={data.busy}
              {...(data.notice ? { notice: data.notice } : {})}
              onSave={(change) => void data.save(change)}
              onLink={data.link}
              onUnlink={data.unlink}
              onUndo={data.undo}
              mergeQuery={data.mergeQuery}
              onMergeQuery={data.setMergeQuery}
              {...(data.mergeRows ? { mergeRows: data.mergeRows } : {})}
              onMerge={data.merge}
              onForget={() => {
                forgetButton.current = document.activeElement as HTMLElement | null;
                setForgetting(true);
              }}
              onClose={data.close}
            />
          ) : detail === null ? (
            <p className="data__muted">{t('data_contact_gone')}</p>
          ) : null}
        </div>
      ) : null}

      {forgetting && detail ? (
        <ForgetDialog
          name={detail.contact.name}
          identities={detail.identities.length}
          conversations={detail.conversations}
          busy={working}
          onCancel={closeDialog}
          onConfirm={() => {
            setWorking(true);
            void data.forget().then((result) => {
              setWorking(false);
              setForgetting(false);
              // The contact's view is gone: the section's heading takes the focus, and the
              // status under it says what was deleted.
              if (result) heading.current?.focus();
              else forgetButton.current?.focus();
            });
          }}
        />
      ) : null}

      <DataBackup
        exporting={data.exporting}
        disabled={data.state !== 'ready'}
        onExportJson={data.exportJson}
        onExportCsv={data.exportCsv}
        importState={data.importState}
        onImport={data.importFile}
      />
      <DataRetention {...retention} />
    </section>
  );
}
