// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { setupContentScript } from '../../../lib/content/session';
import { x } from '../../../lib/sites/x';
import { feedPost, mountFeed, type Feed } from '../../fixtures/sites/feed/feed';

// The page side of the protocol, recorded: what the content script sends, and which of its
// message listeners are still attached.
const sent = vi.hoisted(() => [] as { type: string; data: Record<string, unknown> }[]);
const listeners = vi.hoisted(() => new Set<string>());
vi.mock('../../../lib/messaging/protocol', () => ({
  sendFromContent: (type: string, data: Record<string, unknown>) => {
    sent.push({ type, data });
    return Promise.resolve();
  },
  onMessage: (type: string) => {
    listeners.add(type);
    return () => listeners.delete(type);
  },
}));

const types = () => sent.map((m) => m.type);

function openReplyBox(index: number): HTMLElement {
  document
    .querySelector<HTMLElement>(`article[data-post-index="${index}"] [data-testid="reply"]`)!
    .click();
  return document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;
}

/** What typing does to X's editor markup: text in the block's span, then an input event. */
function typeInto(editor: HTMLElement, text: string): void {
  editor.querySelector('span[data-offset-key]')!.replaceChildren(text);
  editor.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('the content script on a long SPA feed', () => {
  let ctx: ContentScriptContext;
  let feed: Feed;

  beforeEach(() => {
    sent.length = 0;
    listeners.clear();
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      'https://x.com/home',
    );
    feed = mountFeed(window, 200, 50);
    ctx = new ContentScriptContext('content');
    setupContentScript(ctx, x);
  });

  afterEach(() => {
    ctx.abort();
    document.body.replaceChildren();
  });

  it('follows a reply box created by the page, mirrors its draft, and notices it leave', async () => {
    while (feed.loaded() < 200) feed.loadMore();
    const editor = openReplyBox(180);
    // Activation runs in a task of its own, after the page's focus handling.
    await vi.waitFor(() => expect(types()).toEqual(['composerActive']));
    const context = sent[0]!.data.context as { customer: { handle: string } };
    expect(context.customer.handle).toBe(feedPost(180).handle);
    expect(document.querySelector('replykit-badge')).not.toBeNull();

    typeInto(editor, 'Hi there');
    await vi.waitFor(() => expect(types()).toContain('draftChanged'));
    expect(sent.at(-1)!.data.text).toBe('Hi there');

    // A SPA navigation replaces the main column: the reply box is gone.
    window.history.pushState({}, '', `/${feedPost(3).handle}/status/${feedPost(3).id}`);
    feed.route();
    await vi.waitFor(() => expect(types()).toContain('composerInactive'));
  });

  it('removes every listener and the badge when its context is invalidated', async () => {
    const editor = openReplyBox(10);
    await vi.waitFor(() => expect(types()).toEqual(['composerActive']));
    expect([...listeners].sort()).toEqual(['applyFix', 'focusComposer', 'insertText', 'setBadge']);

    ctx.notifyInvalidated();
    expect(listeners.size).toBe(0);
    expect(document.querySelector('replykit-badge')).toBeNull();

    // Typing, new reply boxes, navigation, sends: the page goes on, the script says nothing.
    typeInto(editor, 'Hi there');
    editor.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }),
    );
    document.querySelector<HTMLElement>('[data-testid="tweetButtonInline"]')!.click();
    feed.loadMore();
    openReplyBox(20);
    window.history.pushState({}, '', `/${feedPost(3).handle}/status/${feedPost(3).id}`);
    feed.route();
    (document.querySelector('[data-testid="tweetTextarea_0"]') as HTMLElement).focus();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(types()).toEqual(['composerActive']);
    expect(document.querySelector('replykit-badge')).toBeNull();
  });
});

describe('the content script on a page with one reply box', () => {
  let ctx: ContentScriptContext | undefined;

  beforeEach(() => {
    sent.length = 0;
    listeners.clear();
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      'https://x.com/dana_k/status/1',
    );
  });

  afterEach(() => {
    ctx?.abort();
    document.body.replaceChildren();
  });

  function mountOneBox(): HTMLElement {
    document.body.innerHTML = `
      <main><article data-testid="tweet"><div data-testid="tweetText">Where is my parcel?</div></article>
      <div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true"
        role="textbox" data-testid="tweetTextarea_0"><div data-contents="true"><div data-block="true">
        <span data-offset-key="a-0-0"><br data-text="true"></span></div></div></div></div></main>`;
    return document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;
  }

  it('does not follow the box at start when nothing has the focus (the active element is <body>)', () => {
    mountOneBox();
    expect(document.activeElement).toBe(document.body);
    ctx = new ContentScriptContext('content');
    setupContentScript(ctx, x);
    expect(types()).not.toContain('composerActive');
  });

  it('follows the box at start when it already has the focus (a reload mid-reply)', () => {
    mountOneBox().focus();
    ctx = new ContentScriptContext('content');
    setupContentScript(ctx, x);
    expect(types()).toContain('composerActive');
  });
});
