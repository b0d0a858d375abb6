import { describe, expect, it } from 'vitest';
import { openTestMemory, send } from './helpers';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 5, 30, 12);

async function seedPeople(label: string) {
  let now = NOW;
  const memory = await openTestMemory(label, { now: () => (now += 1) });
  const people = [
    { platform: 'x' as const, handle: 'maya_p', displayName: 'Maya Patel', daysAgo: 40 },
    { platform: 'instagram' as const, handle: 'maya.patel', displayName: 'Maya Patel', daysAgo: 2 },
    {
      platform: 'mastodon' as const,
      handle: 'sam@mastodon.social',
      displayName: 'Sam Kerr',
      daysAgo: 10,
    },
    { platform: 'whatsapp' as const, handle: undefined, displayName: 'Ana Lima', daysAgo: 1 },
  ];
  for (const [index, person] of people.entries()) {
    await memory.recordSend(
      send({
        sendKey: `s${index}`,
        platform: person.platform,
        customer: { handle: person.handle, displayName: person.displayName },
        ourReply: `reply to ${person.displayName} on ${person.platform}`,
        at: NOW - person.daysAgo * DAY,
      }),
    );
  }
  await memory.link(['x:@maya_p', 'instagram:@maya.patel'], [], 'you');
  const maya = (await memory.lookup('instagram', { handle: 'maya.patel' }))!;
  return { memory, maya };
}

describe('forget', () => {
  it('removes every record about the person, in every table, and nothing about anyone else', async () => {
    const { memory, maya } = await seedPeople('forget');
    await memory.updateContact(maya.contact.id, { notes: 'Order #48213', tags: ['vip'] });
    expect(await memory.counts()).toEqual({ contacts: 3, identities: 4, interactions: 4 });
    expect(await memory.forget(maya.contact.id)).toEqual({
      identities: 2,
      interactions: 2,
      links: 1,
    });
    expect(await memory.counts()).toEqual({ contacts: 2, identities: 2, interactions: 2 });
    const backup = await memory.exportBackup();
    expect(backup.links).toEqual([]);
    expect(JSON.stringify(backup)).not.toMatch(/maya|48213/i);
    expect(await memory.lookup('x', { handle: 'maya_p' })).toBeNull();
    await expect(memory.forget(maya.contact.id)).rejects.toMatchObject({ kind: 'not-found' });
    memory.close();
  });
});

describe('retention', () => {
  it('deletes interactions older than N days and keeps the people', async () => {
    const { memory } = await seedPeople('retention');
    expect(await memory.applyRetention(30)).toBe(1);
    expect(await memory.counts()).toEqual({ contacts: 3, identities: 4, interactions: 3 });
    const maya = (await memory.lookup('x', { handle: 'maya_p' }))!;
    expect(maya.interactions.map((interaction) => interaction.platform)).toEqual(['instagram']);
    expect(await memory.applyRetention(30)).toBe(0);
    expect(await memory.applyRetention(0)).toBe(3);
    await expect(memory.applyRetention(-1)).rejects.toMatchObject({ kind: 'conflict' });
    memory.close();
  });
});

describe('searchContacts', () => {
  it('finds by name, handle (with or without @), display name and tag prefix, ignoring case', async () => {
    const { memory, maya } = await seedPeople('search');
    await memory.updateContact(maya.contact.id, { tags: ['Wholesale'] });
    const names = async (query: string) =>
      (await memory.searchContacts(query)).map((result) => result.contact.name);
    expect(await names('maya')).toEqual(['Maya Patel']);
    expect(await names('@SAM')).toEqual(['Sam Kerr']);
    expect(await names('sam@mast')).toEqual(['Sam Kerr']);
    expect(await names('ana l')).toEqual(['Ana Lima']);
    expect(await names('whole')).toEqual(['Maya Patel']);
    expect(await names('nobody')).toEqual([]);
    const [result] = await memory.searchContacts('maya');
    expect(result?.identities.map((identity) => identity.id)).toEqual([
      'instagram:@maya.patel',
      'x:@maya_p',
    ]);
    expect(result?.lastAt).toBe(NOW - 2 * DAY);
    memory.close();
  });

  it('lists the most recent people for an empty query, up to the limit', async () => {
    const { memory } = await seedPeople('recent');
    expect((await memory.searchContacts('')).map((result) => result.contact.name)).toEqual([
      'Ana Lima',
      'Maya Patel',
      'Sam Kerr',
    ]);
    expect((await memory.searchContacts('  ', 2)).map((result) => result.contact.name)).toEqual([
      'Ana Lima',
      'Maya Patel',
    ]);
    memory.close();
  });
});

describe('recentReplies', () => {
  it('returns our newest replies to other people, newest first', async () => {
    const { memory, maya } = await seedPeople('recent-replies');
    expect(await memory.recentReplies(10, maya.contact.id)).toEqual([
      'reply to Ana Lima on whatsapp',
      'reply to Sam Kerr on mastodon',
    ]);
    expect(await memory.recentReplies(2)).toEqual([
      'reply to Ana Lima on whatsapp',
      'reply to Maya Patel on instagram',
    ]);
    expect(await memory.recentReplies(0)).toEqual([]);
    memory.close();
  });
});

describe('updateContact', () => {
  it('changes name, notes and tags (tags de-duplicated ignoring case) and keeps the rest', async () => {
    const { memory, maya } = await seedPeople('update');
    const updated = await memory.updateContact(maya.contact.id, {
      name: '  Maya P. ',
      tags: ['vip', 'VIP', 'returns'],
    });
    expect(updated).toMatchObject({
      id: maya.contact.id,
      name: 'Maya P.',
      notes: '',
      tags: ['vip', 'returns'],
      createdAt: maya.contact.createdAt,
    });
    expect(updated.updatedAt).toBeGreaterThan(maya.contact.updatedAt);
    await expect(memory.updateContact('missing', { notes: 'x' })).rejects.toMatchObject({
      kind: 'not-found',
    });
    memory.close();
  });
});
