import { describe, expect, it } from 'vitest';
import { pageComposerView, placeLabel, problemsOf } from '../../../lib/panel/page-view';
import type { ComposerContext } from '../../../lib/sites/types';
import { createReplykitStore } from '../../../lib/store';

const context: ComposerContext = {
  platform: 'mastodon',
  kind: 'reply',
  layout: 'site',
  customer: { handle: 'sam@mastodon.social', displayName: 'Sam Rivera' },
  inReplyTo: 'My order is late <img src=x onerror=alert(1)>',
  earlier: ['Hello?'],
  own: { handle: 'acme' },
};

describe('following a reply box on a page', () => {
  it('takes the page’s draft, platform and customer', () => {
    const store = createReplykitStore({ draft: 'my scratch draft', platform: 'x' });
    store.getState().followComposer({ tabId: 4, composerId: 'c1', context }, 'Hi Sam');
    const state = store.getState();
    expect(state.page).toEqual({ tabId: 4, composerId: 'c1', context });
    expect(state.draft).toBe('Hi Sam');
    expect(state.platform).toBe('mastodon');
    expect(state.customerName).toBe('Sam Rivera');
  });

  it('follows draft changes of that composer only', () => {
    const store = createReplykitStore();
    store.getState().followComposer({ tabId: 4, composerId: 'c1', context }, '');
    store.getState().pageDraftChanged(4, 'c1', 'Hi Sam, sorry');
    store.getState().pageDraftChanged(5, 'c1', 'another tab');
    store.getState().pageDraftChanged(4, 'c2', 'another composer');
    expect(store.getState().draft).toBe('Hi Sam, sorry');
  });

  it('lets go when the composer goes away, and keeps a few adapter errors', () => {
    const store = createReplykitStore();
    store.getState().followComposer({ tabId: 4, composerId: 'c1', context }, '');
    for (let i = 0; i < 7; i++) {
      store.getState().adapterFailed(4, {
        adapter: 'mastodon',
        reader: 'reply.read',
        message: `boom ${i}`,
        url: 'https://mastodon.social/@sam/1',
      });
    }
    expect(store.getState().adapterErrors.map((e) => e.message)).toEqual([
      'boom 2',
      'boom 3',
      'boom 4',
      'boom 5',
      'boom 6',
    ]);
    store.getState().composerGone(4, 'c2');
    expect(store.getState().page).not.toBeNull();
    store.getState().composerGone(4, 'c1');
    expect(store.getState().page).toBeNull();
  });

  it('describes the followed reply box as text for the panel', () => {
    expect(pageComposerView({ tabId: 4, composerId: 'c1', context })).toEqual({
      platformLabel: 'Mastodon',
      kindLabel: 'Reply',
      customerName: 'Sam Rivera',
      customerHandle: 'sam@mastodon.social',
      inReplyTo: 'My order is late <img src=x onerror=alert(1)>',
      earlierCount: 1,
      genericLayout: false,
    });
    expect(
      pageComposerView({ tabId: 4, composerId: 'c1', context: { ...context, layout: 'generic' } })
        .genericLayout,
    ).toBe(true);
    expect(
      problemsOf([{ adapter: 'x', reader: 'reply.read', message: 'boom', url: 'https://x.com/' }]),
    ).toEqual(['Could not read reply.read on X: boom']);
  });

  it('names a site the user enabled by its host, not as “Other site”', () => {
    const forum: ComposerContext = {
      platform: 'generic',
      kind: 'reply',
      layout: 'generic',
      customer: {},
      earlier: [],
      own: {},
      threadUrl: 'https://www.forum.example.com/t/kettle-lid-cracked/4411',
    };
    expect(pageComposerView({ tabId: 4, composerId: 'c1', context: forum })).toEqual({
      platformLabel: 'forum.example.com',
      kindLabel: 'Reply',
      earlierCount: 0,
      genericLayout: false,
    });
    expect(placeLabel({ platform: 'generic', threadUrl: 'http://127.0.0.1:8311/t/1' })).toBe(
      '127.0.0.1',
    );
    expect(placeLabel({ platform: 'generic' })).toBe('this site');
    expect(placeLabel({ platform: 'generic', threadUrl: 'not a url' })).toBe('this site');
    // A known site keeps its platform's name, in generic mode too.
    expect(placeLabel({ platform: 'x', threadUrl: 'https://x.com/dana_k/status/1' })).toBe('X');
  });

  it('keeps what it knows when the same box is announced again, and can insert after letting go', () => {
    const store = createReplykitStore();
    const composer = { tabId: 4, composerId: 'c1', context };
    store.getState().followComposer(composer, 'Hi Sam');
    store.getState().pageReplySent(4, 'c1');
    store.getState().followComposer(composer, '');
    expect(store.getState().sentCount).toBe(1);
    store.getState().stopFollowing();
    expect(store.getState().page).toBeNull();
    expect(store.getState().insertTarget).toEqual(composer);
    store.getState().composerGone(4, 'c1');
    expect(store.getState().insertTarget).toBeNull();
  });
});
