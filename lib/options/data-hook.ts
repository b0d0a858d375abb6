import { useCallback, useEffect, useRef, useState } from 'react';
import { openMemory, type CustomerMemory, type Identity, type OpenOptions } from '../memory';
import {
  backupParts,
  confirmer,
  importText,
  loadDetail,
  searchRows,
  toFailure,
  type ContactDetail,
  type ContactRow,
  type DataFailure,
  type SuggestionRow,
} from './data-actions';
import { downloadParts } from './data-download';
import { backupFileName, csvFileName } from './data-format';

export type Counts = { contacts: number; identities: number; interactions: number };

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading' | 'writing'; fileName: string }
  | { phase: 'done'; fileName: string; counts: Counts; mode: 'replace' | 'merge' }
  | { phase: 'failed'; fileName: string; failure: DataFailure };

/** What the last link, unlink, merge or undo did, with the record to undo it by. */
export interface ActionNotice {
  kind: 'link' | 'unlink' | 'merge' | 'undo' | 'saved';
  undoId?: string;
}

export interface ForgetResult {
  name: string;
  identities: number;
  interactions: number;
  links: number;
}

export interface CustomerData {
  /** `failed`: customer memory could not be opened; `failure` says why. */
  state: 'opening' | 'ready' | 'failed';
  failure?: DataFailure;
  counts?: Counts;
  query: string;
  setQuery: (query: string) => void;
  /** Undefined until the first search answered. */
  rows?: ContactRow[];
  searching: boolean;
  /** The open contact; null when it is gone (forgotten elsewhere). */
  detail?: ContactDetail | null;
  open: (row: ContactRow) => void;
  close: () => void;
  busy: boolean;
  notice?: ActionNotice;
  /** The last action that failed (nothing was changed). */
  actionFailure?: DataFailure;
  save: (change: { notes?: string; tags?: string[]; name?: string }) => Promise<boolean>;
  link: (row: SuggestionRow) => void;
  unlink: (identityId: string) => void;
  merge: (contactId: string) => void;
  undo: (linkId: string) => void;
  mergeQuery: string;
  setMergeQuery: (query: string) => void;
  mergeRows?: ContactRow[];
  forget: () => Promise<ForgetResult | undefined>;
  forgotten?: ForgetResult;
  exporting: boolean;
  exportJson: () => void;
  exportCsv: (kind: 'contacts' | 'interactions') => void;
  importState: ImportState;
  importFile: (file: File, mode: 'replace' | 'merge') => void;
}

export const SEARCH_DEBOUNCE_MS = 200;

export interface CustomerDataOptions {
  /** Tests open their own database (fake-indexeddb); the page opens the extension's. */
  open?: OpenOptions;
  /** The panel settings' agent initials: who confirms links made here. */
  agentInitials?: string;
  now?: () => Date;
}

/** Debounced search of customer memory: the latest answer for the latest query wins. */
function useSearch(memory: CustomerMemory | undefined, query: string, generation: number) {
  const [rows, setRows] = useState<ContactRow[]>();
  const [searching, setSearching] = useState(false);
  const [failure, setFailure] = useState<DataFailure>();
  useEffect(() => {
    if (!memory) return;
    let live = true;
    setSearching(true);
    const timer = setTimeout(() => {
      searchRows(memory, query).then(
        (found) => {
          if (!live) return;
          setRows(found);
          setFailure(undefined);
          setSearching(false);
        },
        (error: unknown) => {
          if (!live) return;
          setFailure(toFailure(error));
          setSearching(false);
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [memory, query, generation]);
  return { rows, searching, failure };
}

/**
 * The customer data section's state and actions over customer memory. Every write is one call
 * to memory (one transaction there): on a failure nothing changed, and the page says why.
 */
export function useCustomerData(options: CustomerDataOptions = {}): CustomerData {
  const { open: openOptions, agentInitials, now = () => new Date() } = options;
  const [memory, setMemory] = useState<CustomerMemory>();
  const [failure, setFailure] = useState<DataFailure>();
  const [counts, setCounts] = useState<Counts>();
  const [query, setQuery] = useState('');
  const [mergeQuery, setMergeQuery] = useState('');
  // Bumped after every write, so the lists and counts are read again.
  const [generation, setGeneration] = useState(0);
  const [anchor, setAnchor] = useState<Identity>();
  const [detail, setDetail] = useState<ContactDetail | null>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<ActionNotice>();
  const [actionFailure, setActionFailure] = useState<DataFailure>();
  const [forgotten, setForgotten] = useState<ForgetResult>();
  const [exporting, setExporting] = useState(false);
  const [importState, setImportState] = useState<ImportState>({ phase: 'idle' });
  const openRef = useRef(openOptions);

  useEffect(() => {
    let live = true;
    let opened: CustomerMemory | undefined;
    openMemory(openRef.current).then(
      (m) => {
        if (live) {
          opened = m;
          setMemory(m);
        } else m.close();
      },
      (error: unknown) => {
        if (live) setFailure(toFailure(error));
      },
    );
    return () => {
      live = false;
      opened?.close();
    };
  }, []);

  const search = useSearch(memory, query, generation);
  const merge = useSearch(
    memory && detail && mergeQuery.trim() ? memory : undefined,
    mergeQuery,
    generation,
  );

  useEffect(() => {
    if (!memory) return;
    let live = true;
    memory.counts().then(
      (value) => live && setCounts(value),
      () => undefined, // the search shows the failure; the counts just stay as they were
    );
    return () => {
      live = false;
    };
  }, [memory, generation]);

  useEffect(() => {
    if (!memory || !anchor) return;
    let live = true;
    loadDetail(memory, anchor).then(
      (value) => live && setDetail(value),
      (error: unknown) => live && setActionFailure(toFailure(error)),
    );
    return () => {
      live = false;
    };
  }, [memory, anchor, generation]);

  /** Runs one write; afterwards every list is read again, following `next` if given. */
  const write = useCallback(
    async <T>(
      step: (m: CustomerMemory) => Promise<T>,
      next?: (value: T) => Identity | undefined,
    ) => {
      if (!memory) return undefined;
      setBusy(true);
      setActionFailure(undefined);
      try {
        const value = await step(memory);
        const follow = next?.(value);
        if (follow) setAnchor(follow);
        setGeneration((g) => g + 1);
        return { value };
      } catch (error) {
        setActionFailure(toFailure(error));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [memory],
  );

  const by = confirmer(agentInitials);

  const openRow = useCallback((row: ContactRow) => {
    setNotice(undefined);
    setActionFailure(undefined);
    setForgotten(undefined);
    setMergeQuery('');
    setDetail(undefined);
    setAnchor(row.identities[0]);
  }, []);

  const close = useCallback(() => {
    setAnchor(undefined);
    setDetail(undefined);
    setNotice(undefined);
    setMergeQuery('');
  }, []);

  return {
    state: failure ? 'failed' : memory ? 'ready' : 'opening',
    ...(failure ? { failure } : {}),
    ...(counts ? { counts } : {}),
    query,
    setQuery,
    ...(search.rows ? { rows: search.rows } : {}),
    searching: search.searching,
    ...(anchor ? { detail } : {}),
    open: openRow,
    close,
    busy,
    ...(notice ? { notice } : {}),
    ...((actionFailure ?? search.failure)
      ? { actionFailure: actionFailure ?? search.failure }
      : {}),
    save: async (change) => {
      if (!detail) return false;
      const id = detail.contact.id;
      const done = await write((m) => m.updateContact(id, change));
      if (done) setNotice({ kind: 'saved' });
      return !!done;
    },
    link: (row) => {
      void write(
        (m) => m.link([row.own.id, row.suggestion.identity.id], row.suggestion.evidence, by),
        () => row.own,
      ).then((done) => done && setNotice({ kind: 'link', undoId: done.value.id }));
    },
    unlink: (identityId) => {
      if (!detail) return;
      // The view stays on the contact: on one of the identities that stay with it.
      const stays = detail.identities.find((identity) => identity.id !== identityId);
      void write(
        (m) => m.unlink(identityId, by),
        () => stays,
      ).then((done) => done && setNotice({ kind: 'unlink', undoId: done.value.id }));
    },
    merge: (contactId) => {
      if (!detail) return;
      const id = detail.contact.id;
      void write((m) => m.merge([id, contactId], by)).then((done) => {
        if (!done) return;
        setMergeQuery('');
        setNotice({ kind: 'merge', undoId: done.value.id });
      });
    },
    undo: (linkId) => {
      void write((m) => m.undo(linkId)).then((done) => done && setNotice({ kind: 'undo' }));
    },
    mergeQuery,
    setMergeQuery,
    ...(merge.rows && mergeQuery.trim() && detail
      ? { mergeRows: merge.rows.filter((row) => row.contact.id !== detail.contact.id) }
      : {}),
    forget: async () => {
      if (!detail) return undefined;
      const { id, name } = detail.contact;
      const done = await write((m) => m.forget(id));
      if (!done) return undefined;
      const result = { name, ...done.value };
      setForgotten(result);
      setAnchor(undefined);
      setDetail(undefined);
      setNotice(undefined);
      return result;
    },
    ...(forgotten ? { forgotten } : {}),
    exporting,
    exportJson: () => {
      if (!memory) return;
      setExporting(true);
      setActionFailure(undefined);
      backupParts(memory)
        .then((parts) => downloadParts(backupFileName(now()), parts, 'application/json'))
        .catch((error: unknown) => setActionFailure(toFailure(error)))
        .finally(() => setExporting(false));
    },
    exportCsv: (kind) => {
      if (!memory) return;
      setExporting(true);
      setActionFailure(undefined);
      memory
        .exportCsv()
        .then((files) => downloadParts(csvFileName(kind, now()), [files[kind]], 'text/csv'))
        .catch((error: unknown) => setActionFailure(toFailure(error)))
        .finally(() => setExporting(false));
    },
    importState,
    importFile: (file, mode) => {
      if (!memory) return;
      const fileName = file.name;
      void (async () => {
        try {
          setImportState({ phase: 'reading', fileName });
          const text = await file.text();
          // Checking and writing are one step: importText validates everything before it writes.
          setImportState({ phase: 'writing', fileName });
          const written = await importText(memory, text, mode);
          setImportState({ phase: 'done', fileName, counts: written, mode });
          if (mode === 'replace') {
            setAnchor(undefined);
            setDetail(undefined);
          }
          setGeneration((g) => g + 1);
        } catch (error) {
          setImportState({ phase: 'failed', fileName, failure: toFailure(error) });
        }
      })();
    },
  };
}
