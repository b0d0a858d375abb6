import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../lib/cli/run';
import {
  BROKEN_PACK,
  STRICT_PACK,
  expectHelp,
  expectUsageErrors,
  fakeIo,
  tempDir,
} from './helpers';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const oldPack = tmp.write('old.json', JSON.stringify(STRICT_PACK));
const newPack = tmp.write(
  'new.json',
  JSON.stringify({
    ...STRICT_PACK,
    version: '2.2.0',
    // Reordered as well as edited: only the level counts as a change.
    rules: [STRICT_PACK.rules[1], { ...STRICT_PACK.rules[0], level: 'warning' }],
    vocabulary: { banned: [{ term: 'ASAP', reason: 'promises nothing' }] },
  }),
);
const brokenPack = tmp.write('broken.json', JSON.stringify(BROKEN_PACK));

describe('voice pack diff', () => {
  it('says what changed, one sentence a line, and exits 1', async () => {
    const { io, out } = fakeIo();
    expect(await run(['pack', 'diff', oldPack, newPack], io)).toBe(1);
    expect(out.stdout).toBe(
      [
        'Version 2.1.0 → 2.2.0',
        'Banned term added: “ASAP” (promises nothing)',
        'Custom rule changed: brand.custom.no-cheap (level error → warning)',
        '',
      ].join('\n'),
    );
    expect(out.stderr).toBe('');
  });

  it('exits 0 for the same pack', async () => {
    const { io, out } = fakeIo();
    expect(await run(['pack', 'diff', oldPack, oldPack], io)).toBe(0);
    expect(out.stdout).toBe('The packs are the same.\n');
  });

  it('prints {"changes":[…]} with --json', async () => {
    const { io, out } = fakeIo();
    expect(await run(['pack', 'diff', '--json', oldPack, newPack], io)).toBe(1);
    const { changes } = JSON.parse(out.stdout) as { changes: { area: string; path: string }[] };
    expect(changes.map((c) => `${c.area} ${c.path}`)).toEqual([
      'meta version',
      'vocabulary vocabulary.banned["ASAP"]',
      'rules rules["no-cheap"]',
    ]);
    const same = fakeIo();
    expect(await run(['pack', 'diff', oldPack, oldPack, '--json'], same.io)).toBe(0);
    expect(JSON.parse(same.out.stdout)).toEqual({ changes: [] });
  });

  it('exits 2 with the problems of each invalid or missing file, under its name', async () => {
    const { io, out } = fakeIo();
    expect(await run(['pack', 'diff', brokenPack, tmp.path('nope.json')], io)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain(`${brokenPack}: invalid voice pack (3 problems)`);
    expect(out.stderr).toMatch(/^version: /m);
    expect(out.stderr).toContain(`${tmp.path('nope.json')}: no such file`);

    const one = fakeIo();
    expect(await run(['pack', 'diff', oldPack, brokenPack], one.io)).toBe(2);
    expect(one.out.stderr).toContain(`${brokenPack}: invalid voice pack`);
    expect(one.out.stderr).not.toContain(oldPack);
  });

  it('needs exactly two files and knows only --json', async () => {
    await expectUsageErrors([
      [['pack', 'diff'], '', /pack diff takes two files: OLD NEW/],
      [['pack', 'diff', oldPack], '', /pack diff takes two files: OLD NEW/],
      [['pack', 'diff', oldPack, newPack, oldPack], '', /pack diff takes two files/],
      [['pack', 'diff', '--force', oldPack, newPack], '', /Unknown option '--force'/],
    ]);
  });

  it('has help, and is listed in the pack and main help', async () => {
    await expectHelp(
      'pack diff',
      [
        ['pack', 'diff', '--help'],
        ['help', 'pack', 'diff'],
      ],
      '--json',
    );
    for (const argv of [['--help'], ['pack', '--help']]) {
      const { io, out } = fakeIo();
      expect(await run(argv, io)).toBe(0);
      expect(out.stdout).toContain('pack diff OLD NEW');
    }
  });
});
