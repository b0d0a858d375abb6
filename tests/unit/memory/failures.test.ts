import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { IDBObjectStore as FakeObjectStore, indexedDB as fakeIndexedDB } from 'fake-indexeddb';
import { MemoryError, openMemory, type CustomerMemory } from '../../../lib/memory';
import { toMemoryError } from '../../../lib/memory/errors';
import { openTestMemory, send, uniqueName } from './helpers';

async function everything(memory: CustomerMemory) {
  const { exportedAt: _exportedAt, ...rest } = await memory.exportBackup();
  return rest;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('nothing is half-written', () => {
  it('a send whose interaction cannot be stored leaves no contact or identity behind', async () => {
    const memory = await openTestMemory('hostile');
    await memory.recordSend(send({ sendKey: 'ok' }));
    const before = await everything(memory);
    // A function cannot be stored (DataCloneError) — raised after the new contact and identity
    // were written in the same transaction.
    const hostile = send({
      sendKey: 'bad',
      customer: { handle: 'new_person' },
      theirMessage: (() => 'not data') as unknown as string,
    });
    const error = await memory.recordSend(hostile).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MemoryError);
    expect(await everything(memory)).toEqual(before);
    expect(await memory.lookup('x', { handle: 'new_person' })).toBeNull();
    memory.close();
  });

  it('a full disk during a link is reported as quota, and the link is not half-applied', async () => {
    const memory = await openTestMemory('quota');
    await memory.recordSend(send({ sendKey: 'a' }));
    await memory.recordSend(send({ sendKey: 'b', platform: 'instagram' }));
    await memory.updateContact(
      (await memory.lookup('instagram', { handle: 'maya_p' }))!.contact.id,
      {
        notes: 'kept',
      },
    );
    const before = await everything(memory);
    const realAdd = FakeObjectStore.prototype.add;
    // The link record is the last write of the transaction: identities and contacts already moved.
    vi.spyOn(FakeObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      if (this.name === 'links')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realAdd.apply(this, args);
    });
    const error = await memory
      .link(['x:@maya_p', 'instagram:@maya_p'], [], 'you')
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'quota', message: expect.stringMatching(/full/) });
    vi.restoreAllMocks();
    expect(await everything(memory)).toEqual(before);
    memory.close();
  });

  it('an import that fails half-way (disk full at the last table) changes nothing', async () => {
    const memory = await openTestMemory('import-fail');
    await memory.recordSend(send({ sendKey: 'a' }));
    await memory.recordSend(send({ sendKey: 'b', platform: 'instagram' }));
    await memory.link(['x:@maya_p', 'instagram:@maya_p'], [], 'you');
    const backup = await memory.exportBackup();
    await memory.recordSend(send({ sendKey: 'c', platform: 'bluesky' }));
    const before = await everything(memory);
    const realAdd = FakeObjectStore.prototype.add;
    vi.spyOn(FakeObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      if (this.name === 'links') throw new DOMException('full', 'QuotaExceededError');
      return realAdd.apply(this, args);
    });
    // Replace clears every table and writes contacts, identities and interactions before links.
    await expect(memory.importBackup(backup, 'replace')).rejects.toMatchObject({ kind: 'quota' });
    vi.restoreAllMocks();
    expect(await everything(memory)).toEqual(before);
    memory.close();
  });

  it('an invalid file is refused before anything is written, naming what and where', async () => {
    const memory = await openTestMemory('import-invalid');
    await memory.recordSend(send({ sendKey: 'a' }));
    const before = await everything(memory);
    const backup = await memory.exportBackup();
    const broken = {
      ...backup,
      interactions: [{ ...backup.interactions[0]!, platform: 'myspace' }],
    };
    const error = await memory.importBackup(broken, 'replace').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MemoryError);
    expect(error).toMatchObject({
      kind: 'invalid-import',
      message: expect.stringContaining('interactions[0].platform'),
      problems: expect.arrayContaining([
        expect.objectContaining({ path: 'interactions[0].platform' }),
      ]),
    });
    await expect(memory.importBackup('not a backup', 'merge')).rejects.toMatchObject({
      kind: 'invalid-import',
    });
    expect(await everything(memory)).toEqual(before);
    memory.close();
  });
});

describe('storage failures have a kind and a message a person can act on', () => {
  it('maps Dexie and DOM errors, looking inside wrapped ones', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(toMemoryError(quota).kind).toBe('quota');
    expect(toMemoryError(new Dexie.AbortError('aborted', quota)).kind).toBe('quota');
    expect(toMemoryError(new Dexie.VersionError('newer')).kind).toBe('version');
    expect(toMemoryError(new Dexie.MissingAPIError('no idb')).kind).toBe('unavailable');
    expect(toMemoryError(new Dexie.DatabaseClosedError('closed')).kind).toBe('unavailable');
    expect(toMemoryError(new Error('disk on fire'))).toMatchObject({
      kind: 'unknown',
      message: 'Customer memory failed: disk on fire',
    });
    const own = new MemoryError('conflict', 'no');
    expect(toMemoryError(own)).toBe(own);
  });

  it('no IndexedDB at all (private mode) → unavailable', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(openMemory({ name: uniqueName('none') })).rejects.toMatchObject({
      kind: 'unavailable',
      message: expect.stringMatching(/private window/),
    });
  });

  it('IndexedDB that refuses to open (Firefox private mode, policy) → unavailable', async () => {
    const refusing = {
      open() {
        throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    await expect(
      openMemory({ name: uniqueName('refusing'), indexedDB: refusing }),
    ).rejects.toMatchObject({
      kind: 'unavailable',
    });
  });

  it('a database written by a newer version → version', async () => {
    const name = uniqueName('newer');
    await new Promise<void>((resolve, reject) => {
      const request = fakeIndexedDB.open(name, 990);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    await expect(openMemory({ name, indexedDB: fakeIndexedDB })).rejects.toMatchObject({
      kind: 'version',
      message: expect.stringMatching(/newer version/),
    });
  });

  it('an upgrade blocked by another open connection → blocked', async () => {
    const name = uniqueName('blocked');
    // An older connection (IndexedDB version 1, below Dexie's 10) that ignores versionchange,
    // like a tab of an older Replykit still open.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = fakeIndexedDB.open(name, 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await expect(openMemory({ name, indexedDB: fakeIndexedDB })).rejects.toMatchObject({
      kind: 'blocked',
      message: expect.stringMatching(/another open Replykit tab/),
    });
    old.close();
  });
});
