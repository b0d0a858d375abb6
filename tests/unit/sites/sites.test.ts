// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterForUrl } from '../../../lib/sites/registry';
import { findComposers, findSendButton, readContext } from '../../../lib/sites/read';
import { toCheckContext } from '../../../lib/sites/types';
import { allFixtures, load } from './fixtures';
import { EXPECTED } from './expected';

const fixtures = allFixtures().filter((f) => f.site !== 'generic');
const sites = [...new Set(fixtures.map((f) => f.site))];

describe.each(sites)('%s adapter', (site) => {
  it.each(fixtures.filter((f) => f.site === site).map((f) => [f.name, f] as const))(
    '%s: reads exactly the expected context of every composer',
    (_name, f) => {
      const doc = load(f);
      const adapter = adapterForUrl(f.url);
      expect(adapter?.id).toBe(site);
      const found = findComposers(adapter!, doc);
      const got = found.map((c) => {
        const result = readContext(adapter!, c.element, doc);
        expect(result?.errors).toEqual([]);
        expect(c.spec.kind).toBe(result?.context.kind);
        return result!.context;
      });
      expect(got).toEqual(EXPECTED[`${f.site}/${f.name}`]);
      for (const c of found) {
        const button = findSendButton(adapter!, c.element, doc);
        expect(button.ok && button.value, `${f.name}: send button`).toBeTruthy();
      }
    },
  );
});

describe('toCheckContext', () => {
  it('gives the engine the platform and the customer name', () => {
    const [context] = EXPECTED['x/reply-thread']!;
    expect(toCheckContext(context!)).toEqual({ platform: 'x', customerName: 'Dana K 🌿' });
    expect(toCheckContext({ ...context!, customer: { handle: 'dana_k' } })).toEqual({
      platform: 'x',
      customerName: 'dana_k',
    });
    expect(toCheckContext({ ...context!, customer: {} })).toEqual({ platform: 'x' });
  });
});
