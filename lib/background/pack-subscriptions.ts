import { browser } from 'wxt/browser';
import { uiLanguage } from '../i18n';
import { onMessage, type SubscriptionCheckOutcome } from '../messaging/protocol';
import { fetchPack, type FetchFn, type FetchResult, type Validators } from '../packs/fetch-pack';
import type {
  ManagedPolicy,
  PackEntryId,
  PackLibrary,
  SubscriptionEntry,
  SubscriptionState,
  SubscriptionStates,
} from '../packs/types';
import { evaluateUpdate } from '../packs/update';
import { readManagedPolicy, watchManagedPolicy } from '../settings/managed-policy';
import { packLibrary, packSubscriptions } from '../settings/team-pack';

export const SUBSCRIPTIONS_ALARM = 'pack-subscriptions';
const DEFAULT_INTERVAL_HOURS = 24;

export interface PackSubscriptionsOptions {
  /** The network, for tests; the global fetch otherwise. */
  fetch?: FetchFn;
  now?: () => number;
}

type Download = (url: string, validators: Validators) => Promise<FetchResult>;

function subscriptionsOf(library: PackLibrary): SubscriptionEntry[] {
  return library.entries.filter(
    (entry): entry is SubscriptionEntry => entry.kind === 'subscription',
  );
}

/** The state after one check of `entry`, and what happened. */
async function checkedState(
  entry: SubscriptionEntry,
  state: SubscriptionState,
  fetchFn: Download,
  now: number,
): Promise<{ state: SubscriptionState; outcome: SubscriptionCheckOutcome }> {
  const base = { entry: entry.id };
  // For a pinned entry these belong to the version waiting, so a 304 means it still waits.
  const validators: Validators =
    state.etag || state.lastModified
      ? {
          ...(state.etag ? { etag: state.etag } : {}),
          ...(state.lastModified ? { lastModified: state.lastModified } : {}),
        }
      : {};
  // Without a text in use there is nothing a 304 could confirm.
  const fetched = await fetchFn(entry.url, state.text === undefined ? {} : validators);
  const next: SubscriptionState = { ...state, checkedAt: now };
  if (fetched.kind === 'not-modified') {
    delete next.failure;
    return { state: next, outcome: { ...base, result: 'unchanged' } };
  }
  if (fetched.kind === 'failed') {
    next.failure = { at: now, ...fetched.failure };
    return { state: next, outcome: { ...base, result: 'failed', failure: fetched.failure.kind } };
  }
  const evaluation = evaluateUpdate(state.text, fetched.text, { now, locale: uiLanguage() });
  if (!evaluation.ok) {
    next.failure = evaluation.failure;
    return {
      state: next,
      outcome: { ...base, result: 'failed', failure: evaluation.failure.kind },
    };
  }
  delete next.failure;
  const validatorsOf = (target: SubscriptionState) => {
    delete target.etag;
    delete target.lastModified;
    if (fetched.etag) target.etag = fetched.etag;
    if (fetched.lastModified) target.lastModified = fetched.lastModified;
  };
  validatorsOf(next);
  if (!evaluation.changed) {
    // The server went back to the version in use: nothing waits any more.
    delete next.available;
    next.text = evaluation.text;
    return { state: next, outcome: { ...base, result: 'unchanged' } };
  }
  if (entry.pinned && state.text !== undefined) {
    next.available = { ...evaluation.report, text: evaluation.text };
    return {
      state: next,
      outcome: { ...base, result: 'available', version: evaluation.pack.version },
    };
  }
  next.text = evaluation.text;
  next.lastChange = evaluation.report;
  delete next.available;
  return { state: next, outcome: { ...base, result: 'updated', version: evaluation.pack.version } };
}

/** The state with the waiting version in use. */
export function withAvailableApplied(state: SubscriptionState): SubscriptionState {
  if (state.available === undefined) return state;
  const { text, ...report } = state.available;
  const next: SubscriptionState = { ...state, text, lastChange: report };
  delete next.available;
  return next;
}

/**
 * Keeps subscribed packs current: every entry on an alarm (daily, or the administrator's
 * interval), a new subscription at once, any on request from the options page or the panel.
 * The background is the only writer of `packSubscriptions`; one queue runs every check and
 * every write, so two never interleave. Network access only to subscribed URLs.
 */
export function setupPackSubscriptions(options: PackSubscriptionsOptions = {}) {
  const network = options.fetch;
  const fetchFn: Download = (url, validators) => fetchPack(url, validators, network);
  const now = options.now ?? Date.now;

  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job);
    queue = run.catch((error: unknown) =>
      console.error('Replykit: pack subscription check failed', error),
    );
    return run;
  };

  const update = async (edit: (states: SubscriptionStates) => SubscriptionStates) => {
    await packSubscriptions.setValue(edit(await packSubscriptions.getValue()));
  };

  const checkOne = async (id: PackEntryId): Promise<SubscriptionCheckOutcome | undefined> => {
    const entry = subscriptionsOf(await packLibrary.getValue()).find((e) => e.id === id);
    if (entry === undefined) return undefined;
    const states = await packSubscriptions.getValue();
    const { state, outcome } = await checkedState(entry, states[id] ?? {}, fetchFn, now());
    // The entry may have been removed while the server answered.
    const still = subscriptionsOf(await packLibrary.getValue()).some((e) => e.id === id);
    if (still) await update((current) => ({ ...current, [id]: state }));
    return outcome;
  };

  /** Checks one entry, or all; resolves with what happened to each, in library order. */
  const check = (entry?: PackEntryId): Promise<SubscriptionCheckOutcome[]> =>
    enqueue(async () => {
      const ids = subscriptionsOf(await packLibrary.getValue())
        .map((e) => e.id)
        .filter((id) => entry === undefined || id === entry);
      const outcomes: SubscriptionCheckOutcome[] = [];
      for (const id of ids) {
        const outcome = await checkOne(id);
        if (outcome) outcomes.push(outcome);
      }
      return outcomes;
    });

  const applyAvailable = (id: PackEntryId): Promise<boolean> =>
    enqueue(async () => {
      const states = await packSubscriptions.getValue();
      const state = states[id];
      if (state?.available === undefined) return false;
      await update((current) => ({ ...current, [id]: withAvailableApplied(state) }));
      return true;
    });

  /** Drops states of removed entries, applies what waits for an unpinned one, checks new ones. */
  const reconcile = (library: PackLibrary, previous: PackLibrary | null) =>
    enqueue(async () => {
      const entries = subscriptionsOf(library);
      const before = new Map(
        (previous === null ? [] : subscriptionsOf(previous)).map((e) => [e.id, e]),
      );
      const states = await packSubscriptions.getValue();
      const kept: SubscriptionStates = {};
      let changed = false;
      for (const [id, state] of Object.entries(states)) {
        const entry = entries.find((e) => e.id === id);
        if (entry === undefined) {
          changed = true;
          continue;
        }
        // Unpinning takes the waiting version at once: that is what "stop holding" means.
        if (!entry.pinned && state.available !== undefined) {
          kept[id] = withAvailableApplied(state);
          changed = true;
        } else kept[id] = state;
      }
      if (changed) await packSubscriptions.setValue(kept);
      return entries
        .filter((entry) => {
          const old = before.get(entry.id);
          const fresh = previous !== null && (old === undefined || old.url !== entry.url);
          return fresh || kept[entry.id]?.checkedAt === undefined;
        })
        .map((entry) => entry.id);
    }).then((fresh) => Promise.all(fresh.map((id) => check(id))));

  const schedule = async (policy: ManagedPolicy) => {
    const period = (policy.checkIntervalHours ?? DEFAULT_INTERVAL_HOURS) * 60;
    const existing = await browser.alarms.get(SUBSCRIPTIONS_ALARM);
    // Created once per interval: a worker restart must not postpone the next check.
    if (existing?.periodInMinutes !== period)
      await browser.alarms.create(SUBSCRIPTIONS_ALARM, {
        delayInMinutes: period,
        periodInMinutes: period,
      });
  };

  // Nobody waits for these: a failure is logged, not left as an unhandled rejection.
  const logged = (work: Promise<unknown>) =>
    void work.catch((error: unknown) => console.error('Replykit: pack subscriptions', error));
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === SUBSCRIPTIONS_ALARM) logged(check());
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  const stopChecks = onMessage('checkPackSubscriptions', ({ data }) => check(data.entry));
  const stopApply = onMessage('applyAvailable', ({ data }) => applyAvailable(data.entry));
  const unwatchLibrary = packLibrary.watch((next, previous) => {
    logged(reconcile(next, previous ?? null));
  });
  const unwatchPolicy = watchManagedPolicy((policy) => {
    logged(schedule(policy));
  });
  const ready = Promise.all([
    readManagedPolicy().then(schedule),
    packLibrary.getValue().then((library) => reconcile(library, null)),
  ]).then(
    () => undefined,
    (error: unknown) => console.error('Replykit: pack subscriptions', error),
  );

  return {
    check,
    applyAvailable,
    /** Settles when the schedule is set and never checked entries have been checked once. */
    ready,
    stop: () => {
      browser.alarms.onAlarm.removeListener(onAlarm);
      stopChecks();
      stopApply();
      unwatchLibrary();
      unwatchPolicy();
    },
  };
}
