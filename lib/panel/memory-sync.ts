import type { CustomerMemory } from '../memory';
import { toMemoryError } from '../memory/errors';
import { rankLinkSuggestions, type LinkCandidate } from '../memory/evidence';
import { identityKey, normaliseHandle } from '../memory/identity-key';
import type { Identity, Interaction, LinkSuggestion } from '../memory/types';
import { onMessage } from '../messaging/protocol';
import type { PlatformId } from '../platforms';
import type { Person } from '../sites/types';
import { customerMessageOf, type ReplykitStore } from '../store';
import type { MemoryLookup } from '../store/memory-slice';

/** Our recent replies to others that the repeated-reply check compares the draft with. */
export const MEMORY_RECENT_REPLIES = 20;
/** Enough people to find the same person by name or handle, few enough to read them quickly. */
const SEARCH_LIMIT = 10;
const SUGGESTION_LIMIT = 3;

export interface MemorySyncOptions {
  /** Opens customer memory (a dynamic import in the panel: Dexie stays out of the first paint). */
  open: () => Promise<CustomerMemory>;
  now?: () => number;
}

/** What the card's buttons do. Each one reports a failure in the card and never throws. */
export interface PanelMemory {
  link: (suggestion: LinkSuggestion) => Promise<void>;
  undoLink: () => Promise<void>;
  setResolved: (interactionId: string, resolved: boolean) => Promise<void>;
  /** Looks the followed person up again. */
  refresh: () => Promise<void>;
  stop: () => void;
}

interface Followed {
  identityId: string;
  platform: PlatformId;
  person: Person;
  message: string;
}

function followedOf(store: ReplykitStore): Followed | null {
  const state = store.getState();
  const context = state.page?.context;
  if (!context) return null;
  const identityId = identityKey(context.platform, context.customer);
  if (!identityId) return null;
  return {
    identityId,
    platform: context.platform,
    person: context.customer,
    message: customerMessageOf(state).text,
  };
}

/** Words to find the same person by: the first word of the name, the letters the handle starts with. */
function searchTerms(person: Person): string[] {
  const terms = new Set<string>();
  const first = person.displayName?.normalize('NFKC').trim().split(/\s+/)[0];
  if (first && first.length >= 2) terms.add(first);
  const letters = normaliseHandle(person.handle)?.match(/^\p{L}+/u)?.[0];
  if (letters && letters.length >= 3) terms.add(letters);
  return [...terms];
}

/**
 * Link suggestions for someone memory does not know yet: people found by name or handle, with
 * the evidence of their records against this account and the message being answered (an order
 * number or e-mail address the customer mentioned both times).
 */
async function suggestForNewcomer(
  memory: CustomerMemory,
  followed: Followed,
  now: number,
): Promise<LinkSuggestion[]> {
  const found = await Promise.all(
    searchTerms(followed.person).map((term) => memory.searchContacts(term, SEARCH_LIMIT)),
  );
  const seen = new Set<string>();
  const candidates: LinkCandidate[] = [];
  for (const { contact, identities } of found.flat()) {
    if (seen.has(contact.id)) continue;
    seen.add(contact.id);
    const record = await memory.lookup(identities[0]!.platform, identities[0]!);
    for (const identity of identities) {
      candidates.push({
        identity,
        contact,
        interactions: (record?.interactions ?? []).filter((i) => i.identityId === identity.id),
      });
    }
  }
  const identity: Identity = {
    id: followed.identityId,
    platform: followed.platform,
    contactId: '',
    firstSeen: now,
    lastSeen: now,
    ...(followed.person.handle ? { handle: followed.person.handle } : {}),
    ...(followed.person.displayName ? { displayName: followed.person.displayName } : {}),
  };
  // The message being answered is this account's evidence until a reply to it is recorded.
  const current: Interaction = {
    id: 'current-message',
    identityId: identity.id,
    platform: followed.platform,
    composerKind: 'reply',
    theirMessage: followed.message,
    ourReply: '',
    at: now,
    packId: '',
    packVersion: '',
    findings: [],
    suggestion: 'not-used',
    sendKey: '',
  };
  return rankLinkSuggestions(
    { identity, interactions: followed.message ? [current] : [] },
    candidates,
    SUGGESTION_LIMIT,
  );
}

async function lookUp(
  memory: CustomerMemory,
  followed: Followed,
  now: number,
  exceptContactId: string | undefined,
): Promise<MemoryLookup> {
  const record = await memory.lookup(followed.platform, followed.person);
  const suggestions = record
    ? await memory.suggestLinks(followed.identityId)
    : await suggestForNewcomer(memory, followed, now);
  const recentReplies = await memory.recentReplies(
    MEMORY_RECENT_REPLIES,
    record?.contact.id ?? exceptContactId,
  );
  return { identityId: followed.identityId, record, suggestions, recentReplies, at: now };
}

/**
 * Keeps the panel's knowledge of the followed customer in step with customer memory: looks them
 * up when a reply box is followed, again when the background recorded a reply to them, and
 * carries out the card's link, undo and "solved" buttons. The panel reads memory; the
 * background is the one that records sends. Returns the card's actions.
 */
export function setupMemorySync(store: ReplykitStore, options: MemorySyncOptions): PanelMemory {
  const { open, now = Date.now } = options;
  let memory: Promise<CustomerMemory> | undefined;
  const memoryOnce = () =>
    (memory ??= open().catch((error: unknown) => {
      memory = undefined;
      throw error;
    }));
  const state = () => store.getState();
  let lastKey: string | null = null;
  let run = 0;

  const fail = (identityId: string, error: unknown) => {
    const { kind, message } = toMemoryError(error);
    console.error('Replykit: customer memory failed', error);
    state().setMemory({ state: 'failed', identityId, kind, message });
  };

  const load = async (followed: Followed, quiet = false) => {
    const mine = ++run;
    if (!quiet) state().setMemory({ state: 'loading', identityId: followed.identityId });
    try {
      const db = await memoryOnce();
      const pending = state().pendingLink;
      const except =
        pending?.identityId === followed.identityId ? pending.suggestion.contact.id : undefined;
      const lookup = await lookUp(db, followed, now(), except);
      if (mine !== run) return;
      // Once memory knows the account, a pending link has been made (or was never needed).
      if (lookup.record && pending?.identityId === followed.identityId)
        state().setPendingLink(null);
      state().setMemory({ state: 'ready', lookup });
    } catch (error) {
      if (mine === run) fail(followed.identityId, error);
    }
  };

  const update = () => {
    const followed = followedOf(store);
    const key = followed ? JSON.stringify([followed.identityId, followed.message]) : null;
    if (key === lastKey) return;
    const sameIdentity =
      followed !== null && lastKey !== null && JSON.parse(lastKey)[0] === followed.identityId;
    lastKey = key;
    if (!sameIdentity && state().lastLink) state().setLastLink(null);
    if (!followed) {
      run++;
      if (state().memory.state !== 'off') state().setMemory({ state: 'off' });
      return;
    }
    void load(followed, sameIdentity);
  };

  const refresh = async () => {
    const followed = followedOf(store);
    if (followed) await load(followed, true);
  };

  const confirmedBy = () => state().agentInitials.trim() || 'you';

  const act = async (work: (db: CustomerMemory) => Promise<void>) => {
    const followed = followedOf(store);
    try {
      await work(await memoryOnce());
    } catch (error) {
      if (followed) fail(followed.identityId, error);
      return;
    }
    await refresh();
  };

  update();
  const unsubscribe = store.subscribe(update);
  const removers = [
    onMessage('memoryRecorded', ({ data }) => {
      const current = state().memory;
      const followed = followedOf(store);
      if (!followed) return;
      const known =
        current.state === 'ready' &&
        (current.lookup.record?.identities.some((i) => i.id === data.identityId) ?? false);
      if (followed.identityId === data.identityId || known) void refresh();
    }),
    onMessage('memoryProblem', ({ data }) => state().setMemoryProblem(data)),
  ];

  return {
    link: (suggestion) =>
      act(async (db) => {
        const current = state().memory;
        if (current.state !== 'ready') return;
        const { lookup } = current;
        if (lookup.record) {
          const link = await db.link(
            [lookup.identityId, suggestion.identity.id],
            suggestion.evidence,
            confirmedBy(),
          );
          state().setLastLink({
            id: link.id,
            identityId: lookup.identityId,
            name: suggestion.contact.name,
          });
          return;
        }
        const record = await db.lookup(suggestion.identity.platform, suggestion.identity);
        state().setPendingLink({
          identityId: lookup.identityId,
          suggestion,
          record,
          confirmedBy: confirmedBy(),
        });
      }),
    undoLink: () =>
      act(async (db) => {
        const last = state().lastLink;
        if (state().pendingLink) state().setPendingLink(null);
        else if (last) await db.undo(last.id);
        state().setLastLink(null);
      }),
    setResolved: (interactionId, resolved) => act((db) => db.setResolved(interactionId, resolved)),
    refresh,
    stop: () => {
      unsubscribe();
      for (const remove of removers) remove();
    },
  };
}
