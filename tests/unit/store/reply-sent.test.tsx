import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PageComposerCard, type PageComposerView } from '../../../components/PageComposerCard';
import type { ComposerContext } from '../../../lib/sites/types';
import { createReplykitStore } from '../../../lib/store';

const context: ComposerContext = {
  platform: 'x',
  kind: 'reply',
  layout: 'site',
  customer: { handle: 'dana_k', displayName: 'Dana K' },
  earlier: [],
  own: {},
};

const view: PageComposerView = {
  platformLabel: 'X',
  kindLabel: 'Reply',
  customerName: 'Dana K',
  earlierCount: 0,
  genericLayout: false,
};

function card(sentCount: number): string {
  return renderToStaticMarkup(
    <PageComposerCard
      view={view}
      problems={[]}
      notice={null}
      sentCount={sentCount}
      onStopFollowing={() => {}}
    />,
  );
}

describe('a reply sent from the followed reply box', () => {
  it('is counted for that composer only, and the count starts over with the next one', () => {
    const store = createReplykitStore();
    store.getState().pageReplySent(4, 'c1');
    expect(store.getState().sentCount).toBe(0);
    store.getState().followComposer({ tabId: 4, composerId: 'c1', context }, '');
    store.getState().pageReplySent(4, 'c1');
    store.getState().pageReplySent(5, 'c1');
    store.getState().pageReplySent(4, 'c2');
    expect(store.getState().sentCount).toBe(1);
    store.getState().pageReplySent(4, 'c1');
    expect(store.getState().sentCount).toBe(2);
    store.getState().followComposer({ tabId: 4, composerId: 'c2', context }, '');
    expect(store.getState().sentCount).toBe(0);
  });

  it('shows as a status line on the reply box card', () => {
    expect(card(0)).not.toContain('sent');
    expect(card(1)).toContain(
      '<p class="page-composer__note" role="status" data-testid="reply-sent">Reply sent.</p>',
    );
    expect(card(3)).toContain('>3 replies sent.</p>');
  });
});
