import { afterAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../../../lib/cli/args';
import { analysisJson } from '../../../lib/cli/message-format';
import { run } from '../../../lib/cli/run';
import { analyzeMessage, type CustomerHistory } from '../../../lib/compose';
import { defaultPack } from '../../../lib/voice';
import { BROKEN_PACK, expectHelp, expectUsageErrors, fakeIo, tempDir } from './helpers';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const brokenPack = tmp.write('broken.json', JSON.stringify(BROKEN_PACK));

const DELIVERY = 'Hi, my order #48213 was supposed to arrive yesterday. Where is it? Thanks, Grace';
const LEGAL = 'If my refund is not here by Friday my lawyer will sue you. I have kept every email.';

describe('voice analyze', () => {
  it('--json prints exactly the six keys, as analyzeMessage read the message', async () => {
    const file = tmp.write('delivery.txt', DELIVERY + '\n');
    const { io, out } = fakeIo();
    expect(await run(['analyze', '--json', file], io)).toBe(0);
    expect(out.stderr).toBe('');
    const printed = JSON.parse(out.stdout) as Record<string, unknown>;
    expect(Object.keys(printed)).toEqual([
      'language',
      'intent',
      'secondaryIntent',
      'intensity',
      'entities',
      'escalation',
    ]);
    const expected = analyzeMessage(DELIVERY, { pack: defaultPack });
    expect(printed).toEqual(JSON.parse(JSON.stringify(analysisJson(expected))));
    expect(printed.secondaryIntent).toBe(expected.secondaryIntent ?? null);
    expect(out.stdout.endsWith('}\n')).toBe(true);
    expect(out.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('reads stdin for "-" and for no FILE when stdin is piped, dropping a byte-order mark', async () => {
    for (const argv of [
      ['analyze', '--json', '-'],
      ['analyze', '--json'],
    ]) {
      const { io, out } = fakeIo({ stdin: '\uFEFF' + DELIVERY });
      expect(await run(argv, io), argv.join(' ')).toBe(0);
      expect(JSON.parse(out.stdout)).toEqual(
        JSON.parse(JSON.stringify(analysisJson(analyzeMessage(DELIVERY, { pack: defaultPack })))),
      );
    }
  });

  it('prints a readable summary: language, intent, intensity, entities and "escalation none"', async () => {
    const { io, out } = fakeIo({ stdin: DELIVERY });
    expect(await run(['analyze', '-'], io)).toBe(0);
    const analysis = analyzeMessage(DELIVERY, { pack: defaultPack });
    const rows = out.stdout.split('\n');
    expect(rows[0]).toMatch(new RegExp(`^language\\s+${analysis.language}\\b`));
    expect(out.stdout).toMatch(new RegExp(`^intent\\s+${analysis.intent}\\b`, 'm'));
    expect(out.stdout).toMatch(new RegExp(`^intensity\\s+${analysis.intensity} `, 'm'));
    for (const order of analysis.entities.orderNumbers) expect(out.stdout).toContain(order);
    expect(out.stdout).toMatch(/^escalation\s+none$/m);
    expect(out.stdout).not.toContain('\u001b[');
  });

  it('puts each escalation cue with its evidence and the pack’s playbook steps in the summary', async () => {
    const analysis = analyzeMessage(LEGAL, { pack: defaultPack });
    expect(analysis.escalation.map((match) => match.cue)).toContain('legal');
    const { io, out } = fakeIo({ stdin: LEGAL });
    expect(await run(['analyze', '-'], io)).toBe(0);
    const n = analysis.escalation.length;
    expect(out.stdout).toContain(`${n} cue${n === 1 ? '' : 's'}: act before replying`);
    for (const match of analysis.escalation) {
      expect(out.stdout).toContain(`! ${match.cue}  evidence: ${match.evidence}`);
      for (const step of match.playbook?.steps ?? []) expect(out.stdout).toContain(step);
      if (match.playbook) expect(out.stdout).toContain(match.playbook.label);
    }
  });

  it('passes --history to the analysis', async () => {
    const history = {
      conversations: 2,
      unresolved: 2,
      last: { platform: 'x', at: '2026-11-20T10:00:00Z', intent: 'delivery', topic: 'parcel' },
    };
    const historyFile = tmp.write('history.json', JSON.stringify(history));
    const { io, out } = fakeIo({ stdin: 'Still no parcel. Third time I am asking.' });
    expect(await run(['analyze', '--json', '--history', historyFile, '-'], io)).toBe(0);
    const expected = analyzeMessage('Still no parcel. Third time I am asking.', {
      pack: defaultPack,
      history: history as CustomerHistory,
    });
    expect(JSON.parse(out.stdout)).toEqual(JSON.parse(JSON.stringify(analysisJson(expected))));
  });

  it('exits 2 with a message naming the path for a bad history file', async () => {
    const cases: [unknown, RegExp[]][] = [
      [
        { conversations: 1, unresolved: 3 },
        [
          /invalid customer history \(1 problem\)/,
          /^unresolved: cannot be more than conversations$/m,
        ],
      ],
      [
        { conversations: -1, unresolved: 0, last: { platform: 'myspace', at: 'yesterday' } },
        [
          /^conversations: must be 0 or more$/m,
          /^last\.platform: must be one of: x, /m,
          /^last\.at: must be an ISO 8601/m,
        ],
      ],
      [
        { unresolved: 0, colour: 'blue' },
        [/^conversations: is required$/m, /^colour: unknown field$/m],
      ],
      [[1, 2], [/^\(root\): /m]],
    ];
    for (const [history, messages] of cases) {
      const file = tmp.write('bad-history.json', JSON.stringify(history));
      const { io, out } = fakeIo({ stdin: 'hello' });
      expect(await run(['analyze', '--history', file, '-'], io), JSON.stringify(history)).toBe(2);
      expect(out.stdout).toBe('');
      expect(out.stderr).toContain(`${file}: invalid customer history`);
      for (const message of messages) expect(out.stderr).toMatch(message);
    }
    const notJson = tmp.write('not-json.json', '{ conversations: 1 }');
    const broken = fakeIo({ stdin: 'hello' });
    expect(await run(['analyze', '--history', notJson, '-'], broken.io)).toBe(2);
    expect(broken.out.stderr).toContain(`${notJson}: not JSON`);
    const missing = fakeIo({ stdin: 'hello' });
    expect(await run(['analyze', '--history', tmp.path('nope.json'), '-'], missing.io)).toBe(2);
    expect(missing.out.stderr).toMatch(/nope\.json: no such file/);
  });

  it('exits 2 without input, for an empty message, a missing file, a bad pack or bad options', async () => {
    const cases: [string[], string, RegExp][] = [
      [['analyze'], '', /no input: give a FILE, or pipe the customer's message on stdin/],
      [['analyze', '-'], ' \n\t', /<stdin>: the message is empty/],
      [['analyze', tmp.path('missing.txt')], '', /missing\.txt: no such file/],
      [['analyze', '--pack', brokenPack, '-'], 'hello', /invalid voice pack/],
      [['analyze', '--platform', 'x', '-'], 'hello', /--platform/],
      [['analyze', 'a.txt', 'b.txt'], '', /analyze takes one FILE/],
    ];
    await expectUsageErrors(cases);
  });

  it('has its help, from "help analyze" and "analyze --help"', async () => {
    await expectHelp(
      'analyze',
      [
        ['help', 'analyze'],
        ['analyze', '--help'],
      ],
      '--history FILE',
    );
    const main = fakeIo();
    await run(['--help'], main.io);
    expect(main.out.stdout).toContain('analyze [FILE|-]');
    expect(parseCommand(['analyze', '--json', '--pack', 'p.json', 'm.txt'])).toEqual({
      ok: true,
      command: { kind: 'analyze', json: true, pack: 'p.json', file: 'm.txt' },
    });
  });

  it('colours only on a terminal without NO_COLOR', async () => {
    const tty = fakeIo({ stdin: LEGAL, stdoutIsTTY: true });
    await run(['analyze', '-'], tty.io);
    expect(tty.out.stdout).toContain('\u001b[31m');
    const noColor = fakeIo({ stdin: LEGAL, stdoutIsTTY: true, env: { NO_COLOR: '1' } });
    await run(['analyze', '-'], noColor.io);
    expect(noColor.out.stdout).not.toContain('\u001b[');
  });
});
