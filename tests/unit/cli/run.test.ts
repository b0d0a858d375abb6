import { existsSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { exitCodeFor, summaryLine } from '../../../lib/cli/format';
import { SCHEMA_FILE, schemaReference } from '../../../lib/cli/pack';
import { run } from '../../../lib/cli/run';
import { check } from '../../../lib/rules';
import { defaultPack, parsePack } from '../../../lib/voice';
import { BROKEN_PACK, fakeIo, STRICT_PACK, tempDir } from './helpers';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const strictPack = tmp.write('strict.json', JSON.stringify(STRICT_PACK));
const brokenPack = tmp.write('broken.json', JSON.stringify(BROKEN_PACK));

describe('voice check', () => {
  it('exits 1 on an error finding and prints file:line:col with the caret', async () => {
    const file = tmp.write('cheap.txt', 'Hi Sam,\n😀 this is cheap\n');
    const { io, out } = fakeIo();
    expect(await run(['check', '--pack', strictPack, file], io)).toBe(1);
    expect(out.stdout).toContain(
      `${file}:2:11  error       brand.custom.no-cheap  Say “affordable”, not “cheap”`,
    );
    expect(out.stdout).toContain('    😀 this is cheap\n               ^~~~~\n');
    expect(out.stdout.trimEnd().split('\n').at(-1)).toBe('1 problem (1 error, 0 warnings)');
    expect(out.stderr).toBe('');
  });

  it('exits 0 with warnings only, and shows the fix', async () => {
    const file = tmp.write('asap.txt', 'We will fix it asap.');
    const { io, out } = fakeIo();
    expect(await run(['check', '--pack', strictPack, file], io)).toBe(0);
    expect(out.stdout).toContain('fix: "today"');
    expect(out.stdout).toContain('1 problem (0 errors, 1 warning)');
  });

  it('exits 0 and says so when nothing is found', async () => {
    const file = tmp.write('fine.txt', 'Our plans are affordable.');
    const { io, out } = fakeIo();
    expect(await run(['check', '--pack', strictPack, file], io)).toBe(0);
    expect(out.stdout).toBe('No problems found.\n');
  });

  it('writes messages, explanations and fix labels in the --locale language', async () => {
    const text = 'Thanks guys, the fix is live!!!';
    const file = tmp.write('locale.txt', text);
    const { io, out } = fakeIo();
    await run(['check', '--lang', 'en', '--locale', 'de', '--json', file], io);
    const { findings } = JSON.parse(out.stdout) as { findings: unknown };
    expect(findings).toEqual(check(text, defaultPack, { language: 'en', locale: 'de' }));
    const english = check(text, defaultPack, { language: 'en' });
    expect(JSON.stringify(findings)).not.toBe(JSON.stringify(english));
    const plain = fakeIo();
    await run(['check', '--lang', 'en', '--locale', 'de', file], plain.io);
    expect(plain.out.stdout).toContain('„Thanks guys“');
    expect(plain.out.stdout).toContain(
      'Mehrere Ausrufezeichen hintereinander wirken wie Schreien.',
    );
  });

  it('uses the default pack and the context from the options', async () => {
    const text = 'Hi there! We apologize for any inconvenience. Please email support@acme.com!!!';
    const file = tmp.write('default.txt', text);
    const { io, out } = fakeIo();
    const code = await run(
      ['check', '--platform', 'x', '--lang', 'en', '--name', 'Anna', file],
      io,
    );
    const expected = check(text, defaultPack, {
      platform: 'x',
      language: 'en',
      customerName: 'Anna',
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(code).toBe(exitCodeFor(expected));
    expect(out.stdout.trimEnd().split('\n').at(-1)).toBe(summaryLine(expected));
  });

  it('--json prints exactly {"findings":[…]} as the check produced them', async () => {
    const text = 'This is cheap, asap.';
    const file = tmp.write('json.txt', text);
    const { io, out } = fakeIo();
    expect(await run(['check', '--json', '--pack', strictPack, file], io)).toBe(1);
    const parsed = JSON.parse(out.stdout) as unknown;
    const loaded = parsePack(JSON.stringify(STRICT_PACK));
    if (!loaded.ok) throw new Error('strict pack should be valid');
    expect(parsed).toEqual({ findings: check(text, loaded.pack, {}) });
  });

  it('reads stdin for "-" and for no FILE when stdin is piped', async () => {
    for (const argv of [
      ['check', '--pack', strictPack, '-'],
      ['check', '--pack', strictPack],
    ]) {
      const { io, out } = fakeIo({ stdin: '\uFEFFso cheap' });
      expect(await run(argv, io)).toBe(1);
      expect(out.stdout).toContain('<stdin>:1:4  error');
    }
  });

  it('exits 2 without input on a terminal, for a missing file and for bad options', async () => {
    const cases: [string[], RegExp][] = [
      [['check'], /no input/],
      [['check', tmp.path('missing.txt')], /missing\.txt: no such file/],
      [['check', '--platform', 'myspace', '-'], /unknown platform "myspace"/],
      [['check', '--lang', 'fr', '-'], /unknown language "fr"/],
      [['check', '--bogus', '-'], /--bogus/],
      [['check', '--pack', tmp.path('nope.json'), '-'], /nope\.json: no such file/],
    ];
    for (const [argv, message] of cases) {
      const { io, out } = fakeIo({ stdinIsTTY: true });
      expect(await run(argv, io), argv.join(' ')).toBe(2);
      expect(out.stderr).toMatch(message);
      expect(out.stdout).toBe('');
    }
  });

  it('exits 2 on a bad pack and prints each problem as "path: message"', async () => {
    const { io, out } = fakeIo({ stdin: 'hello' });
    expect(await run(['check', '--pack', brokenPack, '-'], io)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/invalid voice pack \(\d+ problems\)/);
    expect(out.stderr).toMatch(/^id: .+$/m);
    expect(out.stderr).toMatch(/^version: .+$/m);
    expect(out.stderr).toMatch(/^languages: .+$/m);
  });

  it('exits 2 on a pack that is not JSON', async () => {
    const file = tmp.write('notjson.json', '{ "id": "x",\n  oops }');
    const { io, out } = fakeIo({ stdin: 'hello' });
    expect(await run(['check', '--pack', file, '-'], io)).toBe(2);
    expect(out.stderr).toMatch(/^\(root\): .*JSON.*line 2/m);
  });

  it('colours only on a terminal without NO_COLOR', async () => {
    const file = tmp.write('colour.txt', 'so cheap');
    const tty = fakeIo({ stdoutIsTTY: true });
    await run(['check', '--pack', strictPack, file], tty.io);
    expect(tty.out.stdout).toContain('\u001b[31m');
    const noColor = fakeIo({ stdoutIsTTY: true, env: { NO_COLOR: '1' } });
    await run(['check', '--pack', strictPack, file], noColor.io);
    expect(noColor.out.stdout).not.toContain('\u001b[');
  });
});

describe('voice pack', () => {
  it('init writes the default pack, refuses to overwrite, and --force overwrites', async () => {
    const file = tmp.path('init.json');
    const first = fakeIo();
    expect(await run(['pack', 'init', file], first.io)).toBe(0);
    const written = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    if (existsSync(SCHEMA_FILE)) {
      expect(Object.keys(written)[0]).toBe('$schema');
      expect(written.$schema).toBe(schemaReference(file));
    }
    expect(parsePack(written).ok).toBe(true);
    expect(written.id).toBe(defaultPack.id);

    const again = fakeIo();
    expect(await run(['pack', 'init', file], again.io)).toBe(2);
    expect(again.out.stderr).toMatch(/already exists; use --force/);
    expect(await run(['pack', 'init', '--force', file], fakeIo().io)).toBe(0);
  });

  it('validate names the pack, or lists the problems and exits 2', async () => {
    const ok = fakeIo();
    expect(await run(['pack', 'validate', strictPack], ok.io)).toBe(0);
    expect(ok.out.stdout.split('\n')[0]).toBe(
      `${strictPack}: valid voice pack Strict test pack 2.1.0`,
    );
    const bad = fakeIo();
    expect(await run(['pack', 'validate', brokenPack], bad.io)).toBe(2);
    expect(bad.out.stderr).toMatch(/^version: .+$/m);
  });

  it('test prints ✓/✗ per example with why, a summary, and exits 1 on a failure', async () => {
    const { io, out } = fakeIo();
    expect(await run(['pack', 'test', strictPack], io)).toBe(1);
    const lines = out.stdout.split('\n');
    expect(lines[0]).toMatch(/^✓ #1 "Our plans are affordable\."/);
    expect(lines[1]).toMatch(/^✗ #2 "Our plans are cheap\."/);
    expect(lines[2]).toBe('    expected no findings, got 1: brand.custom.no-cheap on "cheap"');
    expect(lines[3]).toBe('    note: fails on purpose');
    expect(lines[4]).toMatch(/^✓ #3 /);
    expect(out.stdout.trimEnd().split('\n').at(-1)).toBe('3 examples: 2 passed, 1 failed');
  });

  it('test exits 0 when every example passes, and 2 for a bad pack', async () => {
    const passing = tmp.write(
      'passing.json',
      JSON.stringify({ ...STRICT_PACK, examples: STRICT_PACK.examples.filter((e) => !e.note) }),
    );
    expect(await run(['pack', 'test', passing], fakeIo().io)).toBe(0);
    expect(await run(['pack', 'test', brokenPack], fakeIo().io)).toBe(2);
  });
});

describe('voice help and usage', () => {
  it('prints help and exits 0', async () => {
    for (const argv of [['--help'], ['help'], ['help', 'check'], ['pack', 'init', '--help']]) {
      const { io, out } = fakeIo();
      expect(await run(argv, io)).toBe(0);
      expect(out.stdout).toMatch(/^Usage: npm run --silent voice -- /);
    }
  });

  it('exits 2 with the usage for an unknown command', async () => {
    const { io, out } = fakeIo();
    expect(await run(['lint'], io)).toBe(2);
    expect(out.stderr).toMatch(/^voice: unknown command "lint"\n\nUsage:/);
  });
});
