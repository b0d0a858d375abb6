import { afterAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../../../lib/cli/args';
import { suggestJson } from '../../../lib/cli/message-format';
import { defaultPackJson } from '../../../lib/cli/pack';
import { run } from '../../../lib/cli/run';
import {
  analyzeMessage,
  suggestReplies,
  type CustomerHistory,
  type SuggestInput,
} from '../../../lib/compose';
import { measureLength } from '../../../lib/platforms/limits';
import { defaultPack } from '../../../lib/voice';
import { BROKEN_PACK, expectHelp, expectUsageErrors, fakeIo, tempDir } from './helpers';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const brokenPack = tmp.write('broken.json', JSON.stringify(BROKEN_PACK));

const MESSAGE = 'great, third delay this month 🙄 where is my parcel? order 48213';
// A Tuesday morning in Berlin (the default pack's hours), and a Sunday night.
const OPEN = '2026-11-24T10:30:00+01:00';
const CLOSED = '2026-11-22T23:30:00+01:00';

function expected(
  message: string,
  options: Partial<SuggestInput> & Pick<SuggestInput, 'platform' | 'now'>,
): unknown {
  const history = options.history;
  const analysis = analyzeMessage(message, { pack: defaultPack, ...(history ? { history } : {}) });
  const result = suggestReplies({
    message,
    analysis,
    pack: defaultPack,
    customer: {},
    ...options,
  });
  return JSON.parse(JSON.stringify(suggestJson(result)));
}

describe('voice suggest', () => {
  it('--json prints {"analysis","suggestions":[{"text","shape","findings"}]} as suggestReplies composed them', async () => {
    const file = tmp.write('message.txt', MESSAGE + '\n');
    const { io, out } = fakeIo();
    const argv = ['suggest', '--json', '--platform', 'x', '--name', 'Maya Patel'];
    expect(await run([...argv, '--now', OPEN, '--seed', '7', file], io)).toBe(0);
    expect(out.stderr).toBe('');
    const printed = JSON.parse(out.stdout) as {
      analysis: Record<string, unknown>;
      suggestions: Record<string, unknown>[];
    };
    expect(Object.keys(printed).slice(0, 2)).toEqual(['analysis', 'suggestions']);
    expect(Object.keys(printed.analysis)).toEqual([
      'language',
      'intent',
      'secondaryIntent',
      'intensity',
      'entities',
      'escalation',
    ]);
    expect(printed.suggestions.length).toBeGreaterThan(0);
    for (const suggestion of printed.suggestions) {
      expect(Object.keys(suggestion)).toEqual(['text', 'shape', 'findings']);
    }
    expect(printed).toEqual(
      expected(MESSAGE, {
        platform: 'x',
        customer: { name: 'Maya Patel' },
        now: Date.parse(OPEN),
        seed: 7,
      }),
    );
  });

  it('greets the customer by name, stays within the platform and passes the pack', async () => {
    const { io, out } = fakeIo({ stdin: MESSAGE });
    const argv = ['suggest', '--json', '--platform', 'x', '--name', 'Maya', '--now', OPEN, '-'];
    expect(await run(argv, io)).toBe(0);
    const { suggestions } = JSON.parse(out.stdout) as {
      suggestions: { text: string; shape: string; findings: { severity: string }[] }[];
    };
    expect(new Set(suggestions.map((s) => s.shape)).size).toBe(suggestions.length);
    for (const suggestion of suggestions) {
      expect(suggestion.text).toContain('Maya');
      const measure = measureLength(suggestion.text, 'x');
      expect(measure.overflowStart, suggestion.text).toBeNull();
      expect(suggestion.findings.filter((f) => f.severity === 'error')).toEqual([]);
    }
  });

  it('hands --agent and --initials to the composer (the default pack signs replies on X)', async () => {
    const { io, out } = fakeIo({ stdin: MESSAGE });
    const argv = ['suggest', '--json', '--platform', 'x', '--initials', 'JB', '--now', OPEN, '-'];
    expect(await run([...argv.slice(0, -1), '--agent', 'Jo Berg', '-'], io)).toBe(0);
    const printed = JSON.parse(out.stdout) as { suggestions: { text: string }[] };
    expect(printed).toEqual(
      expected(MESSAGE, {
        platform: 'x',
        agent: { name: 'Jo Berg', initials: 'JB' },
        now: Date.parse(OPEN),
      }),
    );
    for (const suggestion of printed.suggestions) expect(suggestion.text).toMatch(/\^JB$/);
  });

  it('is deterministic for the same message, --now and --seed', async () => {
    const outputs: string[] = [];
    for (let i = 0; i < 2; i++) {
      const { io, out } = fakeIo({ stdin: MESSAGE });
      await run(['suggest', '--json', '--now', OPEN, '--seed', '42', '-'], io);
      outputs.push(out.stdout);
    }
    expect(outputs[0]).toBe(outputs[1]);
    expect(outputs[0]).not.toBe('');
  });

  it('prints a readable summary: the analysis, then each suggestion with shape, length and checks', async () => {
    const { io, out } = fakeIo({ stdin: MESSAGE });
    const argv = ['suggest', '--platform', 'x', '--name', 'Maya', '--now', OPEN, '-'];
    expect(await run(argv, io)).toBe(0);
    const printed = expected(MESSAGE, {
      platform: 'x',
      customer: { name: 'Maya' },
      now: Date.parse(OPEN),
    }) as { analysis: { intent: string }; suggestions: { text: string; shape: string }[] };
    expect(out.stdout).toMatch(new RegExp(`^intent\\s+${printed.analysis.intent}\\b`, 'm'));
    printed.suggestions.forEach((suggestion, index) => {
      const { length } = measureLength(suggestion.text, 'x');
      expect(out.stdout).toContain(`${index + 1}. ${suggestion.shape}  ${length}/280 on X`);
      for (const line of suggestion.text.split('\n')) {
        if (line !== '') expect(out.stdout).toContain(`   ${line}`);
      }
    });
    expect(out.stdout).not.toContain('\u001b[');
  });

  it('says when a person is back outside service hours', async () => {
    const { io, out } = fakeIo({ stdin: MESSAGE });
    expect(await run(['suggest', '--json', '--now', CLOSED, '-'], io)).toBe(0);
    const printed = JSON.parse(out.stdout) as { afterHours?: { nextOpen: string } };
    expect(printed).toEqual(expected(MESSAGE, { platform: 'generic', now: Date.parse(CLOSED) }));
    expect(printed.afterHours?.nextOpen).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const readable = fakeIo({ stdin: MESSAGE });
    await run(['suggest', '--now', CLOSED, '-'], readable.io);
    expect(readable.out.stdout).toContain(
      `Outside service hours: a person is back ${printed.afterHours?.nextOpen}`,
    );
  });

  it('shows the abuse guidance, and exits 1 when the pack offers no reply', async () => {
    const abuse = 'shut up and go bankrupt already, your CEO is a clown and you are all idiots';
    const { io, out } = fakeIo({ stdin: abuse });
    const code = await run(['suggest', '--now', OPEN, '-'], io);
    const result = suggestReplies({
      message: abuse,
      pack: defaultPack,
      platform: 'generic',
      customer: {},
      now: Date.parse(OPEN),
    });
    expect(result.guidance?.kind).toBe('abuse');
    expect(code).toBe(result.suggestions.length === 0 ? 1 : 0);
    expect(out.stdout).toContain('Abuse or trolling: the pack’s guidance');
    for (const step of result.guidance?.steps ?? []) expect(out.stdout).toContain(step);
    if (result.suggestions.length === 0) {
      expect(out.stdout).toContain('No reply could be composed.');
    }
  });

  it('passes --history and --pack to the composer', async () => {
    const history: CustomerHistory = {
      conversations: 1,
      unresolved: 0,
      last: {
        platform: 'x',
        at: '2026-11-10T10:00:00Z',
        intent: 'delivery',
        topic: 'parcel late',
        outcome: 'sent a replacement',
      },
    };
    const historyFile = tmp.write('history.json', JSON.stringify(history));
    const packFile = tmp.write('pack.json', defaultPackJson());
    const message = 'hi again, quick question about my parcel';
    const { io, out } = fakeIo({ stdin: message });
    const argv = ['suggest', '--json', '--pack', packFile, '--history', historyFile];
    expect(await run([...argv, '--name', 'Omar', '--now', OPEN, '-'], io)).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual(
      expected(message, {
        platform: 'generic',
        customer: { name: 'Omar' },
        history,
        now: Date.parse(OPEN),
      }),
    );
  });

  it('exits 2 on bad options, a bad pack or history, an empty message and no input', async () => {
    const badHistory = tmp.write('bad.json', JSON.stringify({ conversations: 'two' }));
    const cases: [string[], string, RegExp][] = [
      [['suggest'], '', /no input: give a FILE, or pipe the customer's message on stdin/],
      [['suggest', '-'], '', /the message is empty/],
      [['suggest', '--platform', 'myspace', '-'], 'hi', /unknown platform "myspace"/],
      [['suggest', '--now', 'tomorrow', '-'], 'hi', /--now "tomorrow" is not a date and time/],
      [['suggest', '--now', '2026-11-24T10:30', '-'], 'hi', /with a zone/],
      [['suggest', '--seed', '-3', '-'], 'hi', /--seed/],
      [['suggest', '--seed', '1.5', '-'], 'hi', /--seed "1\.5" is not a whole number/],
      [['suggest', '--pack', brokenPack, '-'], 'hi', /invalid voice pack/],
      [['suggest', '--history', badHistory, '-'], 'hi', /^conversations: /m],
      [['suggest', '--lang', 'de', '-'], 'hi', /--lang/],
    ];
    await expectUsageErrors(cases);
  });

  it('parses every option and has its help', async () => {
    expect(
      parseCommand([
        'suggest',
        '--pack',
        'p.json',
        '--platform',
        'bluesky',
        '--name',
        'Ana',
        '--agent',
        'Jo Berg',
        '--initials',
        'JB',
        '--history',
        'h.json',
        '--now',
        '2026-11-24T10:30:00Z',
        '--seed',
        '9',
        '--json',
        'm.txt',
      ]),
    ).toEqual({
      ok: true,
      command: {
        kind: 'suggest',
        json: true,
        pack: 'p.json',
        history: 'h.json',
        file: 'm.txt',
        platform: 'bluesky',
        name: 'Ana',
        agent: { name: 'Jo Berg', initials: 'JB' },
        now: Date.parse('2026-11-24T10:30:00Z'),
        seed: 9,
      },
    });
    await expectHelp(
      'suggest',
      [
        ['help', 'suggest'],
        ['suggest', '-h'],
      ],
      '--now ISO',
    );
  });
});
