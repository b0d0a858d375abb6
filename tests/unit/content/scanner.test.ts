// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createComposerScanner } from '../../../lib/content/scanner';
import { x } from '../../../lib/sites/x';
import { mountFeed } from '../../fixtures/sites/feed/feed';

function recorder() {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return {
    /** The records so far (delivered first). */
    take(): MutationRecord[] {
      records.push(...observer.takeRecords());
      return records.splice(0);
    },
  };
}

const reply = (index: number) =>
  document
    .querySelector<HTMLElement>(`article[data-post-index="${index}"] [data-testid="reply"]`)!
    .click();

describe('createComposerScanner', () => {
  afterEach(() => document.body.replaceChildren());

  it('scans the whole page first, then only what mutation batches added', () => {
    const feed = mountFeed(window, 200, 50);
    reply(5);
    const scanner = createComposerScanner(x, document);
    const first = scanner.scan();
    expect(first.map((f) => f.spec.kind)).toEqual(['reply']);
    expect(scanner.pending).toBe(false);

    const mutations = recorder();
    feed.loadMore();
    scanner.queue(mutations.take());
    expect(scanner.pending).toBe(true);
    // New posts, no reply box among them; the one found before is not found again.
    expect(scanner.scan()).toEqual([]);

    reply(80);
    scanner.queue(mutations.take());
    const found = scanner.scan();
    expect(found).toHaveLength(1);
    expect(found[0]!.element).toBe(document.querySelector('[data-testid="tweetTextarea_0"]'));
    expect(found[0]!.element).not.toBe(first[0]!.element);
    expect(
      found[0]!.element
        .closest('[data-testid="cellInnerDiv"]')!
        .previousElementSibling!.querySelector('article')!
        .getAttribute('data-post-index'),
    ).toBe('80');
  });

  it('ignores what was added and removed again before the scan', () => {
    mountFeed(window, 100, 50);
    const scanner = createComposerScanner(x, document);
    scanner.scan();
    const mutations = recorder();
    reply(3);
    reply(4); // the page keeps one reply box open: the first is removed again
    scanner.queue(mutations.take());
    const found = scanner.scan();
    expect(found).toHaveLength(1);
    expect(found[0]!.element.isConnected).toBe(true);
  });
});
