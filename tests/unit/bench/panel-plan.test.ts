// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterForUrl } from '../../../lib/sites/registry';
import { findComposers, readContext } from '../../../lib/sites/read';
import { PANEL_PAGES, planRuns } from '../../bench/panel/plan';
import { retellPage } from '../../bench/panel/retell';
import { loadCorpus } from '../../fixtures/messages/corpus';
import { EXPECTED } from '../sites/expected';
import { fixture, load } from '../sites/fixtures';

const corpus = loadCorpus();
const runs = planRuns(corpus, 27);

describe('planRuns', () => {
  it('gives every run a customer of its own, from the corpus, in the page’s place', () => {
    const names = runs.map((run) => run.retelling.toName);
    expect(new Set(names).size).toBe(runs.length);
    for (const run of runs) {
      const item = corpus.find((i) => i.id === run.corpusId)!;
      expect(run.retelling.toName).toBe(item.author?.name);
      expect(run.retelling.toMessage).toBe(item.text);
      expect(run.language).toBe(item.language);
      expect(run.retelling.fromName).toBe(EXPECTED[run.page]![0]!.customer.displayName);
    }
  });

  it('alternates the pages and the three languages', () => {
    expect(runs.slice(0, 7).map((r) => r.page)).toEqual(PANEL_PAGES.map((p) => p.page));
    expect(runs.slice(0, 6).map((r) => r.language)).toEqual(['en', 'de', 'sv', 'en', 'de', 'sv']);
    // 7 pages and 3 languages: every page meets every language within 21 runs.
    const pairs = new Set(runs.slice(0, 21).map((r) => `${r.page} ${r.language}`));
    expect(pairs.size).toBe(21);
  });

  it('says so when the corpus runs out of messages', () => {
    expect(() => planRuns(corpus.slice(0, 10), 27)).toThrow(/too few eligible/);
  });
});

describe('retellPage', () => {
  it.each(PANEL_PAGES.map((p) => [p.page] as const))(
    '%s: the site’s adapter reads the new customer and message',
    (page) => {
      const run = runs.find((r) => r.page === page)!;
      const [site, name] = page.split('/') as [string, string];
      const f = fixture(site, name);
      const doc = load(f);
      // retellPage runs in the page: here that is happy-dom's document.
      const previous = globalThis.document;
      globalThis.document = doc;
      let count;
      try {
        count = retellPage(run.retelling);
      } finally {
        globalThis.document = previous;
      }
      expect(count.messages).toBeGreaterThan(0);
      expect(count.names).toBeGreaterThan(0);
      const adapter = adapterForUrl(f.url)!;
      const composer = findComposers(adapter, doc)[0]!;
      expect(composer.element.matches(run.composer)).toBe(true);
      const read = readContext(adapter, composer.element, doc)!;
      expect(read.errors).toEqual([]);
      expect(read.context.customer.displayName).toBe(run.retelling.toName);
      expect(read.context.inReplyTo).toBe(run.retelling.toMessage);
      // Everything else the adapter reads stays the fixture's.
      const before = EXPECTED[page]![0]!;
      expect(read.context.platform).toBe(before.platform);
      expect(read.context.kind).toBe(before.kind);
      expect(read.context.customer.handle).toBe(before.customer.handle);
    },
  );
});
