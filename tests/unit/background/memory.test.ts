import { indexedDB as fakeIndexedDB, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  composerMemoryState,
  createMemoryRecorder,
  setupMemoryRetention,
  suggestionUse,
  type MemoryRecorderOptions,
} from '../../../lib/background/memory';
import { MemoryError, openMemory, type CustomerMemory } from '../../../lib/memory';
import type {
  ComposeContextReport,
  MemoryProblemReport,
  ReplySent,
} from '../../../lib/messaging/protocol';
import { memoryRetentionDays } from '../../../lib/settings/memory-retention';
import type { ComposerContext } from '../../../lib/sites/types';

const DAY = 24 * 60 * 60 * 1000;
let databases = 0;

function memoryNamed(name: string, now: () => number = Date.now): () => Promise<CustomerMemory> {
  return () => openMemory({ name, indexedDB: fakeIndexedDB, IDBKeyRange: FakeKeyRange, now });
}

const context: ComposerContext = {
  platform: 'instagram',
  kind: 'direct-message',
  layout: 'site',
  customer: { handle: 'maya.p', displayName: 'Maya Patel' },
  inReplyTo: 'My parcel #48213 is late again',
  earlier: [],
  threadUrl: 'https://www.instagram.com/direct/t/1/',
  own: {},
};

const REPLY = 'Hi Maya, I have checked #48213: it left our warehouse today and arrives on Friday.';

function sent(text = REPLY, composerId = 'c1'): ReplySent {
  return { composerId, text, context, via: 'button' };
}

function panelReport(overrides: Partial<ComposeContextReport> = {}): ComposeContextReport {
  return {
    tabId: 7,
    composerId: 'c1',
    customer: context.customer,
    threadUrl: context.threadUrl!,
    analysis: { intent: 'delivery', intensity: 'annoyed', topic: 'parcel delayed' },
    packId: 'acme-care',
    packVersion: '1.2.0',
    insertedSuggestion: REPLY,
    checked: { text: REPLY, findings: [{ ruleId: 'human.repeated-reply', severity: 'warning' }] },
    ...overrides,
  };
}

let name: string;
let problems: MemoryProblemReport[];
let recorded: string[];
let clock: number;

function recorder(options: Partial<MemoryRecorderOptions> = {}) {
  return createMemoryRecorder({
    open: memoryNamed(name),
    now: () => (clock += 1000),
    contextWait: 0,
    onProblem: (problem) => problems.push(problem),
    onRecorded: (identityId) => recorded.push(identityId),
    ...options,
  });
}

async function interactions() {
  const memory = await memoryNamed(name)();
  try {
    return (await memory.lookup('instagram', context.customer))?.interactions ?? [];
  } finally {
    memory.close();
  }
}

beforeEach(() => {
  fakeBrowser.reset();
  name = `background-memory-${++databases}`;
  problems = [];
  recorded = [];
  clock = Date.UTC(2026, 2, 1);
});

afterEach(() => fakeBrowser.reset());

describe('recording a send in the background', () => {
  it('records the send with what the panel knew: analysis, pack, findings, suggestion use', async () => {
    const r = recorder();
    await r.composeContext(panelReport());
    await r.replySent(7, sent());
    const [interaction, ...rest] = await interactions();
    expect(rest).toEqual([]);
    expect(interaction).toMatchObject({
      identityId: 'instagram:@maya.p',
      platform: 'instagram',
      composerKind: 'direct-message',
      threadUrl: context.threadUrl,
      theirMessage: 'My parcel #48213 is late again',
      ourReply: REPLY,
      intent: 'delivery',
      intensity: 'annoyed',
      topic: 'parcel delayed',
      packId: 'acme-care',
      packVersion: '1.2.0',
      findings: [{ ruleId: 'human.repeated-reply', severity: 'warning' }],
      suggestion: 'as-is',
      sendKey: `7:c1:${interaction!.at}`,
    });
    expect(recorded).toEqual(['instagram:@maya.p']);
    expect(problems).toEqual([]);
  });

  it('records one send reported twice (two listeners, a retry) once', async () => {
    const r = recorder();
    await Promise.all([r.replySent(7, sent()), r.replySent(7, sent())]);
    await r.replySent(7, sent());
    expect(await interactions()).toHaveLength(1);
  });

  it('records two real sends of the same text twice: a new draft came in between', async () => {
    const r = recorder();
    await r.replySent(7, sent('Thanks Maya, glad it arrived in one piece!'));
    await r.draftSeen(7, 'c1', '');
    await r.draftSeen(7, 'c1', 'Thanks Maya, glad it arrived in one piece!');
    await r.replySent(7, sent('Thanks Maya, glad it arrived in one piece!'));
    // The same composer id in another tab is another composer.
    await r.replySent(8, sent('Thanks Maya, glad it arrived in one piece!'));
    const all = await interactions();
    expect(all).toHaveLength(3);
    expect(new Set(all.map((i) => i.sendKey)).size).toBe(3);
  });

  it('loses nothing when sends from two tabs are written at once', async () => {
    const r = recorder();
    await Promise.all([
      r.replySent(7, sent()),
      r.replySent(8, sent('Hi Maya, the courier confirmed delivery for tomorrow morning.')),
      r.replySent(7, sent('Hi Maya, and the refund for the shipping is on its way.', 'c2')),
    ]);
    expect((await interactions()).map((i) => i.ourReply).sort()).toEqual(
      [
        REPLY,
        'Hi Maya, and the refund for the shipping is on its way.',
        'Hi Maya, the courier confirmed delivery for tomorrow morning.',
      ].sort(),
    );
  });

  it('keeps the compose context across a service worker restart', async () => {
    const first = recorder();
    await first.composeContext(panelReport({ insertedSuggestion: 'Hi Maya, it ships today.' }));
    await first.flushed();
    expect(Object.keys((await composerMemoryState.getValue()).contexts)).toEqual(['7:c1']);
    // A new worker: nothing in memory but what session storage kept.
    const second = recorder();
    await second.replySent(7, sent());
    const [interaction] = await interactions();
    expect(interaction).toMatchObject({
      intent: 'delivery',
      packId: 'acme-care',
      topic: 'parcel delayed',
    });
    expect(interaction!.suggestion).toBe('not-used');
  });

  it('keeps a send reported again after a restart as one interaction', async () => {
    const first = recorder();
    await first.replySent(7, sent());
    await first.flushed();
    await recorder().replySent(7, sent());
    expect(await interactions()).toHaveLength(1);
  });

  it('waits for the panel’s check of the sent text when the send is reported first', async () => {
    const r = recorder({ contextWait: 5000 });
    await r.composeContext(panelReport({ checked: { text: 'Hi Maya', findings: [] } }));
    const recording = r.replySent(7, sent());
    await r.composeContext(panelReport());
    await recording;
    const [interaction] = await interactions();
    expect(interaction!.findings).toEqual([
      { ruleId: 'human.repeated-reply', severity: 'warning' },
    ]);
  });

  it('without a panel: no reading, no pack, no findings, suggestion not used', async () => {
    await recorder().replySent(7, sent());
    const [interaction] = await interactions();
    expect(interaction).toMatchObject({
      packId: '',
      packVersion: '',
      findings: [],
      suggestion: 'not-used',
    });
    expect(interaction!.intent).toBeUndefined();
    expect(interaction!.topic).toBeUndefined();
  });

  it('ignores a report about someone else (a box with the same id after a page load)', async () => {
    const r = recorder();
    await r.composeContext(panelReport({ customer: { handle: 'sam.r' } }));
    await r.replySent(7, sent());
    const [interaction] = await interactions();
    expect(interaction!.packId).toBe('');
    expect(interaction!.intent).toBeUndefined();
  });

  it('forgets a closed tab’s composers', async () => {
    const r = recorder();
    await r.composeContext(panelReport());
    await r.composeContext(panelReport({ tabId: 8 }));
    await r.tabClosed(7);
    await r.flushed();
    expect(Object.keys((await composerMemoryState.getValue()).contexts)).toEqual(['8:c1']);
  });

  it('tells the panel when memory is unavailable, and throws nothing', async () => {
    const r = recorder({
      open: () => Promise.reject(new MemoryError('unavailable')),
    });
    await expect(r.replySent(7, sent())).resolves.toBeUndefined();
    expect(problems).toEqual([
      { kind: 'unavailable', message: new MemoryError('unavailable').message, during: 'record' },
    ]);
    // Opened again for the next send, which works once IndexedDB is there.
    const again = recorder();
    await again.replySent(7, sent('Hi Maya, all sorted now?'));
    expect(await interactions()).toHaveLength(1);
  });

  it('does not record a send to nobody (no handle, no name)', async () => {
    const r = recorder();
    await r.replySent(7, { ...sent(), context: { ...context, customer: {} } });
    expect(problems).toEqual([]);
    expect(recorded).toEqual([]);
  });
});

describe('suggestion use', () => {
  const suggestion = 'Hi Maya, your replacement kettle ships today and arrives on Friday.';
  it('as-is, whitespace aside', () => {
    expect(suggestionUse(` ${suggestion.replace(' ships', '\n ships')} `, suggestion)).toBe(
      'as-is',
    );
  });
  it('edited when most of it stayed', () => {
    expect(
      suggestionUse(
        'Hi Maya, your replacement kettle ships today and arrives on Friday. Sorry!',
        suggestion,
      ),
    ).toBe('edited');
  });
  it('not used when the text is another one, or nothing was inserted', () => {
    expect(suggestionUse('Hi Maya, could you DM us your order number?', suggestion)).toBe(
      'not-used',
    );
    expect(suggestionUse(suggestion, undefined)).toBe('not-used');
  });
});

describe('retention on a schedule', () => {
  it('creates one daily alarm and deletes interactions older than the setting', async () => {
    const now = Date.UTC(2026, 2, 1);
    const open = memoryNamed(name, () => now);
    const seed = await open();
    for (const [i, age] of [400, 10].entries()) {
      await seed.recordSend({
        sendKey: `k${i}`,
        platform: 'x',
        composerKind: 'reply',
        customer: { handle: 'maya_p' },
        ourReply: `Reply ${i}`,
        at: now - age * DAY,
        packId: '',
        packVersion: '',
        findings: [],
        suggestion: 'not-used',
      });
    }
    seed.close();
    let memory: Promise<CustomerMemory> | undefined;
    const retention = setupMemoryRetention({ memory: () => (memory ??= open()) }, (p) =>
      problems.push(p),
    );
    await expect
      .poll(() => fakeBrowser.alarms.get('memory-retention'))
      .toMatchObject({
        periodInMinutes: 24 * 60,
      });
    expect(await retention.run()).toBe(1);
    await memoryRetentionDays.setValue(0);
    expect(await retention.run()).toBe(0);
    const left = await (await open()).lookup('x', { handle: 'maya_p' });
    expect(left!.interactions.map((i) => i.ourReply)).toEqual(['Reply 1']);
    expect(problems).toEqual([]);
  });
});
