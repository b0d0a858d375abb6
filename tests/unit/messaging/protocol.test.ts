import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import {
  FROM_CONTENT_MESSAGES,
  isPanelCommand,
  onMessage,
  PANEL_COMMANDS,
  onContentEvent,
  removeAllListeners,
  sendFromContent,
  sendToBackground,
  sendToPanel,
  sendToTab,
  TO_BACKGROUND_MESSAGES,
  TO_PANEL_MESSAGES,
  TO_TAB_MESSAGES,
  type ComposeContextReport,
  type EditResult,
  type FromContentMessage,
  type ProtocolMap,
  type ToBackgroundMessage,
  type ToPanelMessage,
  type ToTabMessage,
} from '../../../lib/messaging/protocol';
import type { ComposerContext } from '../../../lib/sites/types';

/**
 * A minimal fake of the callback-style `chrome.runtime` / `chrome.tabs` messaging that
 * @webext-core/messaging uses: messages are cloned like structured clone would, and a message sent
 * to a tab carries a sender without a tab, a message from a tab carries `sender.tab.id`.
 */
type Listener = (
  message: unknown,
  sender: { tab?: { id: number } },
  sendResponse: (r: unknown) => void,
) => boolean | void;

function fakeChrome(fromTab: number) {
  const listeners: Listener[] = [];
  const sentTo: (number | 'extension')[] = [];
  function deliver(message: unknown, sender: { tab?: { id: number } }, cb: (r: unknown) => void) {
    const copy = structuredClone(message);
    let answered = false;
    for (const l of listeners) {
      const keep = l(copy, sender, (r) => {
        answered = true;
        cb(structuredClone(r));
      });
      if (keep) return;
    }
    if (!answered) cb(undefined);
  }
  return {
    sentTo,
    chrome: {
      runtime: {
        lastError: undefined,
        sendMessage(message: unknown, cb: (r: unknown) => void) {
          sentTo.push('extension');
          deliver(message, { tab: { id: fromTab } }, cb);
        },
        onMessage: {
          addListener: (l: Listener) => listeners.push(l),
          removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1),
        },
      },
      tabs: {
        sendMessage(tabId: number, message: unknown, _opts: unknown, cb: (r: unknown) => void) {
          sentTo.push(tabId);
          deliver(message, {}, cb);
        },
      },
    },
  };
}

const context: ComposerContext = {
  platform: 'x',
  kind: 'reply',
  layout: 'site',
  customer: { handle: 'dana_k', displayName: 'Dana <img src=x onerror=alert(1)>' },
  inReplyTo: 'My order #4411 never arrived',
  earlier: [],
  threadUrl: 'https://x.com/dana_k/status/1790000000000000001',
  own: { handle: 'AcmeSupport' },
};

let fake: ReturnType<typeof fakeChrome>;
beforeEach(() => {
  fake = fakeChrome(42);
  (globalThis as unknown as { chrome: unknown }).chrome = fake.chrome;
});
afterEach(() => {
  removeAllListeners();
  delete (globalThis as unknown as { chrome?: unknown }).chrome;
});

describe('message protocol', () => {
  it('lists every message exactly once, by direction', () => {
    const all = [
      ...FROM_CONTENT_MESSAGES,
      ...TO_BACKGROUND_MESSAGES,
      ...TO_PANEL_MESSAGES,
      ...TO_TAB_MESSAGES,
    ].sort();
    expect(new Set(all).size).toBe(all.length);
    expectTypeOf<
      FromContentMessage | ToBackgroundMessage | ToPanelMessage | ToTabMessage
    >().toEqualTypeOf<keyof ProtocolMap>();
    expect(TO_TAB_MESSAGES).toEqual(['insertText', 'applyFix', 'focusComposer', 'setBadge']);
  });

  it('content → extension: the receiver knows the tab from the sender', async () => {
    const got: unknown[] = [];
    onMessage('composerActive', (m) => {
      expectTypeOf(m.data.context).toEqualTypeOf<ComposerContext>();
      got.push({ tab: m.sender.tab?.id, data: m.data });
    });
    await sendFromContent('composerActive', { composerId: 'c1', context, draft: '' });
    expect(got).toEqual([{ tab: 42, data: { composerId: 'c1', context, draft: '' } }]);
    expect(fake.sentTo).toEqual(['extension']);
  });

  it('panel → tab: needs an explicit tab id and returns the typed result', async () => {
    onMessage('insertText', (m) => ({ ok: true, text: m.data.text }) satisfies EditResult);
    onMessage('applyFix', (m) => {
      const { start, end, replacement, expected } = m.data;
      if (end > expected.length) return { ok: false, error: 'out-of-range' };
      return { ok: true, text: expected.slice(0, start) + replacement + expected.slice(end) };
    });
    const inserted = await sendToTab(7, 'insertText', { text: 'Hi Dana', mode: 'replace' });
    expectTypeOf(inserted).toEqualTypeOf<EditResult>();
    expect(inserted).toEqual({ ok: true, text: 'Hi Dana' });
    const fixed = await sendToTab(7, 'applyFix', {
      start: 0,
      end: 2,
      replacement: 'Hello',
      expected: 'Hi Dana',
    });
    expect(fixed).toEqual({ ok: true, text: 'Hello Dana' });
    expect(
      await sendToTab(7, 'applyFix', { start: 0, end: 99, replacement: '', expected: '' }),
    ).toEqual({ ok: false, error: 'out-of-range' });
    expect(fake.sentTo).toEqual([7, 7, 7]);
  });

  it('every message name round-trips', async () => {
    const seen: string[] = [];
    for (const type of [
      ...FROM_CONTENT_MESSAGES,
      ...TO_BACKGROUND_MESSAGES,
      ...TO_PANEL_MESSAGES,
      ...TO_TAB_MESSAGES,
    ]) {
      onMessage(type, () => {
        seen.push(type);
        return undefined as never;
      });
    }
    await sendFromContent('composerInactive', { composerId: 'c1' });
    await sendFromContent('composerContext', { composerId: 'c1', context });
    await sendFromContent('draftChanged', { composerId: 'c1', text: 'Hi' });
    await sendFromContent('adapterError', {
      adapter: 'x',
      reader: 'reply.read',
      message: 'boom',
      url: 'https://x.com/home',
    });
    await sendFromContent('layoutNotRecognized', { platform: 'x', url: 'https://x.com/home' });
    await sendFromContent('replySent', { composerId: 'c1', text: 'Hi', context, via: 'button' });
    await sendFromContent('composerActive', { composerId: 'c1', context, draft: '' });
    await sendToTab(3, 'insertText', { text: 'a', mode: 'caret' });
    await sendToTab(3, 'applyFix', { start: 0, end: 0, replacement: 'a', expected: '' });
    await sendToTab(3, 'focusComposer', {});
    await sendFromContent('openPanel', { composerId: 'c1' });
    await sendToTab(3, 'setBadge', { composerId: 'c1', findings: 2, errors: 1 });
    await sendToBackground('latestComposer', undefined);
    await sendToBackground('composeContext', {
      tabId: 3,
      composerId: 'c1',
      customer: { handle: 'dana_k' },
      packId: 'acme-care',
      packVersion: '1.0.0',
    });
    await sendToBackground('checkPackSubscriptions', {});
    await sendToBackground('applyAvailable', { entry: 's-1' });
    await sendToPanel('panelCommand', { command: 'next-finding' });
    await sendToPanel('memoryRecorded', { identityId: 'x:@dana_k' });
    await sendToPanel('memoryProblem', {
      kind: 'quota',
      message: 'Customer memory is full',
      during: 'record',
    });
    expect(seen.sort()).toEqual(
      [
        ...FROM_CONTENT_MESSAGES,
        ...TO_BACKGROUND_MESSAGES,
        ...TO_PANEL_MESSAGES,
        ...TO_TAB_MESSAGES,
      ].sort(),
    );
  });

  it('background → panel: a keyboard command, answered with whether it was carried out', async () => {
    onMessage('panelCommand', (m) => m.data.command === 'insert-suggestion-2');
    expect(await sendToPanel('panelCommand', { command: 'insert-suggestion-2' })).toBe(true);
    expect(await sendToPanel('panelCommand', { command: 'apply-fix' })).toBe(false);
    expect(fake.sentTo).toEqual(['extension', 'extension']);
    expect(PANEL_COMMANDS.every(isPanelCommand)).toBe(true);
    expect(isPanelCommand('_execute_action')).toBe(false);
  });

  it('panel → background: the compose context of a reply box arrives whole', async () => {
    const got: unknown[] = [];
    onMessage('composeContext', (m) => {
      got.push(m.data);
    });
    const report: ComposeContextReport = {
      tabId: 9,
      composerId: 'c2',
      customer: { handle: 'dana_k', displayName: 'Dana K' },
      threadUrl: context.threadUrl!,
      analysis: { intent: 'delivery', intensity: 'annoyed', topic: 'your order' },
      packId: 'acme-care',
      packVersion: '1.2.0',
      insertedSuggestion: 'Hi Dana, I am on it.',
      checked: {
        text: 'Hi Dana, I am on it.',
        findings: [{ ruleId: 'human.repeated-reply', severity: 'warning' }],
      },
    };
    await sendToBackground('composeContext', report);
    expect(got).toEqual([report]);
  });

  it('panel / options → background: check now answers with each subscription’s outcome', async () => {
    onMessage(
      'checkPackSubscriptions',
      (m) =>
        [
          { entry: 's-1', result: 'updated', version: '2.0.0' },
          { entry: 's-2', result: 'failed', failure: 'tests' },
        ].filter((o) => m.data.entry === undefined || o.entry === m.data.entry) as ReturnType<
          ProtocolMap['checkPackSubscriptions']
        >,
    );
    onMessage('applyAvailable', (m) => m.data.entry === 's-1');
    expect(await sendToBackground('checkPackSubscriptions', { entry: 's-2' })).toEqual([
      { entry: 's-2', result: 'failed', failure: 'tests' },
    ]);
    expect(await sendToBackground('checkPackSubscriptions', {})).toHaveLength(2);
    expect(await sendToBackground('applyAvailable', { entry: 's-1' })).toBe(true);
    expect(await sendToBackground('applyAvailable', { entry: 's-9' })).toBe(false);
  });

  it('types: directions cannot be mixed up', () => {
    // @ts-expect-error memoryProblem goes to the panel, not to a tab
    void (() => sendToTab(1, 'memoryProblem', { kind: 'quota', message: '', during: 'record' }));
    // @ts-expect-error the content script does not report compose contexts (the panel does)
    void (() => sendFromContent('composeContext', { tabId: 1, composerId: 'c' }));
    // @ts-expect-error panelCommand goes to the panel, not to a tab
    void (() => sendToTab(1, 'panelCommand', { command: 'apply-fix' }));
    // @ts-expect-error only the known commands
    void (() => sendToPanel('panelCommand', { command: 'send-reply' }));
    // @ts-expect-error insertText goes to a tab, never from the content script
    void (() => sendFromContent('insertText', { text: 'a', mode: 'replace' }));
    // @ts-expect-error draftChanged is sent by the content script, not to a tab
    void (() => sendToTab(1, 'draftChanged', { composerId: 'c', text: '' }));
    // @ts-expect-error checking subscriptions is asked of the background, not of a tab
    void (() => sendToTab(1, 'checkPackSubscriptions', {}));
    // @ts-expect-error taking a waiting version needs the entry
    void (() => sendToBackground('applyAvailable', {}));
    // @ts-expect-error a mode outside replace | caret
    void (() => sendToTab(1, 'insertText', { text: 'a', mode: 'append' }));
    expectTypeOf(sendToTab<'focusComposer'>)
      .parameter(0)
      .toEqualTypeOf<number>();
  });
});

describe('content-script notifications heard by several parts of one context', () => {
  it('reach every listener, and each can stop on its own', async () => {
    const relay: string[] = [];
    const memory: string[] = [];
    const stopRelay = onContentEvent('draftChanged', ({ data, sender }) => {
      expectTypeOf(data.text).toEqualTypeOf<string>();
      relay.push(`${sender.tab?.id}:${data.text}`);
    });
    const stopMemory = onContentEvent('draftChanged', ({ data }) => memory.push(data.text));
    await sendFromContent('draftChanged', { composerId: 'c1', text: 'Hi' });
    expect(relay).toEqual(['42:Hi']);
    expect(memory).toEqual(['Hi']);

    stopRelay();
    await sendFromContent('draftChanged', { composerId: 'c1', text: 'Hi Dana' });
    expect(relay).toEqual(['42:Hi']);
    expect(memory).toEqual(['Hi', 'Hi Dana']);

    // The last one gone, the message has no listener left; a new one is heard again.
    stopMemory();
    const later: string[] = [];
    onContentEvent('draftChanged', ({ data }) => later.push(data.text));
    await sendFromContent('draftChanged', { composerId: 'c1', text: 'Hi Dana!' });
    expect(memory).toEqual(['Hi', 'Hi Dana']);
    expect(later).toEqual(['Hi Dana!']);
  });
});
