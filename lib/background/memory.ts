import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { identityKey, openMemory, type CustomerMemory } from '../memory';
import type { SendRecord, SuggestionUse } from '../memory/types';
import { toMemoryError } from '../memory/errors';
import {
  onContentEvent,
  onMessage,
  sendToPanel,
  type ComposeContextReport,
  type MemoryProblemReport,
  type ReplySent,
} from '../messaging/protocol';
import { similarity } from '../rules/human/repeated-reply';
import { splitWords } from '../rules/text/words';
import { readManagedPolicy } from '../settings/managed-policy';
import { memoryRetentionDays, retentionInForce } from '../settings/memory-retention';
import type { PlatformId } from '../platforms';
import type { Person } from '../sites/types';

/** A sent text this close to the inserted suggestion (word pairs, as the repeated-reply rule counts) was edited from it. */
export const EDITED_SIMILARITY = 0.5;

/**
 * How long a send waits for the panel's report on the text that was sent: the page reports the
 * send and the panel reports its check of the last draft at about the same moment, in either order.
 */
const CONTEXT_WAIT_MS = 1500;

/** One composer on one tab: `tabId:composerId`. */
type Slot = string;

interface LastSend {
  key: string;
  text: string;
  /** When it was first reported: the time recorded for the send. */
  at: number;
  /** The composer held a new draft since: the next report is another send, even of the same text. */
  draftSince: boolean;
}

/**
 * What the background must not lose when the service worker is stopped between the panel's report
 * and the send: kept in session storage (out of reach of content scripts, gone with the browser).
 */
export interface ComposerMemoryState {
  contexts: Record<Slot, ComposeContextReport>;
  sends: Record<Slot, LastSend>;
}

export const composerMemoryState = storage.defineItem<ComposerMemoryState>(
  'session:memoryComposers',
  { fallback: { contexts: {}, sends: {} }, version: 1 },
);

function slotOf(tabId: number, composerId: string): Slot {
  return `${tabId}:${composerId}`;
}

function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function wordPairs(text: string): Set<string> {
  const words = splitWords(text).map((word) => word.lower);
  const pairs = new Set<string>();
  for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`);
  return pairs;
}

/** Whether the sent text is the inserted suggestion, was edited from it, or is the person's own. */
export function suggestionUse(sent: string, inserted: string | undefined): SuggestionUse {
  if (!inserted?.trim()) return 'not-used';
  const a = normaliseSpace(sent);
  const b = normaliseSpace(inserted);
  if (a === b) return 'as-is';
  return similarity(wordPairs(a), wordPairs(b)) >= EDITED_SIMILARITY ? 'edited' : 'not-used';
}

function samePerson(platform: PlatformId, a: Person, b: Person): boolean {
  const key = identityKey(platform, a);
  return key !== undefined && key === identityKey(platform, b);
}

/** The panel's report belongs to this send: the same person, in the same thread. */
function reportFits(report: ComposeContextReport, sent: ReplySent): boolean {
  const { context } = sent;
  if (!samePerson(context.platform, report.customer, context.customer)) return false;
  return !report.threadUrl || !context.threadUrl || report.threadUrl === context.threadUrl;
}

/**
 * The record of one send. Without a report from the panel (none was open) the reading of the
 * message, the pack and the findings are unknown: no intent, empty pack id and version, no
 * findings. Findings are kept only when the panel checked exactly the text that was sent.
 */
export function sendRecordOf(
  sent: ReplySent,
  sendKey: string,
  at: number,
  report: ComposeContextReport | undefined,
): SendRecord {
  const { context } = sent;
  const customer: SendRecord['customer'] = {};
  if (context.customer.handle) customer.handle = context.customer.handle;
  if (context.customer.displayName) customer.displayName = context.customer.displayName;
  const theirMessage = context.inReplyTo ?? context.earlier.at(-1);
  const checked =
    report?.checked && normaliseSpace(report.checked.text) === normaliseSpace(sent.text)
      ? report.checked.findings
      : [];
  const record: SendRecord = {
    sendKey,
    platform: context.platform,
    composerKind: context.kind,
    customer,
    ourReply: sent.text,
    at,
    packId: report?.packId ?? '',
    packVersion: report?.packVersion ?? '',
    findings: checked.map(({ ruleId, severity }) => ({ ruleId, severity })),
    suggestion: suggestionUse(sent.text, report?.insertedSuggestion),
  };
  if (context.threadUrl) record.threadUrl = context.threadUrl;
  if (theirMessage?.trim()) record.theirMessage = theirMessage;
  if (report?.analysis) {
    record.intent = report.analysis.intent;
    record.intensity = report.analysis.intensity;
    if (report.analysis.topic.trim()) record.topic = report.analysis.topic.trim();
  }
  return record;
}

export interface MemoryRecorderOptions {
  open?: () => Promise<CustomerMemory>;
  now?: () => number;
  /** How long a send waits for the panel's check of the sent text. */
  contextWait?: number;
  /** Where failures and recorded sends are told (the panel, by default). */
  onProblem?: (problem: MemoryProblemReport) => void;
  onRecorded?: (identityId: string) => void;
}

export interface MemoryRecorder {
  composeContext(report: ComposeContextReport): Promise<void>;
  /** The page reported the composer's draft (as it became active or as it changed). */
  draftSeen(tabId: number, composerId: string, text: string): Promise<void>;
  /** Resolves when the send is recorded (or failed and was reported). */
  replySent(tabId: number, sent: ReplySent): Promise<void>;
  tabClosed(tabId: number): Promise<void>;
  /** The state's last write has reached session storage. */
  flushed(): Promise<void>;
  /** Opens customer memory once (again after a failure). */
  memory(): Promise<CustomerMemory>;
}

/** The link the panel confirmed before memory knew the account; already made (a retry) is fine. */
async function linkOnce(
  db: CustomerMemory,
  identityId: string,
  link: NonNullable<ComposeContextReport['link']>,
): Promise<void> {
  try {
    await db.link([identityId, link.identityId], link.evidence, link.confirmedBy);
  } catch (error) {
    if (toMemoryError(error).kind !== 'conflict') throw error;
  }
}

function report(problem: MemoryProblemReport): void {
  console.error(`Replykit: customer memory (${problem.during}): ${problem.message}`);
  sendToPanel('memoryProblem', problem).catch(() => undefined);
}

function problemOf(error: unknown, during: MemoryProblemReport['during']): MemoryProblemReport {
  const memoryError = toMemoryError(error);
  return { kind: memoryError.kind, message: memoryError.message, during };
}

/**
 * The one writer of customer memory for sends, so a send is recorded once however many panels or
 * tabs are open. A send's key is its composer and the time it was first reported: the same send
 * reported again (a second listener, a retry) gets the same key, and the database keeps one
 * interaction per key; a new draft in the composer in between makes the next report a new send,
 * even with the same text.
 */
export function createMemoryRecorder(options: MemoryRecorderOptions = {}): MemoryRecorder {
  const {
    open = () => openMemory(),
    now = Date.now,
    contextWait = CONTEXT_WAIT_MS,
    onProblem = report,
    onRecorded = (identityId) => {
      sendToPanel('memoryRecorded', { identityId }).catch(() => undefined);
    },
  } = options;

  let memory: Promise<CustomerMemory> | undefined;
  const memoryOnce = () =>
    (memory ??= open().catch((error: unknown) => {
      memory = undefined;
      throw error;
    }));

  // Every handler awaits this one promise first, so they go on in the order the messages came.
  let state: ComposerMemoryState = { contexts: {}, sends: {} };
  const loaded = composerMemoryState.getValue().then(
    (value) => {
      state = { contexts: { ...value.contexts }, sends: { ...value.sends } };
    },
    () => undefined,
  );

  // Writes are coalesced: at most one in flight, then one more with whatever changed meanwhile.
  let writing: Promise<void> = Promise.resolve();
  let dirty = false;
  const persist = () => {
    if (dirty) return;
    dirty = true;
    writing = writing.then(async () => {
      dirty = false;
      await composerMemoryState
        .setValue(state)
        .catch((error: unknown) =>
          console.error('Replykit: could not keep the compose context', error),
        );
    });
  };

  const waiters = new Set<() => void>();
  const wake = () => {
    for (const waiter of [...waiters]) waiter();
  };

  /** The panel's report for the slot, once it has checked `text` (or after the wait). */
  function reportFor(slot: Slot, sent: ReplySent): Promise<ComposeContextReport | undefined> {
    const fitting = () => {
      const found = state.contexts[slot];
      return found && reportFits(found, sent) ? found : undefined;
    };
    const ready = () => {
      const found = fitting();
      return found?.checked && normaliseSpace(found.checked.text) === normaliseSpace(sent.text);
    };
    if (ready() || contextWait <= 0) return Promise.resolve(fitting());
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        waiters.delete(check);
        resolve(fitting());
      };
      const check = () => {
        if (ready()) done();
      };
      const timer = setTimeout(done, contextWait);
      waiters.add(check);
    });
  }

  return {
    async composeContext(data) {
      await loaded;
      state.contexts[slotOf(data.tabId, data.composerId)] = data;
      persist();
      wake();
    },
    async draftSeen(tabId, composerId, text) {
      await loaded;
      const last = state.sends[slotOf(tabId, composerId)];
      if (!last || last.draftSince || !text.trim()) return;
      last.draftSince = true;
      persist();
    },
    async replySent(tabId, sent) {
      await loaded;
      const slot = slotOf(tabId, sent.composerId);
      const last = state.sends[slot];
      let sendKey: string;
      let at: number;
      if (last && !last.draftSince && last.text === sent.text) {
        sendKey = last.key;
        at = last.at;
      } else {
        at = now();
        sendKey = `${slot}:${at}`;
        state.sends[slot] = { key: sendKey, text: sent.text, at, draftSince: false };
        persist();
      }
      if (!identityKey(sent.context.platform, sent.context.customer)) return;
      const found = await reportFor(slot, sent);
      try {
        const db = await memoryOnce();
        const { interaction } = await db.recordSend(sendRecordOf(sent, sendKey, at, found));
        if (found?.link) await linkOnce(db, interaction.identityId, found.link);
        onRecorded(interaction.identityId);
      } catch (error) {
        onProblem(problemOf(error, 'record'));
      }
    },
    async tabClosed(tabId) {
      await loaded;
      const prefix = `${tabId}:`;
      for (const slot of Object.keys(state.contexts))
        if (slot.startsWith(prefix)) delete state.contexts[slot];
      for (const slot of Object.keys(state.sends))
        if (slot.startsWith(prefix)) delete state.sends[slot];
      persist();
    },
    async flushed() {
      await loaded;
      await writing;
    },
    memory: memoryOnce,
  };
}

/**
 * Records every reply the content scripts see go out in customer memory, with what the panel knew
 * about it (see createMemoryRecorder). Failures are logged and told to the panel, never thrown
 * into the page.
 */
export function setupMemoryRecording(options: MemoryRecorderOptions = {}): MemoryRecorder {
  const recorder = createMemoryRecorder(options);
  const logged = (work: Promise<void>) =>
    work.catch((error: unknown) => console.error('Replykit: customer memory failed', error));
  onMessage('composeContext', ({ data }) => {
    void logged(recorder.composeContext(data));
  });
  onContentEvent('composerActive', ({ data, sender }) => {
    if (sender.tab?.id !== undefined)
      void logged(recorder.draftSeen(sender.tab.id, data.composerId, data.draft));
  });
  onContentEvent('draftChanged', ({ data, sender }) => {
    if (sender.tab?.id !== undefined)
      void logged(recorder.draftSeen(sender.tab.id, data.composerId, data.text));
  });
  onContentEvent('replySent', ({ data, sender }) => {
    if (sender.tab?.id !== undefined) void logged(recorder.replySent(sender.tab.id, data));
  });
  browser.tabs.onRemoved.addListener((tabId) => void logged(recorder.tabClosed(tabId)));
  return recorder;
}

const RETENTION_ALARM = 'memory-retention';
const DAY_MINUTES = 24 * 60;

/**
 * Deletes interactions older than the retention in force (the administrator's policy, else the
 * user's setting; 0 keeps them forever) once a day, in the recorder's database. The alarm
 * outlives the service worker; it is created once, so a restart does not postpone it.
 */
export function setupMemoryRetention(
  recorder: Pick<MemoryRecorder, 'memory'>,
  onProblem: MemoryRecorderOptions['onProblem'] = report,
): { run: () => Promise<number> } {
  const run = async (): Promise<number> => {
    const [stored, policy] = await Promise.all([
      memoryRetentionDays.getValue(),
      readManagedPolicy(),
    ]);
    const days = retentionInForce(stored, policy);
    if (days === 0) return 0;
    try {
      return await (await recorder.memory()).applyRetention(days);
    } catch (error) {
      onProblem(problemOf(error, 'retention'));
      return 0;
    }
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM)
      run().catch((error: unknown) => console.error('Replykit: retention failed', error));
  });
  browser.alarms
    .get(RETENTION_ALARM)
    .then((existing) => {
      if (!existing)
        return browser.alarms.create(RETENTION_ALARM, {
          delayInMinutes: 1,
          periodInMinutes: DAY_MINUTES,
        });
    })
    .catch((error: unknown) => console.error('Replykit: could not schedule retention', error));
  return { run };
}
