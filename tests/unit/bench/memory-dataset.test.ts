import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openBulkLoader } from '../../../lib/memory/bulk-load';
import { identityKey, openMemory } from '../../../lib/memory';
import type { Contact, Identity, Interaction, LinkRecord } from '../../../lib/memory/types';
import {
  DATASET_NOW,
  DATASET_SPAN_MS,
  generateDataset,
  HEAVY_MIN,
  makeSend,
  mulberry32,
  planDataset,
  scaledSize,
  TEXT_LENGTHS,
  type DatasetChunk,
} from '../../bench/memory/dataset';

// 1/50 of the benchmark's size: 2,000 contacts, 4,000 identities, 20,000 interactions.
const SIZE = scaledSize(50);

function collect(chunks: Iterable<DatasetChunk>) {
  const all = {
    chunks: 0,
    contacts: [] as Contact[],
    identities: [] as Identity[],
    interactions: [] as Interaction[],
    links: [] as LinkRecord[],
    perContact: [] as number[],
  };
  for (const chunk of chunks) {
    all.chunks++;
    all.contacts.push(...chunk.contacts);
    all.identities.push(...chunk.identities);
    all.interactions.push(...chunk.interactions);
    all.links.push(...chunk.links);
    all.perContact.push(...chunk.contactInteractions);
  }
  return all;
}

const data = collect(generateDataset({ ...SIZE, contactsPerChunk: 300 }));

describe('the memory benchmark dataset', () => {
  it('has exactly the size asked for, in chunks of whole contacts', () => {
    expect(SIZE).toEqual({ contacts: 2000, identities: 4000, interactions: 20000 });
    expect(data.contacts).toHaveLength(2000);
    expect(data.identities).toHaveLength(4000);
    expect(data.interactions).toHaveLength(20000);
    expect(data.chunks).toBe(7);
    // Every identity after a contact's first was linked to it.
    expect(data.links).toHaveLength(4000 - 2000);
    for (const chunk of generateDataset({ ...SIZE, contactsPerChunk: 300 })) {
      const contacts = new Set(chunk.contacts.map((c) => c.id));
      const identities = new Set(chunk.identities.map((i) => i.id));
      expect(chunk.identities.every((i) => contacts.has(i.contactId))).toBe(true);
      expect(chunk.interactions.every((i) => identities.has(i.identityId))).toBe(true);
    }
  });

  it('is the same for the same seed, and different for another', () => {
    const again = collect(generateDataset({ ...SIZE, contactsPerChunk: 1000 }));
    expect(again.contacts).toEqual(data.contacts);
    expect(again.identities).toEqual(data.identities);
    expect(again.interactions).toEqual(data.interactions);
    expect(again.links).toEqual(data.links);
    const other = collect(generateDataset({ ...SIZE, seed: 7 }));
    expect(other.interactions[0]!.ourReply).not.toBe(data.interactions[0]!.ourReply);
    expect(other.contacts.map((c) => c.name)).not.toEqual(data.contacts.map((c) => c.name));
  });

  it('is skewed: most contacts have 1–5 replies, 0.3 % have 100 or more', () => {
    const light = data.perContact.filter((n) => n <= 5).length;
    const heavy = data.perContact.filter((n) => n >= HEAVY_MIN).length;
    expect(light / data.contacts.length).toBeGreaterThan(0.8);
    expect(heavy).toBe(6);
    expect(Math.min(...data.perContact)).toBe(1);
    // The counts the chunks report are the contacts' real ones.
    const byIdentity = new Map<string, number>();
    for (const i of data.interactions)
      byIdentity.set(i.identityId, (byIdentity.get(i.identityId) ?? 0) + 1);
    const byContact = new Map<string, number>();
    for (const identity of data.identities)
      byContact.set(
        identity.contactId,
        (byContact.get(identity.contactId) ?? 0) + byIdentity.get(identity.id)!,
      );
    expect(data.contacts.map((c) => byContact.get(c.id))).toEqual(data.perContact);
  });

  it('gives each contact 1–4 identities on different platforms, keyed as lib/memory keys them', () => {
    const byContact = new Map<string, Identity[]>();
    for (const identity of data.identities)
      byContact.set(identity.contactId, [...(byContact.get(identity.contactId) ?? []), identity]);
    const sizes = [...byContact.values()].map((list) => list.length);
    expect(Math.min(...sizes)).toBe(1);
    expect(Math.max(...sizes)).toBe(4);
    for (const list of byContact.values())
      expect(new Set(list.map((i) => i.platform)).size).toBe(list.length);
    expect(new Set(data.identities.map((i) => i.id)).size).toBe(data.identities.length);
    for (const identity of data.identities)
      expect(identity.id).toBe(identityKey(identity.platform, identity));
    // Handle-less sites (WhatsApp, Messenger, Facebook) key by display name.
    expect(data.identities.some((i) => i.platform === 'whatsapp' && !i.handle)).toBe(true);
  });

  it('has texts of realistic lengths and times within the two years', () => {
    const { theirMessage, ourReply } = TEXT_LENGTHS;
    const their = data.interactions.flatMap((i) => (i.theirMessage ? [i.theirMessage] : []));
    expect(their.length / data.interactions.length).toBeGreaterThan(0.85);
    for (const text of their) {
      expect(text.length).toBeGreaterThanOrEqual(theirMessage.min);
      expect(text.length).toBeLessThanOrEqual(theirMessage.max);
    }
    for (const { ourReply: text } of data.interactions) {
      expect(text.length).toBeGreaterThanOrEqual(ourReply.min);
      expect(text.length).toBeLessThanOrEqual(ourReply.max);
    }
    const times = data.interactions.map((i) => i.at);
    expect(Math.min(...times)).toBeGreaterThanOrEqual(DATASET_NOW - DATASET_SPAN_MS);
    expect(Math.max(...times)).toBeLessThanOrEqual(DATASET_NOW);
    // Spread over the whole span, not bunched.
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(DATASET_SPAN_MS * 0.95);
    expect(new Set(data.interactions.map((i) => i.sendKey)).size).toBe(data.interactions.length);
    expect(new Set(data.interactions.map((i) => i.id)).size).toBe(data.interactions.length);
    const timesOf = new Map<string, number[]>();
    for (const i of data.interactions)
      timesOf.set(i.identityId, [...(timesOf.get(i.identityId) ?? []), i.at]);
    for (const identity of data.identities) {
      const own = timesOf.get(identity.id) ?? [];
      expect(own.length).toBeGreaterThan(0);
      expect(identity.firstSeen).toBe(Math.min(...own));
      expect(identity.lastSeen).toBe(Math.max(...own));
    }
  });

  it('says so when the size cannot be made', () => {
    expect(() => planDataset({ contacts: 10, identities: 50, interactions: 100 })).toThrow(
      /cannot make 50 identities/,
    );
    expect(() => planDataset({ contacts: 10, identities: 20, interactions: 15 })).toThrow(
      /cannot make 15 interactions/,
    );
  });

  it('loads with bulkLoad into memory that looks a contact up across its linked identities', async () => {
    const name = `memory-dataset-${Math.random()}`;
    const memory = await openMemory({ name, indexedDB, IDBKeyRange });
    const loader = await openBulkLoader(name, { indexedDB, IDBKeyRange });
    const small = collect(generateDataset(scaledSize(1000)));
    await loader.add(small);
    loader.close();
    expect(await memory.counts()).toEqual({ contacts: 100, identities: 200, interactions: 1000 });
    const linked = small.contacts.find(
      (c) => small.identities.filter((i) => i.contactId === c.id).length > 1,
    )!;
    const identities = small.identities.filter((i) => i.contactId === linked.id);
    const last = identities[identities.length - 1]!;
    const record = (await memory.lookup(last.platform, last))!;
    expect(record.contact).toEqual(linked);
    expect(record.identities.map((i) => i.id).sort()).toEqual(identities.map((i) => i.id).sort());
    const ids = new Set(identities.map((i) => i.id));
    const history = small.interactions.filter((i) => ids.has(i.identityId));
    expect(record.interactions).toHaveLength(Math.min(200, history.length));

    const send = makeSend(mulberry32(1), last, DATASET_NOW + 1000);
    expect(identityKey(send.platform, send.customer)).toBe(last.id);
    await memory.recordSend(send);
    expect((await memory.lookup(last.platform, last))!.interactions[0]!.sendKey).toBe(send.sendKey);
    memory.close();
  });
});
