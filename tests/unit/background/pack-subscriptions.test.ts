import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  setupPackSubscriptions,
  SUBSCRIPTIONS_ALARM,
} from '../../../lib/background/pack-subscriptions';
import { addSubscription, removeEntry, withPinned } from '../../../lib/packs/library';
import type { PackLibrary } from '../../../lib/packs/types';
import { packLibrary, packSubscriptions } from '../../../lib/settings/team-pack';
import { json, V1, V2, V3_BROKEN, V4_FAILING } from '../packs/subscription-packs';

const URL_ = 'https://packs.example.com/acme.json';
const T0 = Date.UTC(2026, 0, 5, 9);

/** One pack file on a server that honours If-None-Match, counting what it was asked. */
function server() {
  const state = { body: json(V1), etag: '"1"', requests: [] as string[], notModified: 0 };
  const fetch = (url: string, init: RequestInit) => {
    state.requests.push(url);
    const asked = (init.headers as Record<string, string>)['If-None-Match'];
    if (asked === state.etag) {
      state.notModified++;
      return Promise.resolve(new Response(null, { status: 304 }));
    }
    return Promise.resolve(
      new Response(state.body, { status: 200, headers: { ETag: state.etag } }),
    );
  };
  const publish = (pack: unknown) => {
    state.body = json(pack);
    state.etag = `"${Number(state.etag.slice(1, -1)) + 1}"`;
  };
  return { state, fetch, publish };
}

let clock = T0;
let stops: (() => void)[] = [];

function start(fetch: ReturnType<typeof server>['fetch']) {
  const subscriptions = setupPackSubscriptions({ fetch, now: () => clock });
  stops.push(subscriptions.stop);
  return subscriptions;
}

async function subscribe(url = URL_): Promise<{ id: string; library: PackLibrary }> {
  const { library, id } = addSubscription(await packLibrary.getValue(), url);
  await packLibrary.setValue(library);
  return { id, library };
}

async function stateOf(id: string) {
  return (await packSubscriptions.getValue())[id];
}

beforeEach(() => {
  fakeBrowser.reset();
  clock = T0;
});
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
  fakeBrowser.reset();
});

describe('pack subscriptions in the background', () => {
  it('downloads a new subscription at once, then keeps the last good version through bad updates', async () => {
    const web = server();
    const bg = start(web.fetch);
    await bg.ready;
    const { id } = await subscribe();
    await expect.poll(async () => (await stateOf(id))?.text).toBe(json(V1));
    expect(await stateOf(id)).toEqual({
      text: json(V1),
      etag: '"1"',
      checkedAt: T0,
      lastChange: { at: T0, to: '1.0.0', changes: [] },
    });

    // Nothing new: the server answers 304 to the stored ETag.
    clock += 1000;
    expect(await bg.check()).toEqual([{ entry: id, result: 'unchanged' }]);
    expect(web.state.notModified).toBe(1);
    expect((await stateOf(id))?.checkedAt).toBe(T0 + 1000);

    web.publish(V2);
    clock += 1000;
    expect(await bg.check(id)).toEqual([{ entry: id, result: 'updated', version: '2.0.0' }]);
    const v2 = await stateOf(id);
    expect(v2?.text).toBe(json(V2));
    expect(v2?.etag).toBe('"2"');
    expect(v2?.lastChange).toEqual({
      at: T0 + 2000,
      from: '1.0.0',
      to: '2.0.0',
      changes: [
        'Version 1.0.0 → 2.0.0',
        'Product name added: “Kettle Pro”',
        'Banned term added: “ASAP” (say when)',
      ],
    });

    web.publish(V3_BROKEN);
    clock += 1000;
    expect(await bg.check()).toEqual([{ entry: id, result: 'failed', failure: 'invalid' }]);
    const v3 = await stateOf(id);
    expect(v3?.text).toBe(json(V2));
    expect(v3?.etag).toBe('"2"');
    expect(v3?.lastChange).toEqual(v2?.lastChange);
    expect(v3?.failure).toMatchObject({ at: T0 + 3000, kind: 'invalid', version: '3.0' });
    expect(v3?.failure?.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['version', 'overrides["brand.no-such-rule"]']),
    );

    web.publish(V4_FAILING);
    clock += 1000;
    expect(await bg.check()).toEqual([{ entry: id, result: 'failed', failure: 'tests' }]);
    const v4 = await stateOf(id);
    expect(v4?.text).toBe(json(V2));
    expect(v4?.failure).toMatchObject({
      kind: 'tests',
      version: '4.0.0',
      problems: [{ path: 'examples[0]' }],
    });

    // The server goes back to v2: the failure is cleared, v2 stays.
    web.publish(V2);
    expect(await bg.check()).toEqual([{ entry: id, result: 'unchanged' }]);
    expect((await stateOf(id))?.failure).toBeUndefined();
    expect((await stateOf(id))?.text).toBe(json(V2));
    expect(new Set(web.state.requests)).toEqual(new Set([URL_]));
  });

  it('keeps a pinned version and offers the newer one; applying or unpinning takes it', async () => {
    const web = server();
    const bg = start(web.fetch);
    const { id } = await subscribe();
    await expect.poll(async () => (await stateOf(id))?.text).toBe(json(V1));
    await packLibrary.setValue(withPinned(await packLibrary.getValue(), id, true));

    web.publish(V2);
    expect(await bg.check()).toEqual([{ entry: id, result: 'available', version: '2.0.0' }]);
    const pinned = await stateOf(id);
    expect(pinned?.text).toBe(json(V1));
    expect(pinned?.available).toMatchObject({ from: '1.0.0', to: '2.0.0', text: json(V2) });
    expect(pinned?.available?.changes).toContain('Banned term added: “ASAP” (say when)');
    // Asked again, the waiting version is confirmed by a 304.
    expect(await bg.check()).toEqual([{ entry: id, result: 'unchanged' }]);
    expect((await stateOf(id))?.available?.to).toBe('2.0.0');

    expect(await bg.applyAvailable(id)).toBe(true);
    const applied = await stateOf(id);
    expect(applied?.text).toBe(json(V2));
    expect(applied?.available).toBeUndefined();
    expect(applied?.lastChange).toMatchObject({ from: '1.0.0', to: '2.0.0' });
    expect(await bg.applyAvailable(id)).toBe(false);

    // Still pinned: v2.1 waits; unpinning takes it at once.
    web.publish({ ...V2, version: '2.1.0', vocabulary: { ...V2.vocabulary, terms: [] } });
    expect((await bg.check())[0]?.result).toBe('available');
    await packLibrary.setValue(withPinned(await packLibrary.getValue(), id, false));
    await expect.poll(async () => (await stateOf(id))?.lastChange?.to).toBe('2.1.0');
    expect((await stateOf(id))?.available).toBeUndefined();
  });

  it('drops the state of a removed subscription, and checks only subscribed URLs', async () => {
    const web = server();
    start(web.fetch);
    const a = await subscribe('https://a.example.com/p.json');
    const b = await subscribe('http://127.0.0.1:8080/p.json');
    await expect
      .poll(async () => Object.keys(await packSubscriptions.getValue()).sort())
      .toEqual([a.id, b.id].sort());
    await packLibrary.setValue(removeEntry(await packLibrary.getValue(), a.id));
    await expect.poll(async () => Object.keys(await packSubscriptions.getValue())).toEqual([b.id]);
    expect(new Set(web.state.requests)).toEqual(
      new Set(['https://a.example.com/p.json', 'http://127.0.0.1:8080/p.json']),
    );
  });

  it('checks every subscription on a daily alarm', async () => {
    const web = server();
    const bg = start(web.fetch);
    await bg.ready;
    expect(await fakeBrowser.alarms.get(SUBSCRIPTIONS_ALARM)).toMatchObject({
      periodInMinutes: 24 * 60,
    });
    const { id } = await subscribe();
    await expect.poll(async () => (await stateOf(id))?.text).toBe(json(V1));
    web.publish(V2);
    await fakeBrowser.alarms.onAlarm.trigger({
      name: SUBSCRIPTIONS_ALARM,
      scheduledTime: clock,
      periodInMinutes: 24 * 60,
    });
    await expect.poll(async () => (await stateOf(id))?.lastChange?.to).toBe('2.0.0');
  });

  it('checks a subscription added while the worker slept when it starts', async () => {
    const web = server();
    const { id } = await subscribe();
    start(web.fetch);
    await expect.poll(async () => (await stateOf(id))?.text).toBe(json(V1));
  });
});

describe('the check interval', () => {
  it('follows the administrator’s checkIntervalHours, and changes with it', async () => {
    await fakeBrowser.storage.managed.set({ checkIntervalHours: 6 });
    const bg = start(server().fetch);
    await bg.ready;
    expect(await fakeBrowser.alarms.get(SUBSCRIPTIONS_ALARM)).toMatchObject({
      periodInMinutes: 6 * 60,
    });
    await fakeBrowser.storage.managed.set({ checkIntervalHours: 2 });
    await expect
      .poll(async () => (await fakeBrowser.alarms.get(SUBSCRIPTIONS_ALARM))?.periodInMinutes)
      .toBe(2 * 60);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });
});

describe('one check at a time', () => {
  it('runs checks one after another, so no write overwrites another', async () => {
    let inFlight = 0;
    let most = 0;
    const slow = async (_url: string, _init: RequestInit) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      return new Response(json(V1), { status: 200 });
    };
    const bg = start(slow);
    const a = await subscribe('https://a.example.com/p.json');
    const b = await subscribe('https://b.example.com/p.json');
    const outcomes = await Promise.all([bg.check(), bg.check(a.id), bg.check(b.id), bg.check()]);
    expect(most).toBe(1);
    expect(outcomes.flat().every((o) => o.result === 'updated' || o.result === 'unchanged')).toBe(
      true,
    );
    const states = await packSubscriptions.getValue();
    expect(Object.keys(states).sort()).toEqual([a.id, b.id].sort());
    expect(states[a.id]?.text).toBe(json(V1));
    expect(states[b.id]?.text).toBe(json(V1));
  });
});
