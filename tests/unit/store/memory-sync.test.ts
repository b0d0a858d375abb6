import { indexedDB as fakeIndexedDB, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryError, openMemory, type CustomerMemory } from '../../../lib/memory';
import { composeContextReport } from '../../../lib/panel/memory-report';
import { setupMemorySync, type PanelMemory } from '../../../lib/panel/memory-sync';
import { memoryCardView } from '../../../lib/panel/memory-view';
import type { ComposerContext } from '../../../lib/sites/types';
import {
  composeRequestOf,
  createReplykitStore,
  selectCustomerRecord,
  type ReplykitStore,
} from '../../../lib/store';

const NOW = Date.UTC(2026, 2, 10, 12);
const DAY = 24 * 60 * 60 * 1000;
let databases = 0;

const xContext: ComposerContext = {
  platform: 'x',
  kind: 'reply',
  layout: 'site',
  customer: { handle: 'maya_p', displayName: 'Maya Patel' },
  inReplyTo: 'Still waiting for order #48213, any news?',
  earlier: [],
  threadUrl: 'https://x.com/maya_p/status/1',
  own: {},
};

let name: string;
let store: ReplykitStore;
let sync: PanelMemory | undefined;

function open(): Promise<CustomerMemory> {
  return openMemory({ name, indexedDB: fakeIndexedDB, IDBKeyRange: FakeKeyRange, now: () => NOW });
}

async function seedInstagram(): Promise<void> {
  const memory = await open();
  await memory.recordSend({
    sendKey: 'ig-1',
    platform: 'instagram',
    composerKind: 'direct-message',
    customer: { handle: 'maya.p', displayName: 'Maya Patel' },
    threadUrl: 'https://www.instagram.com/direct/t/1/',
    theirMessage: 'My parcel #48213 is late',
    ourReply: 'Hi Maya, I have chased the courier for #48213 and will update you tomorrow.',
    intent: 'delivery',
    intensity: 'annoyed',
    topic: 'parcel delayed',
    at: NOW - 2 * DAY,
    packId: 'acme-care',
    packVersion: '1.0.0',
    findings: [],
    suggestion: 'edited',
  });
  memory.close();
}

function follow(context: ComposerContext = xContext): void {
  store.getState().followComposer({ tabId: 3, composerId: 'c1', context }, '');
}

function view() {
  const state = store.getState();
  return memoryCardView({
    status: state.memory,
    record: selectCustomerRecord(state),
    pendingLink: state.pendingLink,
    lastLink: state.lastLink,
    platform: 'x',
    now: NOW,
    language: 'en',
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  name = `panel-memory-${++databases}`;
  store = createReplykitStore();
});

afterEach(() => {
  sync?.stop();
  sync = undefined;
});

describe('customer memory in the panel', () => {
  it('a person never replied to: first contact, no history, nothing to suggest', async () => {
    sync = setupMemorySync(store, { open, now: () => NOW });
    follow();
    expect(store.getState().memory.state).toBe('loading');
    expect(view().summary).toBe('Looking up earlier conversations…');
    await expect.poll(() => store.getState().memory.state).toBe('ready');
    expect(view()).toMatchObject({ summary: 'First contact', earlier: [], suggestions: [] });
    expect(composeRequestOf(store.getState())!.input.history).toEqual({
      conversations: 0,
      unresolved: 0,
    });
  });

  it('suggests the Instagram account of a new X account, links it, and the history follows', async () => {
    await seedInstagram();
    sync = setupMemorySync(store, { open, now: () => NOW });
    follow();
    await expect.poll(() => store.getState().memory.state).toBe('ready');
    const card = view();
    expect(card.summary).toBe('First contact');
    expect(card.suggestions).toHaveLength(1);
    expect(card.suggestions[0]!.who).toBe('Maya Patel (@maya.p) on Instagram');
    expect(card.suggestions[0]!.evidence).toEqual(
      expect.arrayContaining([
        'Same display name “Maya Patel” on X and Instagram',
        'Same order number #48213 on X and Instagram',
      ]),
    );

    await sync.link(card.suggestions[0]!.suggestion);
    const linked = view();
    expect(linked.summary).toBe(
      'Returning · 1 conversation · last on Instagram 2 days ago: parcel delayed',
    );
    expect(linked.linked).toMatch(/^Linked with Maya Patel/);
    expect(linked.suggestions).toEqual([]);
    expect(linked.earlier).toHaveLength(1);
    expect(linked.earlier[0]).toMatchObject({
      theirMessage: 'My parcel #48213 is late',
      ourReply: expect.stringContaining('chased the courier'),
    });
    const history = composeRequestOf(store.getState())!.input.history!;
    expect(history).toMatchObject({
      conversations: 1,
      unresolved: 1,
      last: { platform: 'instagram', intent: 'delivery', topic: 'parcel delayed' },
    });
    // The link goes to the background with the next send, which records the X account.
    expect(composeContextReport(store.getState(), [])!.link).toMatchObject({
      identityId: 'instagram:@maya.p',
      confirmedBy: 'you',
    });

    await sync.undoLink();
    expect(view().summary).toBe('First contact');
    expect(composeContextReport(store.getState(), [])!.link).toBeUndefined();
  });

  it('links two known accounts in memory, marks the latest solved, and undoes the link', async () => {
    await seedInstagram();
    const memory = await open();
    await memory.recordSend({
      sendKey: 'x-1',
      platform: 'x',
      composerKind: 'reply',
      customer: xContext.customer,
      ourReply: 'Hi Maya, looking into it now.',
      at: NOW - DAY,
      packId: '',
      packVersion: '',
      findings: [],
      suggestion: 'not-used',
    });
    memory.close();
    store.getState().setAgentInitials('AB');
    sync = setupMemorySync(store, { open, now: () => NOW });
    follow();
    await expect.poll(() => store.getState().memory.state).toBe('ready');
    expect(view().summary).toBe('Returning · 1 conversation · last on X yesterday');
    await sync.link(view().suggestions[0]!.suggestion);
    expect(view().summary).toMatch(/^Returning · 2 conversations · last on X yesterday/);
    expect(view().linked).toBe(
      'Linked with Maya Patel. Their earlier conversations are shown here.',
    );
    const latest = view().latest!;
    expect(latest.resolved).toBe(true);
    await sync.setResolved(view().earlier[1]!.id, true);
    expect(view().unresolved).toBeUndefined();
    await sync.undoLink();
    expect(view().summary).toBe('Returning · 1 conversation · last on X yesterday');
    expect(view().suggestions).toHaveLength(1);
  });

  it('memory unavailable: the card says so, suggestions still get their request', async () => {
    sync = setupMemorySync(store, {
      open: () => Promise.reject(new MemoryError('unavailable')),
      now: () => NOW,
    });
    follow();
    await expect.poll(() => store.getState().memory.state).toBe('failed');
    expect(view().problem).toBe(
      'Customer memory is unavailable in this window (private mode or storage turned off): replies are not remembered.',
    );
    const request = composeRequestOf(store.getState());
    expect(request).not.toBeNull();
    expect(request!.input.history).toBeUndefined();
  });

  it('feeds memory’s replies to others into the check, once each', async () => {
    await seedInstagram();
    sync = setupMemorySync(store, { open, now: () => NOW });
    follow({ ...xContext, customer: { handle: 'sam_r', displayName: 'Sam R' } });
    await expect.poll(() => store.getState().memory.state).toBe('ready');
    store.getState().setRecentReplies([
      {
        text: 'Hi Maya, I have chased the courier for #48213 and will update you tomorrow.',
        platform: 'instagram',
        customer: 'maya.p',
        at: NOW,
      },
    ]);
    expect(composeRequestOf(store.getState())!.input.recentReplies).toEqual([
      'Hi Maya, I have chased the courier for #48213 and will update you tomorrow.',
    ]);
  });
});
