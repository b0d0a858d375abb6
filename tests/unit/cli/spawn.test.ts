/**
 * The real CLI in a child process, a few times (each run costs about a second): exit codes,
 * stdin, --json on stdout, and pack init → validate → test on the default pack.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BROKEN_PACK, STRICT_PACK, tempDir } from './helpers';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TIMEOUT = 30_000;

function voice(
  args: string[],
  stdin?: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'lib/cli/main.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const strictPack = tmp.write('strict.json', JSON.stringify(STRICT_PACK));

describe.concurrent('the voice CLI as a process', () => {
  it(
    'reads piped stdin and prints only {"findings":[…]} with --json, exit 1 on an error',
    { timeout: TIMEOUT },
    async () => {
      const result = await voice(['check', '--json', '--pack', strictPack], 'Hi 👋\nso cheap');
      expect(result.code).toBe(1);
      const parsed = JSON.parse(result.stdout) as { findings: { ruleId: string; start: number }[] };
      expect(Object.keys(parsed)).toEqual(['findings']);
      expect(parsed.findings.map((f) => [f.ruleId, f.start])).toEqual([
        ['brand.custom.no-cheap', 9],
      ]);
    },
  );

  it('exits 0 on a clean file', { timeout: TIMEOUT }, async () => {
    const file = tmp.write('fine.txt', 'Our plans are affordable.\n');
    const result = await voice(['check', '--pack', strictPack, file]);
    expect(result).toMatchObject({ code: 0, stdout: 'No problems found.\n' });
  });

  it('exits 2 on a broken pack with a "path: message" line', { timeout: TIMEOUT }, async () => {
    const broken = tmp.write('broken.json', JSON.stringify(BROKEN_PACK));
    const result = await voice(['check', '--pack', broken, '-'], 'hello');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^version: .+$/m);
  });

  it('pack init, then validate, then test the default pack', { timeout: 3 * TIMEOUT }, async () => {
    const file = tmp.path('voice-pack.json');
    const init = await voice(['pack', 'init', file]);
    expect(init.code).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect(() => JSON.parse(readFileSync(file, 'utf8')) as unknown).not.toThrow();

    const validate = await voice(['pack', 'validate', file]);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toMatch(
      new RegExp(
        `^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: valid voice pack .+ \\d+\\.\\d+\\.\\d+`,
      ),
    );

    const test = await voice(['pack', 'test', file]);
    // The default pack's own examples must pass; the output says which failed if not.
    expect(test.stdout).toMatch(/\d+ examples?: \d+ passed, 0 failed|no examples/);
    expect(test.code).toBe(0);
  });
});
