import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { readManagedPolicy, watchManagedPolicy } from '../../../lib/settings/managed-policy';
import type { ManagedPolicy } from '../../../lib/packs/types';

const none = { packUrls: [], lockPacks: false, problems: [] };

describe('readManagedPolicy', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads what the administrator set in storage.managed', async () => {
    await fakeBrowser.storage.managed.set({
      packUrls: ['https://it.example/voice.json'],
      lockPacks: true,
      retentionDays: 30,
    });
    expect(await readManagedPolicy()).toEqual({
      packUrls: ['https://it.example/voice.json'],
      lockPacks: true,
      retentionDays: 30,
      problems: [],
    });
  });

  it('no policy set is no policy', async () => {
    expect(await readManagedPolicy()).toEqual(none);
  });

  it('where the area throws (Firefox without policies.json) there is no policy, not an error', async () => {
    const firefox = {
      get: () => Promise.reject(new Error('Managed storage manifest not found')),
    };
    expect(await readManagedPolicy(firefox)).toEqual(none);
    const synchronous = {
      get: (): Promise<Record<string, unknown>> => {
        throw new Error('storage.managed is not available');
      },
    };
    expect(await readManagedPolicy(synchronous)).toEqual(none);
  });

  it('where the browser has no managed area at all there is no policy', async () => {
    expect(await readManagedPolicy(undefined)).toEqual(none);
  });
});

describe('watchManagedPolicy', () => {
  beforeEach(() => fakeBrowser.reset());

  it('hears the administrator change the policy, and stops when asked', async () => {
    const heard: ManagedPolicy[] = [];
    const stop = watchManagedPolicy((policy) => heard.push(policy));
    await fakeBrowser.storage.managed.set({ retentionDays: 7 });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    await expect.poll(() => heard.length).toBe(1);
    expect(heard[0]?.retentionDays).toBe(7);
    stop();
    await fakeBrowser.storage.managed.set({ retentionDays: 8 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(heard).toHaveLength(1);
  });
});
