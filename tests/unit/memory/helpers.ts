import { indexedDB as fakeIndexedDB, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { openMemory, type CustomerMemory, type SendRecord } from '../../../lib/memory';

let counter = 0;

/** A fresh database per call: fake IndexedDB shared by name, so two opens of one name share it. */
export function uniqueName(label: string): string {
  counter++;
  return `memory-test-${label}-${counter}-${Math.random().toString(36).slice(2)}`;
}

/** A clock that moves one second per reading, so every write has its own time. */
export function tickingClock(start = Date.UTC(2025, 5, 1, 9)): () => number {
  let now = start;
  return () => (now += 1000);
}

export function sequentialIds(prefix = 'id'): () => string {
  let next = 0;
  return () => `${prefix}-${String(++next).padStart(5, '0')}`;
}

export async function openTestMemory(
  label: string,
  options: { name?: string; now?: () => number } = {},
): Promise<CustomerMemory> {
  return openMemory({
    name: options.name ?? uniqueName(label),
    indexedDB: fakeIndexedDB,
    IDBKeyRange: FakeKeyRange,
    now: options.now ?? tickingClock(),
    newId: sequentialIds(label),
  });
}

export function send(overrides: Partial<SendRecord> & { sendKey: string }): SendRecord {
  return {
    platform: 'x',
    composerKind: 'reply',
    customer: { handle: 'maya_p', displayName: 'Maya Patel' },
    ourReply: 'Sorry about that, Maya. Could you DM us your order number?',
    at: Date.UTC(2025, 5, 1, 10),
    packId: 'default',
    packVersion: '1.0.0',
    findings: [],
    suggestion: 'edited',
    ...overrides,
  };
}
