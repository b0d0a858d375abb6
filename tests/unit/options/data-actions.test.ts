import { describe, expect, it } from 'vitest';
import { MemoryError } from '../../../lib/memory';
import {
  backupParts,
  confirmer,
  importText,
  loadDetail,
  searchRows,
  toFailure,
} from '../../../lib/options/data-actions';
import { openTestMemory, send } from '../memory/helpers';

const DAY = 24 * 60 * 60 * 1000;
const T = Date.UTC(2025, 5, 1, 10);

async function seeded(label: string) {
  const memory = await openTestMemory(label);
  await memory.recordSend(
    send({
      sendKey: 'ig-1',
      platform: 'instagram',
      customer: { handle: 'maya.p', displayName: 'Maya Patel' },
      threadUrl: 'https://www.instagram.com/direct/t/1',
      theirMessage: 'My parcel <b>#48213</b> is late',
      intent: 'delivery',
      at: T,
    }),
  );
  await memory.recordSend(
    send({
      sendKey: 'x-1',
      platform: 'x',
      customer: { handle: 'maya_p', displayName: 'Maya Patel' },
      threadUrl: 'https://x.com/maya_p/status/1',
      at: T + DAY,
    }),
  );
  await memory.recordSend(
    send({
      sendKey: 'x-2',
      platform: 'x',
      customer: { handle: 'jonas', displayName: 'Jonas Berg' },
      at: T + 2 * DAY,
    }),
  );
  return memory;
}

describe('customer data page: steps over customer memory (fake-indexeddb)', () => {
  it('searches by name or handle, with each contact’s conversations', async () => {
    const memory = await seeded('search');
    const all = await searchRows(memory, '');
    expect(all.map((row) => row.contact.name)).toEqual(['Jonas Berg', 'Maya Patel', 'Maya Patel']);
    const maya = await searchRows(memory, '@maya.p');
    expect(maya).toHaveLength(1);
    expect(maya[0]!.identities.map((i) => i.id)).toEqual(['instagram:@maya.p']);
    expect(maya[0]!.conversations).toBe(1);
    memory.close();
  });

  it('loads a contact with its history, link suggestions with evidence and link history', async () => {
    const memory = await seeded('detail');
    const [row] = await searchRows(memory, 'maya.p');
    const detail = (await loadDetail(memory, row!.identities[0]!))!;
    expect(detail.contact.name).toBe('Maya Patel');
    expect(detail.interactions.map((i) => i.theirMessage)).toEqual([
      'My parcel <b>#48213</b> is late',
    ]);
    expect(detail.suggestions.map((s) => s.suggestion.identity.id)).toEqual(['x:@maya_p']);
    expect(detail.suggestions[0]!.suggestion.evidence.map((e) => e.kind)).toContain(
      'same-display-name',
    );
    expect(detail.links).toEqual([]);

    // Linking from the suggestion: the view follows the identity to the surviving contact.
    const suggestion = detail.suggestions[0]!;
    const record = await memory.link(
      [suggestion.own.id, suggestion.suggestion.identity.id],
      suggestion.suggestion.evidence,
      confirmer(''),
    );
    const linked = (await loadDetail(memory, row!.identities[0]!))!;
    expect(linked.identities.map((i) => i.id).sort()).toEqual(['instagram:@maya.p', 'x:@maya_p']);
    expect(linked.conversations).toBe(2);
    expect(linked.suggestions).toEqual([]);
    expect(linked.links.map((l) => [l.kind, l.confirmedBy])).toEqual([['link', 'you']]);
    await memory.undo(record.id);
    const undone = (await loadDetail(memory, row!.identities[0]!))!;
    expect(undone.identities.map((i) => i.id)).toEqual(['instagram:@maya.p']);
    expect(undone.links[0]!.undoneAt).toBeTypeOf('number');
    memory.close();
  });

  it('exports a backup that imports into an empty memory as the same data', async () => {
    const memory = await seeded('roundtrip');
    const text = [...(await backupParts(memory))].join('');
    const original = await memory.exportBackup();
    const empty = await openTestMemory('roundtrip-empty');
    expect(await importText(empty, text, 'replace')).toEqual({
      contacts: 3,
      identities: 3,
      interactions: 3,
    });
    const copy = await empty.exportBackup();
    expect({ ...copy, exportedAt: original.exportedAt }).toEqual(original);
    memory.close();
    empty.close();
  });

  it('a bad file names its problems and changes nothing', async () => {
    const memory = await seeded('bad-import');
    const before = await memory.exportBackup();
    const text = [...(await backupParts(memory))].join('');
    const attempts = [
      text.slice(0, Math.floor(text.length / 2)),
      text.replace('"version":1', '"version":99'),
      text.replace('"platform":"x"', '"platform":"<img src=x onerror=alert(1)>"'),
    ];
    for (const attempt of attempts) {
      for (const mode of ['replace', 'merge'] as const) {
        const error = await importText(memory, attempt, mode).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(MemoryError);
        const failure = toFailure(error);
        expect(failure.kind).toBe('invalid-import');
        expect(failure.problems.length).toBeGreaterThan(0);
        expect(failure.problems[0]!.path).toBeTypeOf('string');
      }
    }
    const after = await memory.exportBackup();
    expect({ ...after, exportedAt: before.exportedAt }).toEqual(before);
    memory.close();
  });

  it('confirmer: the agent’s initials, else “you”', () => {
    expect(confirmer(' MP ')).toBe('MP');
    expect(confirmer('')).toBe('you');
    expect(confirmer(undefined)).toBe('you');
  });
});
