import { describe, expect, it } from 'vitest';
import { openTestMemory, send } from './helpers';

describe('recordSend and lookup', () => {
  it('records a send once per sendKey and finds the customer by handle in any case', async () => {
    const memory = await openTestMemory('record');
    const first = await memory.recordSend(send({ sendKey: 'k1' }));
    expect(first.created).toBe(true);
    const again = await memory.recordSend(send({ sendKey: 'k1', ourReply: 'something else' }));
    expect(again).toEqual({ interaction: first.interaction, created: false });
    const record = await memory.lookup('x', { handle: '@MAYA_P' });
    expect(record?.contact.name).toBe('Maya Patel');
    expect(record?.identities.map((identity) => identity.id)).toEqual(['x:@maya_p']);
    expect(record?.interactions).toEqual([first.interaction]);
    expect(await memory.counts()).toEqual({ contacts: 1, identities: 1, interactions: 1 });
    memory.close();
  });

  it('returns null for someone never seen, and for a person with neither handle nor name', async () => {
    const memory = await openTestMemory('unknown');
    await memory.recordSend(send({ sendKey: 'k1' }));
    expect(await memory.lookup('x', { handle: 'someone_else' })).toBeNull();
    expect(await memory.lookup('instagram', { handle: 'maya_p' })).toBeNull();
    expect(await memory.lookup('x', {})).toBeNull();
    memory.close();
  });
});

describe('history across a person', () => {
  it('counts conversations by thread (or identity and day) and unresolved problems by their newest reply', async () => {
    const memory = await openTestMemory('conversations');
    const day = (n: number, hour = 10) => Date.UTC(2025, 5, n, hour);
    const thread = 'https://x.com/maya_p/status/100';
    // Thread 100: a delivery complaint, then our follow-up that closes it (newest is resolved).
    await memory.recordSend(
      send({ sendKey: 'a', threadUrl: thread, intent: 'delivery', at: day(1) }),
    );
    const followUp = await memory.recordSend(
      send({ sendKey: 'b', threadUrl: thread, intent: 'delivery', at: day(2) }),
    );
    // Two DMs without a thread URL on one day: one conversation, a refund still open.
    await memory.recordSend(
      send({ sendKey: 'c', composerKind: 'direct-message', intent: 'question', at: day(3, 9) }),
    );
    await memory.recordSend(
      send({ sendKey: 'd', composerKind: 'direct-message', intent: 'refund', at: day(3, 15) }),
    );
    // Praise the next day: a third conversation, no problem.
    await memory.recordSend(send({ sendKey: 'e', intent: 'praise', at: day(4) }));
    let record = (await memory.lookup('x', { handle: 'maya_p' }))!;
    expect(record.interactions.map((interaction) => interaction.sendKey)).toEqual([
      'e',
      'd',
      'c',
      'b',
      'a',
    ]);
    expect({ conversations: record.conversations, unresolved: record.unresolved }).toEqual({
      conversations: 3,
      unresolved: 2,
    });
    await memory.setResolved(followUp.interaction.id, true);
    record = (await memory.lookup('x', { handle: 'maya_p' }))!;
    expect(record.unresolved).toBe(1);
    await expect(memory.setResolved('missing', true)).rejects.toMatchObject({ kind: 'not-found' });
    memory.close();
  });

  it('caps the interactions at 200, newest first, while the counts cover all of them', async () => {
    const memory = await openTestMemory('cap');
    for (let index = 0; index < 230; index++)
      await memory.recordSend(
        send({
          sendKey: `k${index}`,
          threadUrl: `https://x.com/maya_p/status/${index}`,
          at: Date.UTC(2025, 0, 1) + index * 60_000,
        }),
      );
    const record = (await memory.lookup('x', { handle: 'maya_p' }))!;
    expect(record.interactions).toHaveLength(200);
    expect(record.interactions[0]?.sendKey).toBe('k229');
    expect(record.interactions[199]?.sendKey).toBe('k30');
    expect(record.conversations).toBe(230);
    memory.close();
  });

  it('updates the identity on a later send: last seen, display name and profile URL; keeps the first-seen time', async () => {
    const memory = await openTestMemory('identity-update');
    await memory.recordSend(send({ sendKey: 'a', at: Date.UTC(2025, 0, 1) }));
    await memory.recordSend(
      send({
        sendKey: 'b',
        at: Date.UTC(2025, 0, 5),
        customer: {
          handle: 'Maya_P',
          displayName: 'Maya P. 🌷',
          profileUrl: 'https://x.com/Maya_P',
        },
      }),
    );
    // An older send arriving late (a retry) does not roll the name back.
    await memory.recordSend(
      send({
        sendKey: 'c',
        at: Date.UTC(2025, 0, 3),
        customer: { handle: 'maya_p', displayName: 'Old' },
      }),
    );
    const record = (await memory.lookup('x', { handle: 'maya_p' }))!;
    expect(record.identities[0]).toMatchObject({
      id: 'x:@maya_p',
      handle: 'maya_p',
      displayName: 'Maya P. 🌷',
      profileUrl: 'https://x.com/Maya_P',
      firstSeen: Date.UTC(2025, 0, 1),
      lastSeen: Date.UTC(2025, 0, 5),
    });
    expect(record.contact.name).toBe('Maya Patel');
    memory.close();
  });

  it('finds a WhatsApp customer by display name only, and refuses a send that names nobody', async () => {
    const memory = await openTestMemory('whatsapp');
    await memory.recordSend(
      send({ sendKey: 'w', platform: 'whatsapp', customer: { displayName: 'Jörg Müller' } }),
    );
    const record = await memory.lookup('whatsapp', { displayName: 'jörg  müller' });
    expect(record?.contact.name).toBe('Jörg Müller');
    expect(record?.identities[0]?.handle).toBeUndefined();
    await expect(
      memory.recordSend(send({ sendKey: 'n', customer: { handle: '@' } })),
    ).rejects.toMatchObject({ kind: 'conflict' });
    expect(await memory.counts()).toEqual({ contacts: 1, identities: 1, interactions: 1 });
    memory.close();
  });
});
