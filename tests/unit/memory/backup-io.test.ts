import { describe, expect, it } from 'vitest';
import { backupJson, parseBackupText, type MemoryBackup } from '../../../lib/memory/backup';
import type { Contact, Identity, Interaction, LinkRecord } from '../../../lib/memory';
import { PLATFORM_IDS } from '../../../lib/platforms';
import { INTENTS } from '../../../lib/voice/taxonomy';
import { openTestMemory, send } from './helpers';

/** A deterministic dataset: 1,000 contacts, 2,000 identities, 6,000 interactions, 50 links. */
function generate(): Omit<MemoryBackup, 'format' | 'version' | 'exportedAt'> {
  const base = Date.UTC(2025, 0, 1);
  const contacts: Contact[] = [];
  const identities: Identity[] = [];
  const interactions: Interaction[] = [];
  const links: LinkRecord[] = [];
  for (let c = 0; c < 1000; c++) {
    contacts.push({
      id: `c${c}`,
      name: c % 7 ? `Person ${c}` : `Zoë “${c}” <b>bold</b> 🚀`,
      notes: c % 5 ? '' : `Order #${48000 + c}\nprefers DMs`,
      tags: c % 3 ? [] : ['vip', `batch-${c % 4}`],
      createdAt: base + c,
      updatedAt: base + c,
    });
    for (let i = 0; i < 2; i++) {
      const platform = PLATFORM_IDS[(c + i * 3) % 11]!;
      const id = `${platform}:@person${c}_${i}`;
      identities.push({
        id,
        platform,
        handle: `person${c}_${i}`,
        ...(i ? {} : { displayName: `Person ${c}` }),
        contactId: `c${c}`,
        firstSeen: base,
        lastSeen: base + c * 1000,
      });
      for (let k = 0; k < 3; k++) {
        const n = interactions.length;
        interactions.push({
          id: `i${n}`,
          identityId: id,
          platform,
          composerKind: k ? 'reply' : 'direct-message',
          ...(k === 2 ? {} : { threadUrl: `https://example.com/${platform}/${c}/${i}` }),
          ...(n % 4 ? { theirMessage: `Where is my parcel? ${'…'.repeat(n % 50)} 📦` } : {}),
          ourReply: `Sorry ${c}, it is on its way.`,
          intent: INTENTS[n % INTENTS.length]!,
          at: base + n * 60_000,
          packId: 'default',
          packVersion: '1.2.0',
          findings: n % 3 ? [] : [{ ruleId: 'human.repeated-reply', severity: 'warning' }],
          suggestion: n % 2 ? 'as-is' : 'edited',
          ...(n % 9 ? {} : { resolved: true }),
          sendKey: `send-${n}`,
        });
      }
    }
  }
  for (let l = 0; l < 50; l++)
    links.push({
      id: `l${l}`,
      kind: 'link',
      identityIds: [identities[l * 2]!.id, identities[l * 2 + 1]!.id],
      before: { [identities[l * 2]!.id]: `c${l}`, [identities[l * 2 + 1]!.id]: `c${l}` },
      contactId: `c${l}`,
      evidence: [],
      confirmedBy: 'you',
      at: base + l,
      contactsBefore: [],
      ...(l % 10 ? {} : { undoneAt: base + l + 5 }),
    });
  return { contacts, identities, interactions, links };
}

const byId = <T extends { id: string }>(records: readonly T[]) =>
  [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

function sameData(a: MemoryBackup, b: MemoryBackup) {
  expect(byId(b.contacts)).toEqual(byId(a.contacts));
  expect(byId(b.identities)).toEqual(byId(a.identities));
  expect(byId(b.interactions)).toEqual(byId(a.interactions));
  expect(byId(b.links)).toEqual(byId(a.links));
}

describe('backup through the database', () => {
  it('export → JSON text → import into an empty profile gives the same data', async () => {
    const source = await openTestMemory('backup-source');
    const data = generate();
    const file = {
      format: 'replykit-memory',
      version: 1,
      exportedAt: '2025-06-01T00:00:00.000Z',
      ...data,
    };
    expect(await source.importBackup(file, 'replace')).toEqual({
      contacts: 1000,
      identities: 2000,
      interactions: 6000,
    });
    const exported = await source.exportBackup();
    sameData(file as MemoryBackup, exported);
    const parsed = parseBackupText(backupJson(exported));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const target = await openTestMemory('backup-target');
    await target.importBackup(parsed.backup, 'replace');
    sameData(exported, await target.exportBackup());
    expect(await target.counts()).toEqual({ contacts: 1000, identities: 2000, interactions: 6000 });
    expect((await target.lookup('x', { handle: 'person0_0' }))?.interactions).toHaveLength(6);
    source.close();
    target.close();
  });

  it('merge adds what is missing and keeps what is here (a send already recorded is not doubled)', async () => {
    const memory = await openTestMemory('backup-merge');
    await memory.recordSend(send({ sendKey: 'shared' }));
    const other = await openTestMemory('backup-merge-other');
    await other.recordSend(send({ sendKey: 'shared' }));
    await other.recordSend(send({ sendKey: 'only-there', customer: { handle: 'sam_k' } }));
    await memory.updateContact((await memory.lookup('x', { handle: 'maya_p' }))!.contact.id, {
      notes: 'ours',
    });
    const result = await memory.importBackup(await other.exportBackup(), 'merge');
    expect(result).toEqual({ contacts: 1, identities: 1, interactions: 1 });
    expect(await memory.counts()).toEqual({ contacts: 2, identities: 2, interactions: 2 });
    expect((await memory.lookup('x', { handle: 'maya_p' }))!.contact.notes).toBe('ours');
    expect(await memory.importBackup(await other.exportBackup(), 'merge')).toEqual({
      contacts: 0,
      identities: 0,
      interactions: 0,
    });
    memory.close();
    other.close();
  });
});
