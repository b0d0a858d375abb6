import { afterAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../../../lib/cli/args';
import { helpText } from '../../../lib/cli/help';
import { run } from '../../../lib/cli/run';
import { BROKEN_PACK, fakeIo, STRICT_PACK, tempDir } from './helpers';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const strictPack = tmp.write('strict.json', JSON.stringify(STRICT_PACK));
const brokenPack = tmp.write('broken.json', JSON.stringify(BROKEN_PACK));

describe('pack validate and pack test --locale', () => {
  it('parses --locale for validate and test, mirroring check', () => {
    expect(parseCommand(['pack', 'validate', '--locale', 'de', 'p.json'])).toEqual({
      ok: true,
      command: { kind: 'pack-validate', file: 'p.json', locale: 'de' },
    });
    expect(parseCommand(['pack', 'test', 'p.json', '--locale', 'sv'])).toEqual({
      ok: true,
      command: { kind: 'pack-test', file: 'p.json', locale: 'sv' },
    });
    expect(parseCommand(['pack', 'validate', 'p.json'])).toEqual({
      ok: true,
      command: { kind: 'pack-validate', file: 'p.json' },
    });
    expect(parseCommand(['pack', 'test', '--locale', 'fr', 'p.json'])).toMatchObject({
      ok: false,
      message: 'unknown locale "fr"; use one of: en, de, sv',
    });
    expect(parseCommand(['pack', 'init', '--locale', 'de', 'p.json'])).toMatchObject({
      ok: false,
      message: 'unknown option "--locale" for pack init',
    });
    expect(helpText('pack validate')).toContain('--locale LANG');
    expect(helpText('pack test')).toContain('--locale LANG');
  });

  it('validate lists the problems in German at the same paths as in English', async () => {
    const english = fakeIo();
    const german = fakeIo();
    expect(await run(['pack', 'validate', brokenPack], english.io)).toBe(2);
    expect(await run(['pack', 'validate', '--locale', 'de', brokenPack], german.io)).toBe(2);
    const lines = (text: string) => text.trimEnd().split('\n').slice(1);
    const paths = (text: string) => lines(text).map((line) => line.split(': ')[0]);
    expect(paths(german.out.stderr)).toEqual(paths(english.out.stderr));
    expect(lines(german.out.stderr)).toContain(
      'version: muss eine semantische Version wie "1.2.0" sein',
    );
    expect(lines(german.out.stderr)).toContain('languages: muss mindestens eine Sprache nennen');
  });

  it('test explains a failed example in Swedish', async () => {
    const { io, out } = fakeIo();
    expect(await run(['pack', 'test', '--locale', 'sv', strictPack], io)).toBe(1);
    expect(out.stdout.split('\n')[2]).toBe(
      '    förväntade inga anmärkningar men fick 1: brand.custom.no-cheap vid "cheap"',
    );
  });
});
