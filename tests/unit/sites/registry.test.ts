// @vitest-environment happy-dom
import { MatchPattern } from '@webext-core/match-patterns';
import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS } from '../../../lib/platforms';
import { isGenericComposer } from '../../../lib/sites/generic';
import { mastodonMatches } from '../../../lib/sites/mastodon';
import { findComposers, readContext, safeRead } from '../../../lib/sites/read';
import { adapterForUrl, adaptersFor, generic, SITE_ADAPTERS } from '../../../lib/sites/registry';
import type { SiteAdapter } from '../../../lib/sites/types';
import { allFixtures, fixture, load } from './fixtures';

const fixtures = allFixtures();

describe('registry', () => {
  it('has unique ids that are platform ids, one adapter per platform', () => {
    const ids = SITE_ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(PLATFORM_IDS).toContain(id);
    expect([...ids, 'generic'].sort()).toEqual([...PLATFORM_IDS].sort());
  });

  it.each(SITE_ADAPTERS.map((a) => [a.id, a] as const))(
    '%s: valid match patterns; its real URLs match it and no other adapter',
    (_id, adapter) => {
      for (const p of [...adapter.matches, ...(adapter.excludeMatches ?? [])]) {
        expect(() => new MatchPattern(p), p).not.toThrow();
      }
      expect(adapter.urls.length).toBeGreaterThan(0);
      for (const url of adapter.urls) {
        expect(adapterForUrl(url)?.id, url).toBe(adapter.id);
        const others = SITE_ADAPTERS.filter((o: SiteAdapter) => o !== adapter);
        for (const other of others) {
          const claimed =
            other.matches.some((p) => new MatchPattern(p).includes(url)) &&
            !(other.excludeMatches ?? []).some((p) => new MatchPattern(p).includes(url));
          expect(claimed, `${other.id} claims ${url}`).toBe(false);
        }
      }
    },
  );

  it.each(SITE_ADAPTERS.map((a) => [a.id, a] as const))(
    '%s: a fixture for every composer kind, each fixture on one of its URLs',
    (id, adapter) => {
      const mine = fixtures.filter((f) => f.site === id);
      expect(mine.length).toBeGreaterThan(0);
      const kinds = new Set<string>();
      for (const f of mine) {
        expect(adapterForUrl(f.url)?.id, f.url).toBe(id);
        const doc = load(f);
        const found = findComposers(adapter, doc);
        expect(found.length, f.name).toBeGreaterThan(0);
        for (const c of found) {
          kinds.add(c.spec.kind);
          expect(readContext(adapter, c.element, doc)?.context.layout).toBe('site');
        }
      }
      expect([...kinds].sort()).toEqual([...new Set(adapter.composers.map((c) => c.kind))].sort());
    },
  );

  it('facebook.com/messages is Messenger, the rest of facebook.com is Facebook', () => {
    expect(adapterForUrl('https://www.facebook.com/messages/t/100012345678901/')?.id).toBe(
      'messenger',
    );
    expect(adapterForUrl('https://www.facebook.com/AcmeKettles/posts/pfbid0')?.id).toBe('facebook');
    expect(adapterForUrl('https://www.facebook.com/messagesfromdana')?.id).toBe('facebook');
  });

  it('Mastodon: mastodon.social by default, the instances the user added otherwise', () => {
    expect(mastodonMatches(['mastodon.social', 'https://Fosstodon.org/', 'bad host', ''])).toEqual([
      'https://mastodon.social/*',
      'https://fosstodon.org/*',
    ]);
    expect(adapterForUrl('https://mastodon.social/home')?.id).toBe('mastodon');
    expect(adapterForUrl('https://fosstodon.org/home')).toBeUndefined();
    const options = { mastodonDomains: ['fosstodon.org'] };
    expect(adapterForUrl('https://fosstodon.org/@dana/1', options)?.id).toBe('mastodon');
    expect(adapterForUrl('https://mastodon.social/home', options)).toBeUndefined();
    expect(adaptersFor(options).find((a) => a.id === 'mastodon')?.matches).toEqual([
      'https://fosstodon.org/*',
    ]);
  });

  it('other sites: generic only where the user enabled it', () => {
    expect(adapterForUrl('https://forum.example.com/t/1')).toBeUndefined();
    expect(
      adapterForUrl('https://forum.example.com/t/1', {
        genericOrigins: ['https://forum.example.com'],
      }),
    ).toBe(generic);
  });
});

describe('generic adapter', () => {
  const f = fixture('generic', 'forum');

  it('reads a focused multi-line textarea', () => {
    const doc = load(f);
    const textarea = doc.querySelector('textarea')!;
    expect(findComposers(generic, doc)).toEqual([]); // nothing focused yet
    (textarea as HTMLElement).focus();
    expect(findComposers(generic, doc).map((c) => c.element)).toEqual([textarea]);
    expect(readContext(generic, textarea, doc)).toEqual({
      context: {
        platform: 'generic',
        kind: 'reply',
        layout: 'generic',
        customer: {},
        earlier: [],
        own: {},
        threadUrl: 'https://forum.example.com/t/kettle-lid-cracked/4411',
      },
      errors: [],
    });
  });

  it('ignores single-line inputs and single-line textboxes', () => {
    const doc = load(f);
    const input = doc.querySelector('input[name="title"]')!;
    (input as HTMLElement).focus();
    expect(readContext(generic, input, doc)).toBeUndefined();
    const tag = doc.querySelector('.one-line')!;
    (tag as HTMLElement).focus();
    expect(isGenericComposer(tag)).toBe(false);
    expect(readContext(generic, tag, doc)).toBeUndefined();
  });

  it('reads a focused contenteditable (its editing host, not a paragraph inside)', () => {
    const doc = load(f);
    const rich = doc.querySelector('.rich')!;
    (rich as HTMLElement).focus();
    expect(isGenericComposer(rich)).toBe(true);
    expect(isGenericComposer(rich.querySelector('p')!)).toBe(false);
    expect(readContext(generic, rich, doc)?.context.layout).toBe('generic');
  });

  it('skips disabled and read-only textareas', () => {
    const doc = load(f);
    const textarea = doc.querySelector('textarea')!;
    textarea.setAttribute('readonly', '');
    expect(isGenericComposer(textarea)).toBe(false);
  });
});

describe('changed layout', () => {
  it('a known site whose selectors no longer match falls back to generic mode', () => {
    const f = fixture('x', 'reply-thread');
    const broken = f.html
      .replaceAll('data-testid="tweetTextarea_0"', 'data-testid="composer-v2"')
      .replaceAll('data-testid="tweet"', 'data-testid="post"');
    const doc = load(f, broken);
    const adapter = adapterForUrl(f.url)!;
    expect(findComposers(adapter, doc)).toEqual([]);
    const editor = doc.querySelector('[role="textbox"][contenteditable="true"]') as HTMLElement;
    editor.focus();
    const result = readContext(adapter, editor, doc);
    expect(result?.context).toMatchObject({
      platform: 'x',
      layout: 'generic',
      customer: {},
      earlier: [],
      own: { handle: 'AcmeSupport' },
      threadUrl: 'https://x.com/dana_k/status/1790000000000000001',
    });
    expect(result?.errors).toEqual([]);
  });
});

describe('safeRead', () => {
  it('turns a throwing reader into an error result', () => {
    expect(safeRead('x', 'reply.read', () => 42)).toEqual({ ok: true, value: 42 });
    expect(
      safeRead('x', 'reply.read', () => {
        throw new TypeError("Cannot read properties of null (reading 'closest')");
      }),
    ).toEqual({
      ok: false,
      error: {
        adapter: 'x',
        reader: 'reply.read',
        message: "Cannot read properties of null (reading 'closest')",
      },
    });
    expect(
      safeRead('x', 'r', () => {
        throw 'plain string';
      }),
    ).toMatchObject({ ok: false, error: { message: 'plain string' } });
  });

  it('an adapter whose reader throws still yields a context, with the error reported', () => {
    const f = fixture('x', 'reply-thread');
    const doc = load(f);
    const x = SITE_ADAPTERS.find((a) => a.id === 'x')!;
    const throwing: SiteAdapter = {
      ...x,
      composers: x.composers.map((c) => ({
        ...c,
        read: () => {
          throw new Error('layout moved');
        },
      })),
      ownAccount: () => {
        throw new Error('no nav');
      },
    };
    const [found] = findComposers(throwing, doc);
    const result = readContext(throwing, found!.element, doc);
    expect(result?.context).toMatchObject({
      platform: 'x',
      kind: 'reply',
      layout: 'site',
      customer: {},
      own: {},
    });
    expect(result?.errors).toEqual([
      { adapter: 'x', reader: 'reply.read', message: 'layout moved' },
      { adapter: 'x', reader: 'ownAccount', message: 'no nav' },
    ]);
  });

  it('a throwing `when` is reported and that composer kind is skipped', () => {
    const f = fixture('x', 'reply-thread');
    const doc = load(f);
    const x = SITE_ADAPTERS.find((a) => a.id === 'x')!;
    const throwing: SiteAdapter = {
      ...x,
      composers: x.composers.map((c) => ({
        ...c,
        when: () => {
          throw new Error('boom');
        },
      })),
    };
    const editor = doc.querySelector('[data-testid="tweetTextarea_0"]') as HTMLElement;
    editor.focus();
    const result = readContext(throwing, editor, doc);
    expect(result?.context.layout).toBe('generic');
    expect(result?.errors.length).toBeGreaterThan(0);
    expect(result?.errors[0]).toMatchObject({ adapter: 'x', message: 'boom' });
  });
});
