import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Analysis, SuggestInput, SuggestResult } from '../../../lib/compose/types';
import {
  setupComposeSync,
  WARM_UP_MESSAGES,
  type ComposeEngine,
} from '../../../lib/panel/compose-sync';
import type { ComposerContext } from '../../../lib/sites/types';
import {
  composeRequestOf,
  createReplykitStore,
  selectSuggestResult,
  shownSuggestions,
} from '../../../lib/store';
import { defaultPack } from '../../../lib/voice';

const context: ComposerContext = {
  platform: 'x',
  kind: 'reply',
  layout: 'site',
  customer: { handle: 'dana_k', displayName: 'Dana K' },
  inReplyTo: 'My order #4411 never arrived',
  earlier: [],
  own: {},
};

const analysis: Analysis = {
  language: 'en',
  languageDetected: true,
  intent: 'delivery',
  intensity: 'annoyed',
  intensityScore: 0.4,
  signals: [],
  entities: { names: [], orderNumbers: ['#4411'], products: [], dates: [], emails: [] },
  topic: 'your order',
  escalation: [],
};

/** A stand-in for lib/compose that records what it was asked. */
function fakeEngine() {
  const analyzed: string[] = [];
  const warmUps: string[] = [];
  const suggested: SuggestInput[] = [];
  const engine: ComposeEngine = {
    analyzeMessage: (text) => {
      ((WARM_UP_MESSAGES as readonly string[]).includes(text) ? warmUps : analyzed).push(text);
      return analysis;
    },
    suggestReplies: (input): SuggestResult => {
      suggested.push(input);
      return {
        analysis: input.analysis!,
        suggestions: [
          { text: `Hi ${input.customer.name}`, shape: 'short', findings: [], blocks: [] },
        ],
      };
    },
  };
  return { engine, analyzed, warmUps, suggested };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
  vi.useRealTimers();
});

describe('compose slice: reading the customer’s message once per message', () => {
  it('warms lib/compose with one reading per language as soon as it is loaded, before any reply box', async () => {
    const store = createReplykitStore();
    const { engine, analyzed, warmUps, suggested } = fakeEngine();
    stop = setupComposeSync(store, { load: async () => engine });
    await flush();
    expect(warmUps).toEqual([...WARM_UP_MESSAGES]);
    expect(analyzed).toEqual([]);
    expect(suggested).toEqual([]);
    expect(store.getState().compose).toEqual({ state: 'idle' });
  });

  it('runs analysis and suggestions when a reply box with a message is followed', async () => {
    const store = createReplykitStore({ agentInitials: ' SR ' });
    const { engine, analyzed, suggested } = fakeEngine();
    stop = setupComposeSync(store, { load: async () => engine, now: () => 1_700_000_000_000 });
    expect(store.getState().compose).toEqual({ state: 'idle' });

    store.getState().followComposer({ tabId: 3, composerId: 'c1', context }, '');
    expect(store.getState().compose.state).toBe('working');
    await flush();
    expect(analyzed).toEqual(['My order #4411 never arrived']);
    expect(suggested).toHaveLength(1);
    expect(suggested[0]).toMatchObject({
      message: 'My order #4411 never arrived',
      pack: defaultPack,
      platform: 'x',
      kind: 'reply',
      customer: { name: 'Dana K', handle: 'dana_k' },
      agent: { initials: 'SR' },
      recentReplies: [],
      now: 1_700_000_000_000,
      analysis,
    });
    expect(suggested[0]!.history).toBeUndefined();
    expect(selectSuggestResult(store.getState())?.suggestions[0]?.text).toBe('Hi Dana K');
  });

  it('does not run again while the user types in the reply box', async () => {
    const store = createReplykitStore();
    const { engine, analyzed } = fakeEngine();
    stop = setupComposeSync(store, { load: async () => engine });
    store.getState().followComposer({ tabId: 3, composerId: 'c1', context }, '');
    for (const text of ['H', 'Hi', 'Hi Dana']) store.getState().pageDraftChanged(3, 'c1', text);
    // The same box announced again (focus came back) is the same message.
    store.getState().followComposer({ tabId: 3, composerId: 'c1', context }, 'Hi Dana');
    await flush();
    expect(analyzed).toHaveLength(1);
    expect(store.getState().compose.state).toBe('ready');
  });

  it('runs again for another message, and drops a result that arrives too late', async () => {
    const store = createReplykitStore();
    const { engine, analyzed } = fakeEngine();
    stop = setupComposeSync(store, { load: async () => engine });
    store.getState().followComposer({ tabId: 3, composerId: 'c1', context }, '');
    const firstKey = composeRequestOf(store.getState())!.key;
    store
      .getState()
      .followComposer(
        { tabId: 3, composerId: 'c2', context: { ...context, inReplyTo: 'Love the kettle!' } },
        '',
      );
    await flush();
    expect(analyzed).toEqual(['My order #4411 never arrived', 'Love the kettle!']);
    const status = store.getState().compose;
    expect(status.state === 'ready' && status.key).not.toBe(firstKey);
    store.getState().composeDone(firstKey, {
      analysis,
      suggestions: [],
    });
    expect(store.getState().compose).toBe(status);
  });

  it('in scratch mode reads the pasted message after a pause in typing', async () => {
    vi.useFakeTimers();
    const store = createReplykitStore({ customerName: 'Sam', platform: 'linkedin' });
    const { engine, analyzed, suggested } = fakeEngine();
    stop = setupComposeSync(store, { load: async () => engine, pause: 300 });
    for (const text of ['Wh', 'Where is', 'Where is my parcel?'])
      store.getState().setCustomerMessage(text);
    await vi.advanceTimersByTimeAsync(299);
    expect(analyzed).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(analyzed).toEqual(['Where is my parcel?']);
    expect(suggested[0]).toMatchObject({ platform: 'linkedin', customer: { name: 'Sam' } });
    expect(suggested[0]!.kind).toBeUndefined();
    store.getState().setCustomerMessage('  ');
    expect(store.getState().compose).toEqual({ state: 'idle' });
  });

  it('uses the pasted message when the followed box shows none (a generic site)', () => {
    const store = createReplykitStore({ customerMessage: 'Is the shop open on Sunday?' });
    store.getState().followComposer(
      {
        tabId: 1,
        composerId: 'g',
        context: { ...context, platform: 'generic', layout: 'generic', inReplyTo: undefined },
      },
      '',
    );
    const request = composeRequestOf(store.getState())!;
    expect(request.from).toBe('panel');
    expect(request.input.message).toBe('Is the shop open on Sunday?');
    // The generic site keeps the platform the user picked.
    expect(request.input.platform).toBe('x');
  });

  it('leaves the replies already sent to the same customer out of the wording to avoid', () => {
    const store = createReplykitStore();
    store.getState().setRecentReplies([
      { text: 'to dana', platform: 'x', customer: 'dana_k', at: 1 },
      { text: 'to sam', platform: 'x', customer: 'sam', at: 2 },
    ]);
    store.getState().followComposer({ tabId: 3, composerId: 'c1', context }, '');
    expect(composeRequestOf(store.getState())!.input.recentReplies).toEqual(['to sam']);
  });

  it('runs again with a new pack, and says when lib/compose failed to load', async () => {
    const store = createReplykitStore();
    const { engine, analyzed } = fakeEngine();
    let fail = true;
    stop = setupComposeSync(store, {
      load: async () => {
        if (fail) throw new Error('chunk missing');
        return engine;
      },
    });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    store.getState().followComposer({ tabId: 3, composerId: 'c1', context }, '');
    await flush();
    expect(store.getState().compose.state).toBe('failed');
    fail = false;
    store.getState().setActivePack({ pack: defaultPack, source: 'team', problems: [] });
    await flush();
    expect(store.getState().compose.state).toBe('ready');
    expect(analyzed).toHaveLength(1);
    error.mockRestore();
  });
});

describe('refining the suggestions for the same message', () => {
  it('keeps the previous suggestions shown while a run refines them, and only for that message', async () => {
    const store = createReplykitStore();
    const { engine } = fakeEngine();
    stop = setupComposeSync(store, { load: async () => engine });
    store.getState().followComposer({ tabId: 3, composerId: 'c1', context }, '');
    await flush();
    const first = selectSuggestResult(store.getState());
    expect(first?.suggestions[0]!.text).toBe('Hi Dana K');

    // The same message, refined (here a new pack; memory answering works the same way).
    store.getState().setActivePack({ pack: defaultPack, source: 'team', problems: [] });
    const refining = store.getState().compose;
    expect(refining.state).toBe('working');
    expect(shownSuggestions(refining)).toBe(first);
    expect(selectSuggestResult(store.getState())).toBeNull();
    await flush();
    expect(store.getState().compose.state).toBe('ready');

    // Another message: nothing of the old one is shown while it is read.
    store.getState().pageContextChanged(3, 'c1', { ...context, inReplyTo: 'Where is my refund?' });
    const other = store.getState().compose;
    expect(other.state).toBe('working');
    expect(shownSuggestions(other)).toBeNull();
  });
});

describe('following a reply box after the tab moved to another page', () => {
  it('is another box, even when the new page’s content script reuses the id', () => {
    const store = createReplykitStore();
    store.getState().followComposer({ tabId: 3, composerId: 'c1', context }, '');
    store.getState().followComposer(
      {
        tabId: 3,
        composerId: 'c1',
        context: {
          ...context,
          platform: 'linkedin',
          customer: { displayName: 'Sam' },
          threadUrl: 'https://www.linkedin.com/feed/update/1/',
        },
      },
      '',
    );
    expect(store.getState().platform).toBe('linkedin');
    expect(store.getState().customerName).toBe('Sam');
  });
});
