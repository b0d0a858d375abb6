/**
 * The packs section: what the options page does on every edit of a voice pack (validate the
 * text with exact paths, then run the pack's example replies), what a subscription does with a
 * new version (validate, run the examples, say what changed), on the default pack and on a pack
 * ten times its size. The peer is Ajv validating the same text against the pack's JSON Schema,
 * which is what an editor or a CI job without Replykit would run: it checks the shape only, not
 * the meaning (unknown rule ids, placeholders, languages), and gives no "did you mean". Ajv
 * runs without format checks (URLs), which Replykit does check: the ratio flatters the peer.
 * "default ×10" repeats every block and playbook entry ten times.
 *
 * Then typing in the options page's pack editor in Chromium with the built extension (see
 * tests/bench/packs/typing.ts): each keystroke's keydown and input event durations from the
 * page's Event Timing, in the form (the Description field) and in the JSON view.
 */
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { runPackExample } from '../../../lib/rules/pack-examples';
import { defaultPackInput, describeChanges, diffPacks, parsePack } from '../../../lib/voice';
import type { VoicePack } from '../../../lib/voice/schema';
import { ensureBuilt } from '../content/size';
import { measure, type Timing } from '../measure';
import { EVENT_THRESHOLD_MS, measureTyping } from '../packs/typing';
import {
  formatTargets,
  ms,
  table,
  type BenchOptions,
  type BenchSection,
  type Target,
} from '../section';

/** One frame: the preview and the test results follow typing without a visible stall. */
export const TARGETS = {
  editMedianMs: 16,
  /** A keystroke in the form, to the next paint: well inside one 50 ms task. */
  formKeystrokeMedianMs: 32,
} as const;

const SCHEMA = JSON.parse(
  readFileSync(new URL('../../../lib/voice/voice-pack.schema.json', import.meta.url), 'utf8'),
) as object;

function packOf(text: string): VoicePack {
  const result = parsePack(text);
  if (!result.ok) throw new Error(`bench pack is invalid: ${result.errors[0]?.message}`);
  return result.pack;
}

/** The default pack with every block and playbook entry repeated `times` (new ids). */
function scaled(times: number): string {
  const input = structuredClone(defaultPackInput) as Record<string, unknown> & {
    blocks: { id: string }[];
    escalation: { id: string }[];
  };
  const copies = <T extends { id: string }>(items: T[]) =>
    Array.from({ length: times }, (_, n) =>
      items.map((item) => ({ ...item, id: n === 0 ? item.id : `${item.id}-${n}` })),
    ).flat();
  input.blocks = copies(input.blocks);
  input.escalation = copies(input.escalation);
  return JSON.stringify(input, null, 2);
}

/** The next version a team lead would publish: a raised version, a banned term, a changed rule level. */
function nextVersion(text: string): string {
  const input = JSON.parse(text) as Record<string, unknown> & {
    vocabulary: { banned: unknown[] };
    overrides?: Record<string, string>;
  };
  input.version = '9.0.0';
  input.vocabulary.banned.push({ term: 'ASAP', reason: 'promises nothing' });
  input.overrides = { ...input.overrides, 'human.form-letter': 'error' };
  return JSON.stringify(input, null, 2);
}

function runExamples(pack: VoicePack): number {
  return pack.examples.filter((example, i) => runPackExample(pack, example, i).passed).length;
}

interface PackFigures {
  bytes: number;
  examples: number;
  validate: Timing;
  examplesRun: Timing;
  edit: Timing;
  update: Timing;
  ajv: Timing;
  jsonParse: Timing;
}

function figuresFor(text: string, options: BenchOptions): PackFigures {
  const pack = packOf(text);
  const next = nextVersion(text);
  const nextPack = packOf(next);
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  const validateSchema = ajv.compile(SCHEMA);
  const runs = { warmup: Math.min(options.warmup, 20), runs: Math.min(options.runs, 100) };
  return {
    bytes: new TextEncoder().encode(text).length,
    examples: pack.examples.length,
    validate: measure(() => parsePack(text), runs),
    examplesRun: measure(() => runExamples(pack), runs),
    // What the editor does per edit: the text is new, so nothing can be reused.
    edit: measure(() => {
      const result = parsePack(text);
      return result.ok ? runExamples(result.pack) : 0;
    }, runs),
    // What a subscription does with a new version: validate, run its examples, say what changed.
    update: measure(() => {
      const result = parsePack(next);
      if (!result.ok) return 0;
      runExamples(result.pack);
      return describeChanges(diffPacks(pack, nextPack));
    }, runs),
    ajv: measure(() => validateSchema(JSON.parse(text)), runs),
    jsonParse: measure(() => JSON.parse(text), runs),
  };
}

export const packsSection: BenchSection = {
  name: 'packs',
  description:
    'voice pack editing and updates: validate + examples per edit, update + diff; vs Ajv',
  async run(options) {
    const cases = [
      { label: 'default pack', text: JSON.stringify(defaultPackInput, null, 2) },
      { label: 'default ×10', text: scaled(10) },
    ];
    const results = cases.map((c) => ({ label: c.label, figures: figuresFor(c.text, options) }));
    const rows = results.flatMap(({ label, figures: f }) => [
      [label, `${(f.bytes / 1024).toFixed(0)} KB, ${f.examples} examples`, '', ''],
      ['', 'validate (parsePack)', ms(f.validate.medianMs), ms(f.validate.p95Ms)],
      ['', 'run the examples', ms(f.examplesRun.medianMs), ms(f.examplesRun.p95Ms)],
      ['', 'edit: validate + examples', ms(f.edit.medianMs), ms(f.edit.p95Ms)],
      ['', 'update: validate + examples + diff', ms(f.update.medianMs), ms(f.update.p95Ms)],
      ['', 'peer: Ajv (JSON.parse + schema)', ms(f.ajv.medianMs), ms(f.ajv.p95Ms)],
      ['', 'JSON.parse alone', ms(f.jsonParse.medianMs), ms(f.jsonParse.p95Ms)],
      ['', 'validate ÷ Ajv', `${(f.validate.medianMs / f.ajv.medianMs).toFixed(1)}×`, ''],
    ]);
    const buildState = ensureBuilt();
    const typing = await measureTyping();
    // Event Timing does not report shorter events: below the threshold is all that is known.
    const shown = (value: number) =>
      value <= EVENT_THRESHOLD_MS ? `≤ ${EVENT_THRESHOLD_MS}` : ms(value);
    const typingRow = (label: string, timing: Timing, slow: number) => [
      label,
      `${timing.runs} (${slow} ≥ ${EVENT_THRESHOLD_MS} ms)`,
      shown(timing.medianMs),
      shown(timing.maxMs),
    ];
    const targets: Target[] = [
      ...results.map(({ label, figures }) => ({
        label: `edit median ≤ ${TARGETS.editMedianMs} ms, ${label}`,
        pass: figures.edit.medianMs <= TARGETS.editMedianMs,
        actual: `${ms(figures.edit.medianMs)} ms`,
      })),
      {
        label: `form keystroke median ≤ ${TARGETS.formKeystrokeMedianMs} ms`,
        pass: typing.typed && typing.form.medianMs <= TARGETS.formKeystrokeMedianMs,
        actual: typing.typed
          ? `${shown(typing.form.medianMs)} ms`
          : 'the typed text did not arrive',
      },
    ];
    const text = [
      table(['pack', 'step', 'median ms', 'p95 ms'], rows),
      '',
      `Typing in the options page's pack editor, Chromium (extension ${buildState}): keydown and`,
      `input event durations (Event Timing, key press → next paint), 20 keys in the form's`,
      `Description, 10 in the JSON view, 50 ms apart (Event Timing reports events ≥ ${EVENT_THRESHOLD_MS} ms only).`,
      table(
        ['view', 'events', 'median ms', 'max ms'],
        [
          typingRow('form', typing.form, typing.slowEvents.form),
          typingRow('JSON', typing.json, typing.slowEvents.json),
        ],
      ),
      '',
      formatTargets(targets),
    ].join('\n');
    return {
      text,
      data: {
        ...Object.fromEntries(results.map(({ label, figures }) => [label, figures])),
        typing,
      },
    };
  },
};
