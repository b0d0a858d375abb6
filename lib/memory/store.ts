import { Dexie } from 'dexie';
import type { PlatformId } from '../platforms';
import { createBackup, validateBackup, type MemoryBackup } from './backup';
import { contactsCsv, interactionsCsv } from './csv';
import { MemoryDb, type DbOptions } from './db';
import { MemoryError, toMemoryError } from './errors';
import { emailsIn, orderNumbersIn, rankLinkSuggestions, type LinkCandidate } from './evidence';
import { summarizeConversations } from './history';
import { CURRENT_SCHEMA_VERSION } from './schema-versions';
import { identityKey, normaliseHandle } from './identity-key';
import type {
  Contact,
  CustomerRecord,
  Identity,
  Interaction,
  LinkEvidence,
  LinkRecord,
  LinkSuggestion,
  SendRecord,
} from './types';

export interface OpenOptions extends DbOptions {
  /** Database name; tests give each test its own. */
  name?: string;
  now?: () => number;
  newId?: () => string;
}

export interface CustomerMemory {
  recordSend(send: SendRecord): Promise<{ interaction: Interaction; created: boolean }>;
  lookup(
    platform: PlatformId,
    person: { handle?: string; displayName?: string },
  ): Promise<CustomerRecord | null>;
  setResolved(interactionId: string, resolved: boolean): Promise<void>;
  recentReplies(limit: number, exceptContactId?: string): Promise<string[]>;
  suggestLinks(identityId: string): Promise<LinkSuggestion[]>;
  link(
    identityIds: [string, string],
    evidence: LinkEvidence[],
    confirmedBy: string,
  ): Promise<LinkRecord>;
  unlink(identityId: string, confirmedBy: string): Promise<LinkRecord>;
  merge(contactIds: [string, string], confirmedBy: string): Promise<LinkRecord>;
  undo(linkId: string): Promise<void>;
  links(contactId: string): Promise<LinkRecord[]>;
  updateContact(
    contactId: string,
    change: { name?: string; notes?: string; tags?: string[] },
  ): Promise<Contact>;
  forget(contactId: string): Promise<{ identities: number; interactions: number; links: number }>;
  applyRetention(olderThanDays: number): Promise<number>;
  searchContacts(
    query: string,
    limit?: number,
  ): Promise<{ contact: Contact; identities: Identity[]; lastAt?: number }[]>;
  counts(): Promise<{ contacts: number; identities: number; interactions: number }>;
  exportBackup(): Promise<MemoryBackup>;
  importBackup(
    data: unknown,
    mode: 'replace' | 'merge',
  ): Promise<{ contacts: number; identities: number; interactions: number }>;
  exportCsv(): Promise<{ contacts: string; interactions: string }>;
  close(): void;
}

/** The panel shows recent history; counts still cover everything. */
export const LOOKUP_INTERACTION_CAP = 200;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Link suggestions read this many of each side's newest interactions. */
const SUGGESTION_HISTORY = 50;
/** Identities found per index query when looking for link candidates. */
const SUGGESTION_CANDIDATES = 50;
/** Newest interactions searched for the customer's order numbers and e-mail addresses. */
const SUGGESTION_SCAN = 5000;

function newestFirst(a: Interaction, b: Interaction): number {
  return b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** Merged notes: both texts, each once. */
function mergeNotes(kept: string, other: string): string {
  if (!other.trim() || kept.includes(other)) return kept;
  if (!kept.trim()) return other;
  return `${kept}\n\n${other}`;
}

function mergeTags(kept: string[], other: string[]): string[] {
  const seen = new Set(kept.map((tag) => tag.toLowerCase()));
  const merged = [...kept];
  for (const tag of other) {
    if (seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    merged.push(tag);
  }
  return merged;
}

/** The older contact survives a link or merge (ties by id, so the choice is stable). */
function olderFirst(a: Contact, b: Contact): [Contact, Contact] {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? [a, b] : [b, a];
  return a.id <= b.id ? [a, b] : [b, a];
}

function contactName(person: { handle?: string; displayName?: string }): string {
  return person.displayName?.trim() || normaliseHandle(person.handle) || '';
}

function defaultId(): string {
  return crypto.randomUUID();
}

class DexieCustomerMemory implements CustomerMemory {
  constructor(
    private readonly db: MemoryDb,
    private readonly now: () => number,
    private readonly newId: () => string,
  ) {}

  /** Every public call: one transaction, and any failure as a MemoryError. */
  private async run<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw toMemoryError(error);
    }
  }

  recordSend(send: SendRecord): Promise<{ interaction: Interaction; created: boolean }> {
    return this.run(() => {
      const key = identityKey(send.platform, send.customer);
      if (!key)
        throw new MemoryError(
          'conflict',
          'This send names no customer (no handle and no display name), so it was not remembered.',
        );
      const { db } = this;
      return db.transaction('rw', [db.contacts, db.identities, db.interactions], async () => {
        const existing = await db.interactions.where('sendKey').equals(send.sendKey).first();
        if (existing) return { interaction: existing, created: false };
        const now = this.now();
        const handle = normaliseHandle(send.customer.handle);
        const displayName = send.customer.displayName?.trim() || undefined;
        const profileUrl = send.customer.profileUrl || undefined;
        const identity = await db.identities.get(key);
        if (identity) {
          const updated: Identity = { ...identity, lastSeen: Math.max(identity.lastSeen, send.at) };
          if (send.at >= identity.lastSeen) {
            if (displayName) updated.displayName = displayName;
            if (profileUrl) updated.profileUrl = profileUrl;
          }
          await db.identities.put(updated);
        } else {
          const contact: Contact = {
            id: this.newId(),
            name: contactName(send.customer),
            notes: '',
            tags: [],
            createdAt: now,
            updatedAt: now,
          };
          await db.contacts.add(contact);
          const created: Identity = {
            id: key,
            platform: send.platform,
            contactId: contact.id,
            firstSeen: send.at,
            lastSeen: send.at,
          };
          if (handle) created.handle = handle;
          if (displayName) created.displayName = displayName;
          if (profileUrl) created.profileUrl = profileUrl;
          await db.identities.add(created);
        }
        const interaction: Interaction = {
          id: this.newId(),
          identityId: key,
          platform: send.platform,
          composerKind: send.composerKind,
          ourReply: send.ourReply,
          at: send.at,
          packId: send.packId,
          packVersion: send.packVersion,
          findings: send.findings.map(({ ruleId, severity }) => ({ ruleId, severity })),
          suggestion: send.suggestion,
          sendKey: send.sendKey,
        };
        if (send.threadUrl) interaction.threadUrl = send.threadUrl;
        if (send.theirMessage) interaction.theirMessage = send.theirMessage;
        if (send.intent) interaction.intent = send.intent;
        if (send.intensity) interaction.intensity = send.intensity;
        if (send.topic) interaction.topic = send.topic;
        await db.interactions.add(interaction);
        return { interaction, created: true };
      });
    });
  }

  /** Every interaction of the given identities, newest first, by the [identityId+at] index. */
  private async historyOf(identityIds: string[]): Promise<Interaction[]> {
    const perIdentity = await Promise.all(
      identityIds.map((id) =>
        this.db.interactions
          .where('[identityId+at]')
          .between([id, Dexie.minKey], [id, Dexie.maxKey])
          .reverse()
          .toArray(),
      ),
    );
    return perIdentity.flat().sort(newestFirst);
  }

  lookup(
    platform: PlatformId,
    person: { handle?: string; displayName?: string },
  ): Promise<CustomerRecord | null> {
    return this.run(async () => {
      const key = identityKey(platform, person);
      if (!key) return null;
      const { db } = this;
      return db.transaction('r', [db.contacts, db.identities, db.interactions], async () => {
        const identity = await db.identities.get(key);
        if (!identity) return null;
        const [contact, identities] = await Promise.all([
          db.contacts.get(identity.contactId),
          db.identities.where('contactId').equals(identity.contactId).toArray(),
        ]);
        if (!contact) return null;
        const ordered = [
          identity,
          ...identities
            .filter((other) => other.id !== identity.id)
            .sort((a, b) => b.lastSeen - a.lastSeen),
        ];
        const all = await this.historyOf(ordered.map((entry) => entry.id));
        return {
          contact,
          identities: ordered,
          interactions: all.slice(0, LOOKUP_INTERACTION_CAP),
          ...summarizeConversations(all),
        };
      });
    });
  }

  setResolved(interactionId: string, resolved: boolean): Promise<void> {
    return this.run(async () => {
      const changed = await this.db.interactions.update(interactionId, { resolved });
      if (!changed && !(await this.db.interactions.get(interactionId)))
        throw new MemoryError('not-found', 'That interaction is no longer in customer memory.');
    });
  }

  recentReplies(limit: number, exceptContactId?: string): Promise<string[]> {
    return this.run(async () => {
      if (limit <= 0) return [];
      const { db } = this;
      return db.transaction('r', [db.identities, db.interactions], async () => {
        const except = new Set(
          exceptContactId
            ? await db.identities.where('contactId').equals(exceptContactId).primaryKeys()
            : [],
        );
        const recent = await db.interactions
          .orderBy('at')
          .reverse()
          .filter((interaction) => !except.has(interaction.identityId))
          .limit(limit)
          .toArray();
        return recent.map((interaction) => interaction.ourReply);
      });
    });
  }

  /** One identity's newest interactions, by the [identityId+at] index. */
  private newestOf(identityId: string, limit: number): Promise<Interaction[]> {
    return this.db.interactions
      .where('[identityId+at]')
      .between([identityId, Dexie.minKey], [identityId, Dexie.maxKey])
      .reverse()
      .limit(limit)
      .toArray();
  }

  /**
   * Candidates come from indexes (display names and handles starting like this one's) and from
   * the most recent interactions mentioning one of this customer's order numbers or e-mail
   * addresses (message text has no index: a bounded scan of the newest ones, never the table);
   * lib/memory/evidence.ts then weighs the evidence and ranks them.
   */
  suggestLinks(identityId: string): Promise<LinkSuggestion[]> {
    return this.run(async () => {
      const { db } = this;
      return db.transaction('r', [db.contacts, db.identities, db.interactions], async () => {
        const identity = await db.identities.get(identityId);
        if (!identity) throw new MemoryError('not-found', 'That identity is no longer in memory.');
        const own = await this.newestOf(identity.id, SUGGESTION_HISTORY);
        const candidateIds = new Set<string>();
        const addAll = (found: Identity[]) => {
          for (const other of found)
            if (other.contactId !== identity.contactId) candidateIds.add(other.id);
        };
        const firstWord = identity.displayName?.trim().split(/\s+/)[0];
        if (firstWord)
          addAll(
            await db.identities
              .where('displayName')
              .startsWithIgnoreCase(firstWord)
              .limit(SUGGESTION_CANDIDATES)
              .toArray(),
          );
        const stem = identity.handle
          ?.split('@')[0]
          ?.replace(/[^\p{L}\p{N}]/gu, '')
          .slice(0, 4);
        if (stem && stem.length >= 4)
          addAll(
            await db.identities
              .where('handle')
              .startsWithIgnoreCase(stem)
              .limit(SUGGESTION_CANDIDATES)
              .toArray(),
          );
        const tokens = new Set<string>();
        for (const interaction of own) {
          const text = interaction.theirMessage ?? '';
          for (const order of orderNumbersIn(text)) tokens.add(order.value.toLowerCase());
          for (const email of emailsIn(text)) tokens.add(email.toLowerCase());
        }
        if (tokens.size) {
          const mentioning = await db.interactions
            .orderBy('at')
            .reverse()
            .limit(SUGGESTION_SCAN)
            .filter((interaction) => {
              if (interaction.identityId === identity.id || !interaction.theirMessage) return false;
              const text = interaction.theirMessage.toLowerCase();
              for (const token of tokens) if (text.includes(token)) return true;
              return false;
            })
            .toArray();
          addAll(
            (
              await db.identities.bulkGet(mentioning.map((interaction) => interaction.identityId))
            ).filter((other) => other !== undefined),
          );
        }
        const candidates: LinkCandidate[] = [];
        for (const id of [...candidateIds].slice(0, SUGGESTION_CANDIDATES * 3)) {
          const other = await db.identities.get(id);
          const contact = other && (await db.contacts.get(other.contactId));
          if (!other || !contact) continue;
          candidates.push({
            identity: other,
            contact,
            interactions: await this.newestOf(other.id, SUGGESTION_HISTORY),
          });
        }
        return rankLinkSuggestions({ identity, interactions: own }, candidates);
      });
    });
  }

  /** Strictly increasing link times, so "later" is well defined even within one millisecond. */
  private async nextLinkAt(): Promise<number> {
    const last = await this.db.links.orderBy('at').last();
    return Math.max(this.now(), last ? last.at + 1 : 0);
  }

  private async requireIdentity(id: string): Promise<Identity> {
    const identity = await this.db.identities.get(id);
    if (!identity) throw new MemoryError('not-found', `No identity ${id} in customer memory.`);
    return identity;
  }

  private async requireContact(id: string): Promise<Contact> {
    const contact = await this.db.contacts.get(id);
    if (!contact) throw new MemoryError('not-found', `No contact ${id} in customer memory.`);
    return contact;
  }

  /**
   * Moves `moved` identities of `loser` to `winner`; when that empties `loser`, it is removed and
   * its notes and tags go to `winner`. Returns the contacts changed or removed, as they were.
   */
  private async absorb(
    winner: Contact,
    loser: Contact,
    moved: Identity[],
    at: number,
  ): Promise<Contact[]> {
    const { db } = this;
    await db.identities.bulkPut(moved.map((identity) => ({ ...identity, contactId: winner.id })));
    const remaining = await db.identities.where('contactId').equals(loser.id).count();
    if (remaining > 0) return [];
    await db.contacts.delete(loser.id);
    await db.contacts.put({
      ...winner,
      notes: mergeNotes(winner.notes, loser.notes),
      tags: mergeTags(winner.tags, loser.tags),
      updatedAt: at,
    });
    return [winner, loser];
  }

  link(
    identityIds: [string, string],
    evidence: LinkEvidence[],
    confirmedBy: string,
  ): Promise<LinkRecord> {
    return this.run(() => {
      const { db } = this;
      return db.transaction('rw', [db.contacts, db.identities, db.links], async () => {
        const [a, b] = await Promise.all(identityIds.map((id) => this.requireIdentity(id)));
        if (a!.contactId === b!.contactId)
          throw new MemoryError('conflict', 'These two identities are already the same contact.');
        const [contactA, contactB] = await Promise.all([
          this.requireContact(a!.contactId),
          this.requireContact(b!.contactId),
        ]);
        const [winner, loser] = olderFirst(contactA, contactB);
        const moved = winner.id === contactA.id ? b! : a!;
        const at = await this.nextLinkAt();
        const contactsBefore = await this.absorb(winner, loser, [moved], at);
        const record: LinkRecord = {
          id: this.newId(),
          kind: 'link',
          identityIds: [a!.id, b!.id],
          before: { [a!.id]: a!.contactId, [b!.id]: b!.contactId },
          contactId: winner.id,
          evidence,
          confirmedBy,
          at,
          contactsBefore,
        };
        await db.links.add(record);
        return record;
      });
    });
  }

  unlink(identityId: string, confirmedBy: string): Promise<LinkRecord> {
    return this.run(() => {
      const { db } = this;
      return db.transaction('rw', [db.contacts, db.identities, db.links], async () => {
        const identity = await this.requireIdentity(identityId);
        const siblings = await db.identities.where('contactId').equals(identity.contactId).count();
        if (siblings < 2)
          throw new MemoryError('conflict', 'This identity is the only one of its contact.');
        const at = await this.nextLinkAt();
        const contact: Contact = {
          id: this.newId(),
          name: contactName(identity),
          notes: '',
          tags: [],
          createdAt: at,
          updatedAt: at,
        };
        await db.contacts.add(contact);
        await db.identities.put({ ...identity, contactId: contact.id });
        const record: LinkRecord = {
          id: this.newId(),
          kind: 'unlink',
          identityIds: [identity.id],
          before: { [identity.id]: identity.contactId },
          contactId: contact.id,
          evidence: [],
          confirmedBy,
          at,
          contactsBefore: [],
        };
        await db.links.add(record);
        return record;
      });
    });
  }

  merge(contactIds: [string, string], confirmedBy: string): Promise<LinkRecord> {
    return this.run(() => {
      const { db } = this;
      return db.transaction('rw', [db.contacts, db.identities, db.links], async () => {
        if (contactIds[0] === contactIds[1])
          throw new MemoryError('conflict', 'A contact cannot be merged with itself.');
        const [first, second] = await Promise.all(contactIds.map((id) => this.requireContact(id)));
        const [winner, loser] = olderFirst(first!, second!);
        const moved = await db.identities.where('contactId').equals(loser.id).toArray();
        const at = await this.nextLinkAt();
        const contactsBefore = await this.absorb(winner, loser, moved, at);
        const record: LinkRecord = {
          id: this.newId(),
          kind: 'merge',
          identityIds: moved.map((identity) => identity.id),
          before: Object.fromEntries(moved.map((identity) => [identity.id, loser.id])),
          contactId: winner.id,
          evidence: [],
          confirmedBy,
          at,
          contactsBefore,
        };
        await db.links.add(record);
        return record;
      });
    });
  }

  undo(linkId: string): Promise<void> {
    return this.run(() => {
      const { db } = this;
      return db.transaction('rw', [db.contacts, db.identities, db.links], async () => {
        const record = await db.links.get(linkId);
        if (!record) throw new MemoryError('not-found', 'That link is no longer in memory.');
        if (record.undoneAt !== undefined)
          throw new MemoryError('conflict', 'This change was already undone.');
        const touched = new Set(record.identityIds);
        const later = await db.links
          .where('at')
          .above(record.at)
          .filter(
            (other) =>
              other.undoneAt === undefined && other.identityIds.some((id) => touched.has(id)),
          )
          .first();
        if (later)
          throw new MemoryError(
            'conflict',
            `Cannot undo: a later ${later.kind} changed the same identities. Undo that one first.`,
          );
        const identities = await db.identities.bulkGet(Object.keys(record.before));
        for (const identity of identities) {
          if (!identity || identity.contactId !== record.contactId)
            throw new MemoryError(
              'conflict',
              'Cannot undo: these identities have changed since (forgotten or moved).',
            );
        }
        for (const contact of record.contactsBefore) {
          const current = await db.contacts.get(contact.id);
          if (current && current.updatedAt > record.at)
            throw new MemoryError(
              'conflict',
              `Cannot undo: ${current.name || 'the contact'} was edited since; undoing would lose that edit.`,
            );
          if (!current && contact.id === record.contactId)
            throw new MemoryError('conflict', 'Cannot undo: the contact was forgotten since.');
        }
        await db.contacts.bulkPut(record.contactsBefore);
        await db.identities.bulkPut(
          identities.map((identity) => ({ ...identity!, contactId: record.before[identity!.id]! })),
        );
        const previousContacts = new Set([
          ...Object.values(record.before),
          ...record.contactsBefore.map((contact) => contact.id),
        ]);
        if (!previousContacts.has(record.contactId)) {
          // The operation created this contact (unlink); it goes when nothing is left under it.
          const left = await db.identities.where('contactId').equals(record.contactId).count();
          if (left > 0)
            throw new MemoryError('conflict', 'Cannot undo: the new contact has other identities.');
          await db.contacts.delete(record.contactId);
        }
        for (const contactId of previousContacts) {
          if (!(await db.contacts.get(contactId)))
            throw new MemoryError('conflict', 'Cannot undo: a contact was forgotten since.');
        }
        await db.links.update(record.id, { undoneAt: this.now() });
      });
    });
  }

  links(contactId: string): Promise<LinkRecord[]> {
    return this.run(async () => {
      const { db } = this;
      return db.transaction('r', [db.identities, db.links], async () => {
        const identityIds = await db.identities.where('contactId').equals(contactId).primaryKeys();
        const [byContact, byIdentity] = await Promise.all([
          db.links.where('contactId').equals(contactId).toArray(),
          identityIds.length
            ? db.links.where('identityIds').anyOf(identityIds).toArray()
            : Promise.resolve([]),
        ]);
        const unique = new Map<string, LinkRecord>();
        for (const record of [...byContact, ...byIdentity]) unique.set(record.id, record);
        return [...unique.values()].sort((a, b) => b.at - a.at);
      });
    });
  }

  updateContact(
    contactId: string,
    change: { name?: string; notes?: string; tags?: string[] },
  ): Promise<Contact> {
    return this.run(() => {
      const { db } = this;
      return db.transaction('rw', [db.contacts], async () => {
        const contact = await this.requireContact(contactId);
        const updated: Contact = {
          ...contact,
          ...(change.name !== undefined ? { name: change.name.trim() } : {}),
          ...(change.notes !== undefined ? { notes: change.notes } : {}),
          ...(change.tags !== undefined ? { tags: mergeTags([], change.tags) } : {}),
          // Strictly later than anything before, so undo can tell an edit happened after a link.
          updatedAt: Math.max(this.now(), contact.updatedAt + 1),
        };
        await db.contacts.put(updated);
        return updated;
      });
    });
  }

  forget(contactId: string): Promise<{ identities: number; interactions: number; links: number }> {
    return this.run(() => {
      const { db } = this;
      return db.transaction(
        'rw',
        [db.contacts, db.identities, db.interactions, db.links],
        async () => {
          await this.requireContact(contactId);
          const identityIds = await db.identities
            .where('contactId')
            .equals(contactId)
            .primaryKeys();
          const mine = new Set(identityIds);
          const interactions = identityIds.length
            ? await db.interactions.where('identityId').anyOf(identityIds).delete()
            : 0;
          // Link records hold the person's ids, and snapshots of their notes: all of them go.
          const linkIds = await db.links
            .filter(
              (record) =>
                record.contactId === contactId ||
                record.identityIds.some((id) => mine.has(id)) ||
                Object.values(record.before).includes(contactId) ||
                record.contactsBefore.some((contact) => contact.id === contactId),
            )
            .primaryKeys();
          await db.links.bulkDelete(linkIds);
          await db.identities.bulkDelete(identityIds);
          await db.contacts.delete(contactId);
          return { identities: identityIds.length, interactions, links: linkIds.length };
        },
      );
    });
  }

  /**
   * Deletes interactions older than the cutoff. Contacts and identities stay even when no
   * interaction is left: they are the person (with notes and tags, and links the user
   * confirmed); `forget` is what removes a person.
   */
  applyRetention(olderThanDays: number): Promise<number> {
    return this.run(() => {
      if (!(olderThanDays >= 0))
        throw new MemoryError('conflict', 'Retention needs a number of days of 0 or more.');
      const cutoff = this.now() - olderThanDays * DAY_MS;
      const { db } = this;
      return db.transaction('rw', [db.interactions], () =>
        db.interactions.where('at').below(cutoff).delete(),
      );
    });
  }

  searchContacts(
    query: string,
    limit = 20,
  ): Promise<{ contact: Contact; identities: Identity[]; lastAt?: number }[]> {
    return this.run(async () => {
      const { db } = this;
      return db.transaction('r', [db.contacts, db.identities], async () => {
        const text = query.trim();
        const contactIds = new Set<string>();
        if (!text) {
          await db.identities
            .orderBy('lastSeen')
            .reverse()
            .until(() => contactIds.size >= limit)
            .each((identity) => {
              if (contactIds.size < limit) contactIds.add(identity.contactId);
            });
        } else {
          const handle = text.replace(/^@/, '');
          const [byName, byTag, byHandle, byDisplayName] = await Promise.all([
            db.contacts.where('name').startsWithIgnoreCase(text).limit(limit).primaryKeys(),
            db.contacts.where('tags').startsWithIgnoreCase(text).limit(limit).primaryKeys(),
            handle
              ? db.identities.where('handle').startsWithIgnoreCase(handle).limit(limit).toArray()
              : Promise.resolve([]),
            db.identities.where('displayName').startsWithIgnoreCase(text).limit(limit).toArray(),
          ]);
          for (const id of [...byName, ...byTag]) contactIds.add(id);
          for (const identity of [...byHandle, ...byDisplayName])
            contactIds.add(identity.contactId);
        }
        const results = await Promise.all(
          [...contactIds].map(async (id) => {
            const [contact, identities] = await Promise.all([
              db.contacts.get(id),
              db.identities.where('contactId').equals(id).toArray(),
            ]);
            if (!contact) return undefined;
            identities.sort((a, b) => b.lastSeen - a.lastSeen);
            const lastAt = identities[0]?.lastSeen;
            return lastAt === undefined ? { contact, identities } : { contact, identities, lastAt };
          }),
        );
        return results
          .filter((result) => result !== undefined)
          .sort(
            (a, b) =>
              (b.lastAt ?? 0) - (a.lastAt ?? 0) || a.contact.name.localeCompare(b.contact.name),
          )
          .slice(0, limit);
      });
    });
  }

  counts(): Promise<{ contacts: number; identities: number; interactions: number }> {
    return this.run(async () => {
      const { db } = this;
      return db.transaction('r', [db.contacts, db.identities, db.interactions], async () => {
        const [contacts, identities, interactions] = await Promise.all([
          db.contacts.count(),
          db.identities.count(),
          db.interactions.count(),
        ]);
        return { contacts, identities, interactions };
      });
    });
  }

  exportBackup(): Promise<MemoryBackup> {
    return this.run(async () => {
      const { db } = this;
      return db.transaction(
        'r',
        [db.contacts, db.identities, db.interactions, db.links],
        async () => {
          const [contacts, identities, interactions, links] = await Promise.all([
            db.contacts.toArray(),
            db.identities.toArray(),
            db.interactions.toArray(),
            db.links.toArray(),
          ]);
          return createBackup({ contacts, identities, interactions, links }, this.now());
        },
      );
    });
  }

  importBackup(
    data: unknown,
    mode: 'replace' | 'merge',
  ): Promise<{ contacts: number; identities: number; interactions: number }> {
    return this.run(() => {
      const result = validateBackup(data);
      if (!result.ok) {
        const [first] = result.problems;
        throw new MemoryError(
          'invalid-import',
          `The backup file is not valid, so nothing was imported${first ? ` (${first.path}: ${first.message}${result.problems.length > 1 ? `, and ${result.problems.length - 1} more` : ''})` : ''}.`,
          result.problems,
        );
      }
      const { backup } = result;
      const { db } = this;
      return db.transaction(
        'rw',
        [db.contacts, db.identities, db.interactions, db.links],
        async () => {
          if (mode === 'replace') {
            await Promise.all([
              db.contacts.clear(),
              db.identities.clear(),
              db.interactions.clear(),
              db.links.clear(),
            ]);
            await db.contacts.bulkAdd(backup.contacts);
            await db.identities.bulkAdd(backup.identities);
            await db.interactions.bulkAdd(backup.interactions);
            await db.links.bulkAdd(backup.links);
            return {
              contacts: backup.contacts.length,
              identities: backup.identities.length,
              interactions: backup.interactions.length,
            };
          }
          return this.mergeBackup(backup);
        },
      );
    });
  }

  /**
   * Merge keeps what is already here: records whose id exists (and interactions whose sendKey
   * exists: the same send) are skipped; a contact is added only when one of its identities is.
   */
  private async mergeBackup(
    backup: MemoryBackup,
  ): Promise<{ contacts: number; identities: number; interactions: number }> {
    const { db } = this;
    const existingIdentities = new Set(
      await db.identities
        .bulkGet(backup.identities.map((identity) => identity.id))
        .then((found) =>
          found.filter((identity) => identity !== undefined).map((identity) => identity.id),
        ),
    );
    const newIdentities = backup.identities.filter(
      (identity) => !existingIdentities.has(identity.id),
    );
    const neededContacts = new Set(newIdentities.map((identity) => identity.contactId));
    const existingContacts = new Set(
      (await db.contacts.bulkGet([...neededContacts]))
        .filter((contact) => contact !== undefined)
        .map((contact) => contact.id),
    );
    const newContacts = backup.contacts.filter(
      (contact) => neededContacts.has(contact.id) && !existingContacts.has(contact.id),
    );
    const knownIdentities = new Set([...existingIdentities, ...newIdentities.map((i) => i.id)]);
    const candidates = backup.interactions.filter((interaction) =>
      knownIdentities.has(interaction.identityId),
    );
    const [byId, bySendKey] = await Promise.all([
      db.interactions.bulkGet(candidates.map((interaction) => interaction.id)),
      db.interactions
        .where('sendKey')
        .anyOf(candidates.map((interaction) => interaction.sendKey))
        .keys(),
    ]);
    const takenIds = new Set(byId.filter((found) => found !== undefined).map((found) => found.id));
    const takenKeys = new Set(bySendKey.map(String));
    const newInteractions = candidates.filter(
      (interaction) => !takenIds.has(interaction.id) && !takenKeys.has(interaction.sendKey),
    );
    const existingLinks = new Set(
      (await db.links.bulkGet(backup.links.map((record) => record.id)))
        .filter((record) => record !== undefined)
        .map((record) => record.id),
    );
    await db.contacts.bulkAdd(newContacts);
    await db.identities.bulkAdd(newIdentities);
    await db.interactions.bulkAdd(newInteractions);
    await db.links.bulkAdd(backup.links.filter((record) => !existingLinks.has(record.id)));
    return {
      contacts: newContacts.length,
      identities: newIdentities.length,
      interactions: newInteractions.length,
    };
  }

  exportCsv(): Promise<{ contacts: string; interactions: string }> {
    return this.run(async () => {
      const { contacts, identities, interactions } = await this.exportBackup();
      return {
        contacts: contactsCsv(contacts, identities, interactions),
        interactions: interactionsCsv(contacts, identities, interactions),
      };
    });
  }

  close(): void {
    this.db.close();
  }
}

/**
 * Opens customer memory. Throws a MemoryError: 'unavailable' without IndexedDB, 'version' when a
 * newer Replykit wrote the database, 'blocked' when an upgrade waits for another open tab.
 */
export async function openMemory(options: OpenOptions = {}): Promise<CustomerMemory> {
  const factory = options.indexedDB ?? globalThis.indexedDB;
  if (!factory) throw new MemoryError('unavailable');
  const db = new MemoryDb(options.name ?? 'replykit-memory', {
    indexedDB: factory,
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  });
  try {
    await new Promise<void>((resolve, reject) => {
      // Dexie waits forever while another connection blocks the upgrade; say so instead.
      db.on('blocked', () => reject(new MemoryError('blocked')));
      db.open().then(() => resolve(), reject);
    });
  } catch (error) {
    db.close();
    throw toMemoryError(error);
  }
  // Dexie 4 opens a database of a higher version as it is; its records may have a shape this
  // code does not know (migrations only go forward), so an older Replykit must not touch it.
  // (Dexie stores version N as IndexedDB version N × 10.)
  if (db.backendDB().version > CURRENT_SCHEMA_VERSION * 10) {
    db.close();
    throw new MemoryError('version');
  }
  return new DexieCustomerMemory(db, options.now ?? Date.now, options.newId ?? defaultId);
}
