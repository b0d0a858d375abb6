import { describe, expect, it } from 'vitest';
import { openTestMemory, send, uniqueName } from './helpers';

describe('two tabs writing at once', () => {
  it('records every distinct send exactly once and loses none (200 interleaved sends, duplicates across both)', async () => {
    const name = uniqueName('two-tabs');
    const [tabA, tabB] = await Promise.all([
      openTestMemory('tab-a', { name }),
      openTestMemory('tab-b', { name }),
    ]);
    const customers = ['maya_p', 'sam_k', 'ana_l', 'jo_w', 'li_m'];
    // 200 sends: 150 distinct keys, 50 of them reported by both tabs (the same send seen twice).
    const sends = Array.from({ length: 150 }, (_, index) =>
      send({
        sendKey: `send-${index}`,
        customer: { handle: customers[index % customers.length]! },
        ourReply: `reply ${index} ✅`,
        at: Date.UTC(2025, 5, 1) + index,
      }),
    );
    const writes = sends.flatMap((record, index) => {
      const first = (index % 2 ? tabA : tabB).recordSend(record);
      return index % 3 === 0 ? [first, (index % 2 ? tabB : tabA).recordSend(record)] : [first];
    });
    expect(writes).toHaveLength(200);
    const results = await Promise.all(writes);
    const created = results.filter((result) => result.created);
    expect(created).toHaveLength(150);
    expect(new Set(created.map((result) => result.interaction.sendKey)).size).toBe(150);
    for (const result of results.filter((entry) => !entry.created)) {
      const original = created.find(
        (entry) => entry.interaction.sendKey === result.interaction.sendKey,
      );
      expect(result.interaction).toEqual(original?.interaction);
    }
    expect(await tabA.counts()).toEqual({ contacts: 5, identities: 5, interactions: 150 });
    const backup = await tabB.exportBackup();
    expect(backup.interactions.map((interaction) => interaction.sendKey).sort()).toEqual(
      sends.map((record) => record.sendKey).sort(),
    );
    for (const handle of customers) {
      const record = (await tabB.lookup('x', { handle }))!;
      expect(record.interactions).toHaveLength(30);
    }
    tabA.close();
    tabB.close();
  });
});
