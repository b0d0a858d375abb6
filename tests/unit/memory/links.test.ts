import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MemoryError, type CustomerMemory, type LinkRecord } from '../../../lib/memory';
import { openTestMemory, send } from './helpers';

/** Everything in the database, sorted, for before/after comparisons. */
async function snapshot(memory: CustomerMemory) {
  const backup = await memory.exportBackup();
  const byId = <T extends { id: string }>(records: T[]) =>
    [...records].sort((a, b) => a.id.localeCompare(b.id));
  return {
    contacts: byId(backup.contacts),
    identities: byId(backup.identities),
    interactions: byId(backup.interactions),
  };
}

/** Maya on Instagram (first) and on X; Sam on X. */
async function seed(label: string) {
  const memory = await openTestMemory(label);
  await memory.recordSend(
    send({
      sendKey: 'ig-1',
      platform: 'instagram',
      customer: { handle: 'maya.patel', displayName: 'Maya Patel' },
      threadUrl: 'https://www.instagram.com/direct/t/1',
      intent: 'delivery',
      topic: 'parcel delayed',
      at: Date.UTC(2025, 4, 30, 9),
    }),
  );
  await memory.recordSend(
    send({ sendKey: 'x-1', threadUrl: 'https://x.com/maya_p/status/1', at: Date.UTC(2025, 5, 1) }),
  );
  await memory.recordSend(
    send({
      sendKey: 'x-2',
      customer: { handle: 'sam_k', displayName: 'Sam K' },
      at: Date.UTC(2025, 5, 1, 12),
    }),
  );
  const ig = (await memory.lookup('instagram', { handle: 'maya.patel' }))!;
  const x = (await memory.lookup('x', { handle: 'maya_p' }))!;
  const sam = (await memory.lookup('x', { handle: 'sam_k' }))!;
  return { memory, ig, x, sam };
}

const EVIDENCE = [
  {
    kind: 'same-display-name' as const,
    value: 'Maya Patel',
    seenIn: ['instagram:@maya.patel', 'x:@maya_p'],
    strength: 'strong' as const,
  },
];

describe('link, unlink, merge, undo', () => {
  it('link puts both identities under the older contact, merges notes and tags, and the history spans both', async () => {
    const { memory, ig, x } = await seed('link');
    await memory.updateContact(x.contact.id, { notes: 'Prefers DMs', tags: ['vip'] });
    await memory.updateContact(ig.contact.id, {
      notes: 'Order #48213',
      tags: ['VIP', 'wholesale'],
    });
    const record = await memory.link(['x:@maya_p', 'instagram:@maya.patel'], EVIDENCE, 'AB');
    expect(record).toMatchObject({
      kind: 'link',
      contactId: ig.contact.id,
      before: { 'x:@maya_p': x.contact.id, 'instagram:@maya.patel': ig.contact.id },
      evidence: EVIDENCE,
      confirmedBy: 'AB',
    });
    const linked = (await memory.lookup('x', { handle: 'maya_p' }))!;
    expect(linked.contact.id).toBe(ig.contact.id);
    expect(linked.contact.notes).toBe('Order #48213\n\nPrefers DMs');
    expect(linked.contact.tags).toEqual(['VIP', 'wholesale']);
    expect(linked.identities.map((identity) => identity.id)).toEqual([
      'x:@maya_p',
      'instagram:@maya.patel',
    ]);
    expect(linked.interactions.map((interaction) => interaction.sendKey)).toEqual(['x-1', 'ig-1']);
    expect(linked.conversations).toBe(2);
    expect(linked.unresolved).toBe(1);
    expect((await memory.counts()).contacts).toBe(2);
    expect(await memory.links(ig.contact.id)).toEqual([record]);
    memory.close();
  });

  it('undo of a link restores every record exactly, including the removed contact', async () => {
    const { memory, x } = await seed('undo-link');
    await memory.updateContact(x.contact.id, { notes: 'Prefers DMs', tags: ['vip'] });
    const before = await snapshot(memory);
    const record = await memory.link(['x:@maya_p', 'instagram:@maya.patel'], EVIDENCE, 'AB');
    await memory.undo(record.id);
    expect(await snapshot(memory)).toEqual(before);
    const [undone] = await memory.links(x.contact.id);
    expect(undone?.undoneAt).toBeTypeOf('number');
    await expect(memory.undo(record.id)).rejects.toMatchObject({ kind: 'conflict' });
    memory.close();
  });

  it('unlink gives the identity a contact of its own; undo puts it back and removes that contact', async () => {
    const { memory } = await seed('unlink');
    await memory.link(['x:@maya_p', 'instagram:@maya.patel'], EVIDENCE, 'AB');
    const linked = await snapshot(memory);
    const record = await memory.unlink('x:@maya_p', 'AB');
    const alone = (await memory.lookup('x', { handle: 'maya_p' }))!;
    expect(alone.contact).toMatchObject({ id: record.contactId, name: 'Maya Patel', notes: '' });
    expect(alone.identities).toHaveLength(1);
    expect(alone.interactions.map((interaction) => interaction.sendKey)).toEqual(['x-1']);
    await memory.undo(record.id);
    expect(await snapshot(memory)).toEqual(linked);
    memory.close();
  });

  it('merge moves every identity of the newer contact; undo restores both contacts', async () => {
    const { memory, ig, sam } = await seed('merge');
    await memory.updateContact(sam.contact.id, { tags: ['press'] });
    const before = await snapshot(memory);
    const record = await memory.merge([sam.contact.id, ig.contact.id], 'you');
    expect(record).toMatchObject({ kind: 'merge', contactId: ig.contact.id });
    const merged = (await memory.lookup('x', { handle: 'sam_k' }))!;
    expect(merged.contact.id).toBe(ig.contact.id);
    expect(merged.contact.tags).toEqual(['press']);
    await memory.undo(record.id);
    expect(await snapshot(memory)).toEqual(before);
    memory.close();
  });

  it('refuses to undo when a later operation touched the same identities, or the contact was edited since', async () => {
    const { memory, ig } = await seed('stale');
    const link = await memory.link(['x:@maya_p', 'instagram:@maya.patel'], EVIDENCE, 'AB');
    const unlink = await memory.unlink('x:@maya_p', 'AB');
    const refusal = await memory.undo(link.id).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(MemoryError);
    expect(refusal).toMatchObject({
      kind: 'conflict',
      message: expect.stringMatching(/later unlink/),
    });
    await memory.undo(unlink.id);
    await memory.updateContact(ig.contact.id, { notes: 'Called on Monday' });
    await expect(memory.undo(link.id)).rejects.toMatchObject({
      kind: 'conflict',
      message: expect.stringMatching(/edited since/),
    });
    memory.close();
  });

  it('refuses what makes no sense, with kinds the panel can explain', async () => {
    const { memory, ig } = await seed('refuse');
    await expect(memory.unlink('x:@maya_p', 'AB')).rejects.toMatchObject({ kind: 'conflict' });
    await expect(memory.merge([ig.contact.id, ig.contact.id], 'AB')).rejects.toMatchObject({
      kind: 'conflict',
    });
    await expect(memory.link(['x:@maya_p', 'x:@nobody'], [], 'AB')).rejects.toMatchObject({
      kind: 'not-found',
    });
    await expect(memory.undo('no-such-link')).rejects.toMatchObject({ kind: 'not-found' });
    memory.close();
  });

  it('suggests links with evidence and never applies them', async () => {
    const { memory, ig, x } = await seed('suggest');
    const before = await snapshot(memory);
    const suggestions = await memory.suggestLinks('x:@maya_p');
    expect(suggestions.map((suggestion) => suggestion.identity.id)).toEqual([
      'instagram:@maya.patel',
    ]);
    expect(suggestions[0]?.contact.id).toBe(ig.contact.id);
    expect(suggestions[0]?.evidence.map((evidence) => evidence.kind)).toContain(
      'same-display-name',
    );
    expect(await snapshot(memory)).toEqual(before);
    await memory.link([x.identities[0]!.id, ig.identities[0]!.id], EVIDENCE, 'AB');
    expect(await memory.suggestLinks('x:@maya_p')).toEqual([]);
    memory.close();
  });
});

describe('suggestLinks through evidence.ts', () => {
  it("finds the same order number in the customer's messages on two platforms with unrelated names", async () => {
    const memory = await openTestMemory('suggest-order');
    await memory.recordSend(
      send({
        sendKey: 'ig',
        platform: 'instagram',
        customer: { handle: 'sunny.days', displayName: 'Sunny' },
        theirMessage: 'My order #48213 never arrived',
      }),
    );
    await memory.recordSend(
      send({
        sendKey: 'x',
        customer: { handle: 'jw_1987', displayName: 'J. W.' },
        theirMessage: 'Still nothing for order 48213, write to jw@example.com',
      }),
    );
    await memory.recordSend(
      send({ sendKey: 'o', customer: { handle: 'other' }, theirMessage: 'order #99999 is late' }),
    );
    const [suggestion, ...rest] = await memory.suggestLinks('x:@jw_1987');
    expect(rest).toEqual([]);
    expect(suggestion?.identity.id).toBe('instagram:@sunny.days');
    expect(suggestion?.evidence).toContainEqual(
      expect.objectContaining({ kind: 'same-order-number', strength: 'strong' }),
    );
    expect((await memory.counts()).contacts).toBe(3);
    memory.close();
  });
});

describe('exportCsv', () => {
  it('writes one row per contact and per interaction through csv.ts', async () => {
    const memory = await openTestMemory('csv');
    await memory.recordSend(send({ sendKey: 'a' }));
    await memory.recordSend(send({ sendKey: 'b', customer: { handle: 'sam_k' } }));
    const csv = await memory.exportCsv();
    const lines = (text: string) =>
      text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
    expect(lines(csv.contacts)).toHaveLength(3);
    expect(lines(csv.interactions)).toHaveLength(3);
    expect(csv.contacts).toContain('Maya');
    memory.close();
  });
});

type Op =
  | { kind: 'link'; a: number; b: number }
  | { kind: 'unlink'; a: number }
  | { kind: 'merge'; a: number; b: number }
  | { kind: 'undo-last' };

const IDENTITIES = 5;

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('link' as const),
    a: fc.nat(IDENTITIES - 1),
    b: fc.nat(IDENTITIES - 1),
  }),
  fc.record({ kind: fc.constant('unlink' as const), a: fc.nat(IDENTITIES - 1) }),
  fc.record({
    kind: fc.constant('merge' as const),
    a: fc.nat(IDENTITIES - 1),
    b: fc.nat(IDENTITIES - 1),
  }),
  fc.constant({ kind: 'undo-last' as const }),
);

describe('link operations keep memory consistent (property)', () => {
  it('every identity has a contact, no interaction is orphaned, no contact is empty, and undo of the last operation restores the previous state', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const memory = await openTestMemory(`property-${++run}`);
        const ids: string[] = [];
        for (let index = 0; index < IDENTITIES; index++) {
          const platform = index % 2 ? 'x' : 'instagram';
          const { interaction } = await memory.recordSend(
            send({
              sendKey: `s${index}`,
              platform,
              customer: { handle: `person${index}`, displayName: `Person ${index}` },
            }),
          );
          ids.push(interaction.identityId);
          await memory.updateContact(
            (await memory.lookup(platform, { handle: `person${index}` }))!.contact.id,
            {
              notes: `note ${index}`,
              tags: [`t${index}`],
            },
          );
        }
        const history: { record: LinkRecord; before: Awaited<ReturnType<typeof snapshot>> }[] = [];
        for (const step of ops) {
          const before = await snapshot(memory);
          const contactOf = (index: number) =>
            before.identities.find((identity) => identity.id === ids[index])!.contactId;
          let record: LinkRecord | undefined;
          if (step.kind === 'undo-last') {
            // Undo of the newest operation is never refused, and restores the state before it.
            const last = history.pop();
            if (last) {
              await memory.undo(last.record.id);
              expect(await snapshot(memory)).toEqual(last.before);
            }
          } else {
            try {
              if (step.kind === 'link')
                record = await memory.link([ids[step.a]!, ids[step.b]!], [], 'p');
              else if (step.kind === 'unlink') record = await memory.unlink(ids[step.a]!, 'p');
              else record = await memory.merge([contactOf(step.a), contactOf(step.b)], 'p');
            } catch (error) {
              // Refusals are fine (link within one contact, unlink of a lone identity), but they
              // must be explained and change nothing.
              expect(error).toBeInstanceOf(MemoryError);
              expect((error as MemoryError).kind).toBe('conflict');
              expect(await snapshot(memory)).toEqual(before);
            }
          }
          if (record) history.push({ record, before });
          const after = await snapshot(memory);
          const contactIds = new Set(after.contacts.map((contact) => contact.id));
          const identityIds = new Set(after.identities.map((identity) => identity.id));
          for (const identity of after.identities) expect(contactIds).toContain(identity.contactId);
          for (const interaction of after.interactions)
            expect(identityIds).toContain(interaction.identityId);
          const used = new Set(after.identities.map((identity) => identity.contactId));
          expect([...contactIds].sort()).toEqual([...used].sort());
          expect(after.interactions).toHaveLength(IDENTITIES);
        }
        memory.close();
      }),
      { numRuns: 40 },
    );
  });
});
