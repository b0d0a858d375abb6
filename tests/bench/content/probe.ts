/**
 * Runs inside the feed page in Chromium (bundled by the content-script section): the content
 * script's own functions, timed on the page's real DOM, beside the page's own work.
 */
import { createComposerScanner } from '../../../lib/content/scanner';
import { editorRoot } from '../../../lib/editors/detect';
import { readEditorText } from '../../../lib/editors';
import { findComposers, readContext } from '../../../lib/sites/read';
import { x } from '../../../lib/sites/x';
import { feedPost, renderPost } from '../../fixtures/sites/feed/feed';

export interface Samples {
  /** Milliseconds per call, one sample per timed round. */
  samples: number[];
  /** Calls per timed round (several when one call is below the clock's resolution). */
  perRound: number;
}

/** Timed rounds of `fn`, `perRound` calls each, after `warmup` untimed calls. */
function time(fn: () => unknown, runs: number, warmup: number, budgetMs: number): Samples {
  let sink = 0;
  const keep = (value: unknown) => {
    if (value) sink++;
  };
  for (let i = 0; i < warmup; i++) keep(fn());
  // Chromium coarsens performance.now() (5 µs isolated, 100 µs otherwise): rounds of at least
  // ~1 ms keep that error small.
  const probe = performance.now();
  keep(fn());
  const once = Math.max(performance.now() - probe, 0.001);
  const perRound = Math.max(1, Math.min(1000, Math.ceil(1 / once)));
  const samples: number[] = [];
  let spent = 0;
  for (let r = 0; r < runs && (spent < budgetMs || samples.length < 10); r++) {
    const start = performance.now();
    for (let i = 0; i < perRound; i++) keep(fn());
    const elapsed = performance.now() - start;
    spent += elapsed;
    samples.push(elapsed / perRound);
  }
  (window as unknown as { __sink: number }).__sink = sink;
  return { samples, perRound };
}

/** Timed rounds where each round needs fresh untimed setup (one call per round). */
function timeEach<T>(
  setup: () => T,
  fn: (state: T) => unknown,
  teardown: (state: T) => void,
  runs: number,
  budgetMs: number,
): Samples {
  const samples: number[] = [];
  let spent = 0;
  for (let r = 0; r < runs && (spent < budgetMs || samples.length < 10); r++) {
    const state = setup();
    const start = performance.now();
    fn(state);
    const elapsed = performance.now() - start;
    teardown(state);
    spent += elapsed;
    samples.push(elapsed);
  }
  return { samples, perRound: 1 };
}

const BATCH = 50;

function timelineList(): HTMLElement {
  return document.querySelector<HTMLElement>('[aria-label="Timeline: Your Home Timeline"]')!;
}

/** A batch of posts as the page renders it, appended at the end of the timeline. */
function appendBatch(): HTMLElement[] {
  const doc = document;
  const cells: HTMLElement[] = [];
  const fragment = doc.createDocumentFragment();
  for (let i = 0; i < BATCH; i++) {
    const cell = renderPost(doc, feedPost(i));
    cells.push(cell);
    fragment.append(cell);
  }
  timelineList().append(fragment);
  return cells;
}

function removeBatch(cells: readonly HTMLElement[]): void {
  for (const cell of cells) cell.remove();
}

export interface ProbeResults {
  posts: number;
  composers: number;
  pageBatchDom: Samples;
  pageBatchLayout: Samples;
  scanBatch: Samples;
  observerQueue: Samples;
  fullScan: Samples;
  focusin: Samples;
  draftSync: Samples;
  draftLength: number;
}

export function runProbe(runs: number, warmup: number, budgetMs: number): ProbeResults {
  const editor = document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;
  const target = editor.querySelector('span') ?? editor;
  const scanner = createComposerScanner(x, document);
  scanner.scan();
  const observer = new MutationObserver(() => undefined);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  observer.takeRecords();

  // The batch leaves fn through the state object, so teardown can remove it.
  const pageBatchDom = timeEach(
    () => ({ cells: [] as HTMLElement[] }),
    (state) => {
      state.cells = appendBatch();
    },
    (state) => removeBatch(state.cells),
    runs,
    budgetMs,
  );
  const pageBatchLayout = timeEach(
    () => ({ cells: [] as HTMLElement[] }),
    (state) => {
      state.cells = appendBatch();
      return document.documentElement.offsetHeight;
    },
    (state) => removeBatch(state.cells),
    runs,
    budgetMs,
  );
  // What the MutationObserver callback does for a batch (note the records), then the idle scan.
  const batchRecords = () => {
    const cells = appendBatch();
    return { cells, records: observer.takeRecords() };
  };
  const observerQueue = timeEach(
    batchRecords,
    ({ records }) => scanner.queue(records),
    ({ cells }) => {
      scanner.scan();
      removeBatch(cells);
      observer.takeRecords();
    },
    runs,
    budgetMs,
  );
  const scanBatch = timeEach(
    () => {
      const state = batchRecords();
      scanner.queue(state.records);
      return state;
    },
    () => scanner.scan(),
    ({ cells }) => {
      removeBatch(cells);
      observer.takeRecords();
    },
    runs,
    budgetMs,
  );
  observer.disconnect();

  const fullScan = time(() => findComposers(x, document), runs, warmup, budgetMs);
  const focusin = time(
    () => {
      const root = editorRoot(target as Element);
      return root && readContext(x, root, document);
    },
    runs,
    warmup,
    budgetMs,
  );
  const draftSync = time(() => readEditorText(editor), runs, warmup, budgetMs);
  return {
    posts: document.querySelectorAll('article[data-testid="tweet"]').length,
    composers: findComposers(x, document).length,
    pageBatchDom,
    pageBatchLayout,
    scanBatch,
    observerQueue,
    fullScan,
    focusin,
    draftSync,
    draftLength: readEditorText(editor).length,
  };
}

(window as unknown as { __probe: unknown }).__probe = { runProbe };
