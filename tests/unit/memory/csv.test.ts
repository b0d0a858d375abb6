import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTACT_COLUMNS,
  contactsCsv,
  csvField,
  INTERACTION_COLUMNS,
  interactionsCsv,
  neutraliseFormula,
  splitName,
} from '../../../lib/memory/csv';
import type { Contact, Identity, Interaction } from '../../../lib/memory/types';

/** A strict RFC 4180 reader: the export must be readable by the letter of the standard. */
function readCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const body = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (body[i] === '"') {
      i++;
      for (;;) {
        if (i >= body.length) throw new Error('unterminated quoted field');
        if (body[i] === '"') {
          if (body[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += body[i++];
      }
    } else {
      while (i < body.length && body[i] !== ',' && body[i] !== '\r') {
        if (body[i] === '"' || body[i] === '\n')
          throw new Error(`bare ${JSON.stringify(body[i])} at ${i}`);
        field += body[i++];
      }
    }
    row.push(field);
    if (body[i] === ',') {
      i++;
      continue;
    }
    if (body.slice(i, i + 2) !== '\r\n') throw new Error(`expected CRLF at ${i}`);
    i += 2;
    rows.push(row);
    row = [];
    if (i === body.length) return rows;
  }
}

const T = Date.UTC(2026, 4, 20, 12);
const DAY = 86_400_000;

const contacts: Contact[] = [
  {
    id: 'c1',
    name: 'Maya van der Berg',
    notes: 'Said "call me, not email"\nVIP since 2024 🌸',
    tags: ['vip', 'wholesale'],
    createdAt: T - 30 * DAY,
    updatedAt: T,
  },
  { id: 'c2', name: '=cmd|calc', notes: '-2+3', tags: ['@admin'], createdAt: T, updatedAt: T },
];
const identities: Identity[] = [
  {
    id: 'x:@maya',
    platform: 'x',
    handle: 'maya',
    contactId: 'c1',
    firstSeen: T - 40 * DAY,
    lastSeen: T - 2 * DAY,
  },
  {
    id: 'instagram:@maya.p',
    platform: 'instagram',
    handle: 'maya.p',
    displayName: 'Maya',
    contactId: 'c1',
    firstSeen: T - 20 * DAY,
    lastSeen: T - DAY,
  },
  {
    id: 'whatsapp:name:+evil',
    platform: 'whatsapp',
    displayName: '+evil',
    contactId: 'c2',
    firstSeen: T,
    lastSeen: T,
  },
];
const base = {
  composerKind: 'reply' as const,
  packId: 'p',
  packVersion: '1',
  findings: [],
  suggestion: 'edited' as const,
};
const interactions: Interaction[] = [
  {
    ...base,
    id: 'i2',
    identityId: 'instagram:@maya.p',
    platform: 'instagram',
    at: T - DAY,
    theirMessage: 'New address: maya.new@example.com, thanks!',
    ourReply: 'Updated, Maya.',
    intent: 'question',
    threadUrl: 'https://www.instagram.com/direct/t/1',
    sendKey: 'k2',
  },
  {
    ...base,
    id: 'i1',
    identityId: 'x:@maya',
    platform: 'x',
    at: T - 10 * DAY,
    theirMessage: 'Order #48213 late, write to maya@old.example',
    ourReply: 'Sorry! I\'ve sent a new one, "express", today,\r\nMP',
    intent: 'delivery',
    intensity: 'annoyed',
    topic: 'parcel delayed',
    threadUrl: 'https://x.com/maya/status/1',
    sendKey: 'k1',
  },
  {
    ...base,
    id: 'i3',
    identityId: 'whatsapp:name:+evil',
    platform: 'whatsapp',
    composerKind: 'direct-message',
    at: T,
    theirMessage: '=HYPERLINK("https://evil.example","click")',
    ourReply: '\tTabbed',
    suggestion: 'not-used',
    resolved: true,
    sendKey: 'k3',
  },
];

describe('fields', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+46 70 123', "'+46 70 123"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', '"\'\rx"'],
    ['=A1,"b"', '"\'=A1,""b"""'],
    ['a=1', 'a=1'],
    ['🌸 ok', '🌸 ok'],
    ['', ''],
  ])('%j → %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('splitName: the first word is the first name', () => {
    expect(splitName('Maya van der Berg')).toEqual({ first: 'Maya', last: 'van der Berg' });
    expect(splitName('  jonas ')).toEqual({ first: 'jonas', last: '' });
    expect(splitName('')).toEqual({ first: '', last: '' });
  });
});

describe('contactsCsv', () => {
  const rows = readCsv(contactsCsv(contacts, identities, interactions));

  it('has the CRM columns and one row per contact, CRLF and a BOM', () => {
    expect(rows[0]).toEqual([...CONTACT_COLUMNS]);
    expect(rows).toHaveLength(3);
  });

  it('reads back to the source values', () => {
    expect(rows[1]).toEqual([
      'Maya',
      'van der Berg',
      'maya.new@example.com',
      'c1',
      'x:@maya; instagram:@maya.p',
      'x; instagram',
      'Said "call me, not email"\nVIP since 2024 🌸',
      'vip; wholesale',
      '2026-04-10',
      '2026-05-19',
      '2',
      '1',
    ]);
  });

  it('neutralises formulas in every field a customer or an agent could write', () => {
    expect(rows[2]).toEqual([
      "'=cmd|calc",
      '',
      '',
      'c2',
      'whatsapp:+evil',
      'whatsapp',
      "'-2+3",
      "'@admin",
      '2026-05-20',
      '2026-05-20',
      '1',
      '0',
    ]);
  });
});

describe('interactionsCsv', () => {
  const rows = readCsv(interactionsCsv(contacts, identities, interactions));

  it('one row per reply, oldest first, values as stored', () => {
    expect(rows[0]).toEqual([...INTERACTION_COLUMNS]);
    expect(rows.slice(1).map((r) => r.at(-1))).toEqual(['i1', 'i2', 'i3']);
    expect(rows[1]).toEqual([
      'c1',
      'Maya van der Berg',
      'x',
      'maya',
      new Date(T - 10 * DAY).toISOString(),
      'reply',
      'https://x.com/maya/status/1',
      'Order #48213 late, write to maya@old.example',
      'Sorry! I\'ve sent a new one, "express", today,\r\nMP',
      'delivery',
      'annoyed',
      'parcel delayed',
      'edited',
      'no',
      'thread:https://x.com/maya/status/1',
      'i1',
    ]);
    expect(rows[3]!.slice(0, 4)).toEqual(['c2', "'=cmd|calc", 'whatsapp', "'+evil"]);
    expect(rows[3]![7]).toBe('\'=HYPERLINK("https://evil.example","click")');
    expect(rows[3]![8]).toBe("'\tTabbed");
    expect(rows[3]![13]).toBe('yes');
    expect(rows[2]![13]).toBe('');
  });

  it('empty memory: the header alone', () => {
    expect(interactionsCsv([], [], [])).toBe(`\uFEFF${INTERACTION_COLUMNS.join(',')}\r\n`);
  });
});

describe('any text', () => {
  it('reads back as written, formulas neutralised', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { minLength: 1, maxLength: 6 }),
        fc.array(
          fc.constantFrom(',', '"', '\r\n', '\n', '\r', '=', '+', '-', '@', '\t', '🌸', 'é'),
          { maxLength: 6 },
        ),
        (parts, specials) => {
          const value = [...specials, ...parts].join('');
          const contact: Contact = {
            id: 'c',
            name: 'N',
            notes: value,
            tags: [],
            createdAt: T,
            updatedAt: T,
          };
          const [, row] = readCsv(contactsCsv([contact], [], []));
          expect(row![6]).toBe(neutraliseFormula(value));
        },
      ),
      { numRuns: 300 },
    );
  });
});
