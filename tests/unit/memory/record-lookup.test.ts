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
