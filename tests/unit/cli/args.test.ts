import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../lib/cli/args';
import { helpText } from '../../../lib/cli/help';

describe('parseCommand', () => {
  it('parses check with every option', () => {
    expect(
      parseCommand([
        'check',
        '--pack',
        'p.json',
        '--platform',
        'x',
        '--lang',
        'de',
        '--locale',
        'sv',
        '--name',
        'Anna',
        '--json',
        'r.txt',
      ]),
    ).toEqual({
      ok: true,
      command: {
        kind: 'check',
        pack: 'p.json',
        platform: 'x',
        language: 'de',
        locale: 'sv',
        name: 'Anna',
        json: true,
        file: 'r.txt',
      },
    });
    expect(parseCommand(['check'])).toEqual({ ok: true, command: { kind: 'check', json: false } });
    expect(parseCommand(['check', '-'])).toMatchObject({ ok: true, command: { file: '-' } });
  });

  it.each([
    [['check', '--nope']],
    [['check', '--platform', 'myspace']],
    [['check', '--lang', 'fr']],
    [['check', '--locale', 'fr']],
    [['check', '--pack']],
    [['check', 'a', 'b']],
    [['frobnicate']],
    [['--verbose']],
    [[]],
    [['pack']],
    [['pack', 'publish', 'f']],
    [['pack', 'validate']],
    [['pack', 'test', 'a', 'b']],
    [['pack', 'validate', '--force', 'f']],
    [['help', 'nothing']],
  ])('%j is bad usage', (argv) => {
    const parsed = parseCommand(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message.length).toBeGreaterThan(0);
  });

  it('names the valid choices for a bad platform or language', () => {
    const parsed = parseCommand(['check', '--platform', 'myspace']);
    expect(!parsed.ok && parsed.message).toContain('bluesky');
    const lang = parseCommand(['check', '--lang', 'fr']);
    expect(!lang.ok && lang.message).toContain('en, de, sv');
  });

  it('parses the pack commands', () => {
    expect(parseCommand(['pack', 'init', 'p.json'])).toEqual({
      ok: true,
      command: { kind: 'pack-init', file: 'p.json', force: false },
    });
    expect(parseCommand(['pack', 'init', '--force', 'p.json'])).toMatchObject({
      command: { force: true },
    });
    expect(parseCommand(['pack', 'validate', 'p.json'])).toEqual({
      ok: true,
      command: { kind: 'pack-validate', file: 'p.json' },
    });
    expect(parseCommand(['pack', 'test', 'p.json'])).toEqual({
      ok: true,
      command: { kind: 'pack-test', file: 'p.json' },
    });
  });

  it('finds help everywhere', () => {
    const topicOf = (argv: string[]) => {
      const parsed = parseCommand(argv);
      return parsed.ok && parsed.command.kind === 'help' ? parsed.command.topic : undefined;
    };
    expect(topicOf(['--help'])).toBe('main');
    expect(topicOf(['-h'])).toBe('main');
    expect(topicOf(['help'])).toBe('main');
    expect(topicOf(['help', 'check'])).toBe('check');
    expect(topicOf(['check', '--help'])).toBe('check');
    expect(topicOf(['pack', '--help'])).toBe('pack');
    expect(topicOf(['help', 'pack', 'init'])).toBe('pack init');
    expect(topicOf(['pack', 'test', '-h'])).toBe('pack test');
  });

  it('says in the help how columns are counted', () => {
    expect(helpText('check')).toMatch(/COLUMN counts Unicode code points/);
    expect(helpText('main')).toContain('pack validate FILE');
  });
});
