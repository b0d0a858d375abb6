/**
 * The one typed message protocol between the content script, the background and the side panel.
 *
 * Content script → background / panel: `sendMessage(type, data)` without a tab id; the receiver
 * knows the tab from `message.sender.tab.id`.
 * Panel / background → content script: `sendToTab(tabId, type, data)` with an explicit tab id,
 * never "the active tab" (the panel may be open as a tab itself).
 */
import {
  defineExtensionMessaging,
  type GetDataType,
  type GetReturnType,
} from '@webext-core/messaging';
import type { LinkEvidence, MemoryErrorKind } from '../memory/types';
import type { PackEntryId, UpdateFailure } from '../packs/types';
import type { AdapterError, ComposerContext, Person } from '../sites/types';
import type { PlatformId } from '../platforms';
import type { Severity } from '../rules/types';
import type { Intensity, Intent } from '../voice/taxonomy';

/** Identifies one composer within its tab (assigned by the content script, stable while it lives). */
export type ComposerId = string;

export interface ComposerRef {
  composerId: ComposerId;
}

export interface ComposerActive extends ComposerRef {
  context: ComposerContext;
  /** The draft already in the composer. */
  draft: string;
}

export interface DraftChanged extends ComposerRef {
  text: string;
}

export interface LayoutNotRecognized {
  platform: PlatformId;
  url: string;
  composerId?: ComposerId;
}

export interface AdapterErrorReport extends AdapterError {
  composerId?: ComposerId;
  url: string;
}

export interface ReplySent extends ComposerRef {
  text: string;
  context: ComposerContext;
  /** How the send was seen. */
  via: 'button' | 'keyboard' | 'cleared';
}

export type InsertMode = 'replace' | 'caret';

export interface InsertText {
  /** The target composer; the active one when absent. */
  composerId?: ComposerId;
  text: string;
  mode: InsertMode;
}

export interface ApplyFix {
  composerId?: ComposerId;
  /** UTF-16 offsets into `expected`, the draft text the fix was computed on. */
  start: number;
  end: number;
  replacement: string;
  /** The draft the panel saw; the fix is refused when the composer's text has changed since. */
  expected: string;
}

export interface FocusComposer {
  composerId?: ComposerId;
}

export type EditResultError =
  'no-composer' | 'stale-draft' | 'out-of-range' | 'insert-failed' | 'not-editable';

/** What an insertion or a fix did. `text` is what the editor holds afterwards. */
export type EditResult =
  { ok: true; text: string } | { ok: false; error: EditResultError; message?: string };

export type FocusResult = { ok: true } | { ok: false; error: 'no-composer' };

/** A finding as customer memory keeps it: which rule, how severe (the text is in the reply). */
export interface FindingSummary {
  ruleId: string;
  severity: Severity;
}

/**
 * What the panel knows about the reply being written in one reply box, for the background to
 * record with the send: the page does not run the analysis or the check, the panel does.
 */
export interface ComposeContextReport extends ComposerRef {
  tabId: number;
  /** Whom and where the panel saw, so a box with the same id after a page load is not taken for this one. */
  customer: Person;
  threadUrl?: string;
  /** The reading of the customer's message, once it is ready. */
  analysis?: { intent: Intent; intensity: Intensity; topic: string };
  packId: string;
  packVersion: string;
  /** The suggestion last inserted into this box. */
  insertedSuggestion?: string;
  /** The draft the panel last checked, and the check's findings on it. */
  checked?: { text: string; findings: FindingSummary[] };
  /**
   * A link the person replying confirmed for an account memory does not know yet (`identityId`:
   * the other account): made together with the first reply recorded for this one.
   */
  link?: { identityId: string; evidence: LinkEvidence[]; confirmedBy: string };
}

/** Customer memory failed in the background (recording a send, retention): the panel says so. */
export interface MemoryProblemReport {
  kind: MemoryErrorKind;
  message: string;
  during: 'record' | 'retention';
}

/** The composer a tab last reported as active, as the background remembers it for a new panel. */
export interface KnownComposer extends ComposerActive {
  tabId: number;
}

/** What the badge beside a composer shows; the panel computes it (the engine is not in the page). */
export interface BadgeState extends ComposerRef {
  findings: number;
  errors: number;
  /** Unknown until customer memory knows the person. */
  returning?: boolean;
}

/**
 * The extension's keyboard commands the panel carries out (manifest `commands`, relayed by the
 * background): insert suggestion 1-3 into the followed reply box, move to the next finding,
 * apply the current finding's fix.
 */
export const PANEL_COMMANDS = [
  'insert-suggestion-1',
  'insert-suggestion-2',
  'insert-suggestion-3',
  'next-finding',
  'apply-fix',
] as const;
export type PanelCommand = (typeof PANEL_COMMANDS)[number];

export function isPanelCommand(value: string): value is PanelCommand {
  return (PANEL_COMMANDS as readonly string[]).includes(value);
}

/** What one check of a subscribed pack did ("Check now" shows it). */
export interface SubscriptionCheckOutcome {
  entry: PackEntryId;
  /** `available`: a newer valid version waits because the entry is pinned. */
  result: 'updated' | 'unchanged' | 'available' | 'failed';
  /** The version applied or waiting. */
  version?: string;
  failure?: UpdateFailure['kind'];
}

export interface ProtocolMap {
  // content script → background / panel
  composerActive(data: ComposerActive): void;
  composerInactive(data: ComposerRef): void;
  composerContext(data: ComposerRef & { context: ComposerContext }): void;
  draftChanged(data: DraftChanged): void;
  adapterError(data: AdapterErrorReport): void;
  layoutNotRecognized(data: LayoutNotRecognized): void;
  replySent(data: ReplySent): void;
  /** The badge was clicked: open the side panel for the sender's tab. */
  openPanel(data: ComposerRef): void;
  // panel → background
  /** The composer most recently active in any tab, for a panel that opens after the focus. */
  latestComposer(data: undefined): KnownComposer | null;
  /** The analysis, pack, inserted suggestion and check of a reply box, recorded with its send. */
  composeContext(data: ComposeContextReport): void;
  // panel / options page → background
  /** Checks one subscribed pack, or all of them, now; answers when done. */
  checkPackSubscriptions(data: { entry?: PackEntryId }): SubscriptionCheckOutcome[];
  /** A pinned pack's waiting version is taken into use (it stays pinned); false when none waits. */
  applyAvailable(data: { entry: PackEntryId }): boolean;
  // background → panel
  /** A keyboard command for the panel; the panel answers whether it could carry it out. */
  panelCommand(data: { command: PanelCommand }): boolean;
  /** A send was recorded in customer memory for this identity (`identityKey`): look it up again. */
  memoryRecorded(data: { identityId: string }): void;
  /** Customer memory failed in the background. */
  memoryProblem(data: MemoryProblemReport): void;
  // panel / background → content script (always with a tab id)
  insertText(data: InsertText): EditResult;
  applyFix(data: ApplyFix): EditResult;
  focusComposer(data: FocusComposer): FocusResult;
  setBadge(data: BadgeState): void;
}

/** Messages the content script sends. */
export type FromContentMessage =
  | 'composerActive'
  | 'composerInactive'
  | 'composerContext'
  | 'draftChanged'
  | 'adapterError'
  | 'layoutNotRecognized'
  | 'replySent'
  | 'openPanel';

/** Messages the panel sends to the background. */
export type ToBackgroundMessage =
  'latestComposer' | 'composeContext' | 'checkPackSubscriptions' | 'applyAvailable';

/** Messages the background sends to the side panel. */
export type ToPanelMessage = 'panelCommand' | 'memoryRecorded' | 'memoryProblem';

/** Messages sent to one tab's content script. */
export type ToTabMessage = Exclude<
  keyof ProtocolMap,
  FromContentMessage | ToBackgroundMessage | ToPanelMessage
>;

export const FROM_CONTENT_MESSAGES: readonly FromContentMessage[] = [
  'composerActive',
  'composerInactive',
  'composerContext',
  'draftChanged',
  'adapterError',
  'layoutNotRecognized',
  'replySent',
  'openPanel',
];

export const TO_BACKGROUND_MESSAGES: readonly ToBackgroundMessage[] = [
  'latestComposer',
  'composeContext',
  'checkPackSubscriptions',
  'applyAvailable',
];

export const TO_PANEL_MESSAGES: readonly ToPanelMessage[] = [
  'panelCommand',
  'memoryRecorded',
  'memoryProblem',
];

export const TO_TAB_MESSAGES: readonly ToTabMessage[] = [
  'insertText',
  'applyFix',
  'focusComposer',
  'setBadge',
];

const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;

type DataOf<K extends keyof ProtocolMap> = GetDataType<ProtocolMap[K]>;
type ReturnOf<K extends keyof ProtocolMap> = GetReturnType<ProtocolMap[K]>;

/** What a listener of a content-script notification gets: the data and who sent it. */
export type ContentEvent<K extends FromContentMessage> = Parameters<
  Parameters<typeof onMessage<K>>[1]
>[0];

// The messaging library allows one listener per message in a context, but in the background
// several parts hear the same notification (the composer relay, recent replies, memory): one
// library listener per message hands each event to all of them.
const contentListeners = new Map<
  FromContentMessage,
  { handlers: Set<(event: unknown) => void>; remove: () => void }
>();

/**
 * Listens to a notification from the content script (nothing is answered), beside any other
 * listener of the same message in this context. Returns a function that stops listening.
 */
export function onContentEvent<K extends FromContentMessage>(
  type: K,
  handler: (event: ContentEvent<K>) => void,
): () => void {
  let entry = contentListeners.get(type);
  if (!entry) {
    const handlers = new Set<(event: unknown) => void>();
    const remove = onMessage(type, (event) => {
      for (const each of handlers) each(event);
    });
    entry = { handlers, remove };
    contentListeners.set(type, entry);
  }
  const listening = entry;
  // The set holds handlers of this one message type only, so each gets its own event type.
  const untyped = handler as (event: unknown) => void;
  listening.handlers.add(untyped);
  return () => {
    listening.handlers.delete(untyped);
    if (listening.handlers.size === 0 && contentListeners.get(type) === listening) {
      contentListeners.delete(type);
      listening.remove();
    }
  };
}

export function removeAllListeners(): void {
  contentListeners.clear();
  messaging.removeAllListeners();
}

/** Content script → background / panel. */
export function sendFromContent<K extends FromContentMessage>(
  type: K,
  data: DataOf<K>,
): Promise<ReturnOf<K>> {
  return sendMessage(type, data);
}

/** Panel → background. */
export function sendToBackground<K extends ToBackgroundMessage>(
  type: K,
  data: DataOf<K>,
): Promise<ReturnOf<K>> {
  return sendMessage(type, data);
}

/** Background → the side panel (an extension page: no tab id). */
export function sendToPanel<K extends ToPanelMessage>(
  type: K,
  data: DataOf<K>,
): Promise<ReturnOf<K>> {
  return sendMessage(type, data);
}

/** Panel / background → the content script of one tab, by its id. */
export function sendToTab<K extends ToTabMessage>(
  tabId: number,
  type: K,
  data: DataOf<K>,
): Promise<ReturnOf<K>> {
  return sendMessage(type, data, tabId);
}
