import { composerSpecFor, findComposers, type FoundComposer } from '../sites/read';
import type { SiteAdapter } from '../sites/types';

export interface ComposerScanner {
  /** Remembers what a mutation batch added; cheap, so it can run in the MutationObserver. */
  queue(records: readonly MutationRecord[]): void;
  /** True when there is something to scan. */
  readonly pending: boolean;
  /**
   * The composers in what was added since the last scan (the whole document on the first scan),
   * each with the spec that accepts it.
   */
  scan(): FoundComposer[];
}

/**
 * Finds composers as a page adds them. A feed appends posts all the time, and querying the whole
 * document for every batch costs time proportional to the feed (2,000 posts and more): only
 * the subtrees a batch added are examined.
 */
export function createComposerScanner(adapter: SiteAdapter, doc: Document): ComposerScanner {
  const selector = adapter.composers.map((spec) => spec.selector).join(', ');
  let added: Element[] = [];
  let whole = true;

  return {
    queue(records) {
      for (const record of records) {
        for (const node of Array.from(record.addedNodes)) {
          if (node.nodeType === 1) added.push(node as Element);
        }
      }
    },
    get pending() {
      return whole || added.length > 0;
    },
    scan() {
      if (whole) {
        whole = false;
        added = [];
        return findComposers(adapter, doc);
      }
      const nodes = added;
      added = [];
      const seen = new Set<Element>();
      const found: FoundComposer[] = [];
      const consider = (element: Element) => {
        if (seen.has(element)) return;
        seen.add(element);
        const spec = composerSpecFor(adapter, element, doc);
        if (spec) found.push({ element, spec });
      };
      for (const node of nodes) {
        // Added and removed again before the page was idle: nothing to find.
        if (!node.isConnected) continue;
        if (node.matches(selector)) consider(node);
        for (const element of Array.from(node.querySelectorAll(selector))) consider(element);
      }
      return found;
    },
  };
}
