import { indexedDB as fakeIndexedDB, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setupMemoryRetention } from '../../../lib/background/memory';
import { openMemory, type CustomerMemory } from '../../../lib/memory';
import { memoryRetentionDays, retentionInForce } from '../../../lib/settings/memory-retention';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 2, 1);
let databases = 0;

async function seeded(ages: number[]): Promise<() => Promise<CustomerMemory>> {
  const name = `managed-retention-${++databases}`;
  const open = () =>
    openMemory({ name, indexedDB: fakeIndexedDB, IDBKeyRange: FakeKeyRange, now: () => NOW });
  const seed = await open();
  for (const [i, age] of ages.entries())
    await seed.recordSend({
      sendKey: `k${i}`,
      platform: 'x',
      composerKind: 'reply',
      customer: { handle: 'maya_p' },
      ourReply: `Reply ${age} days ago`,
      at: NOW - age * DAY,
      packId: '',
      packVersion: '',
      findings: [],
      suggestion: 'not-used',
    });
  seed.close();
  return open;
}

async function replies(open: () => Promise<CustomerMemory>): Promise<string[]> {
  const memory = await open();
  try {
    const found = await memory.lookup('x', { handle: 'maya_p' });
    return (found?.interactions ?? []).map((i) => i.ourReply).sort();
  } finally {
    memory.close();
  }
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => fakeBrowser.reset());

describe('retention under the administrator’s policy', () => {
  it('the policy’s retentionDays is the one in force, whatever the user set', () => {
    expect(retentionInForce(0, { retentionDays: 30 })).toBe(30);
    expect(retentionInForce(365, { retentionDays: 30 })).toBe(30);
    expect(retentionInForce(90, {})).toBe(90);
    expect(retentionInForce('corrupt', {})).toBe(365);
  });

  it('the daily run deletes by the policy’s days, even when the user chose to keep everything', async () => {
    const open = await seeded([100, 20, 5]);
    await memoryRetentionDays.setValue(0);
    await fakeBrowser.storage.managed.set({ retentionDays: 30 });
    let memory: Promise<CustomerMemory> | undefined;
    const retention = setupMemoryRetention({ memory: () => (memory ??= open()) }, () => {});
    expect(await retention.run()).toBe(1);
    expect(await replies(open)).toEqual(['Reply 20 days ago', 'Reply 5 days ago'].sort());

    await fakeBrowser.storage.managed.set({ retentionDays: 10 });
    expect(await retention.run()).toBe(1);
    expect(await replies(open)).toEqual(['Reply 5 days ago']);
    (await memory)?.close();
  });

  it('an invalid policy value is ignored: the user’s setting applies', async () => {
    const open = await seeded([100, 5]);
    await memoryRetentionDays.setValue(0);
    await fakeBrowser.storage.managed.set({ retentionDays: 'thirty' });
    let memory: Promise<CustomerMemory> | undefined;
    const retention = setupMemoryRetention({ memory: () => (memory ??= open()) }, () => {});
    expect(await retention.run()).toBe(0);
    expect(await replies(open)).toHaveLength(2);
    (await memory)?.close();
  });
});
