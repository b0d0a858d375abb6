/**
 * The rules section: our check engine against retext (+ english, equality, profanities) and
 * write-good on the same texts in one process, then our engine alone on 100 KB adversarial
 * inputs, then the targets and a coverage count.
 */
import { check } from '../../../lib/rules';
import { BUILTIN_RULE_IDS } from '../../../lib/rules/ids';
import { defaultPack } from '../../../lib/voice';
import { ADVERSARIAL_SIZE, adversarialTexts } from '../adversarial';
import { measure, type Timing } from '../measure';
import { createRetext, retextCoverage, runWriteGood } from '../peers';
import {
  formatTargets,
  ms,
  table,
  type BenchOptions,
  type BenchSection,
  type Target,
} from '../section';
import { REPLIES_5000, REPLY_280 } from '../texts';

/** What our engine runs: every built-in rule plus the default pack, as on X in English. */
function ours(text: string) {
  return check(text, defaultPack, { platform: 'x', language: 'en' });
}

/** Adversarial inputs are slow by design: fewer runs, and a time budget per case. */
const ADVERSARIAL_WARMUP = 3;
const ADVERSARIAL_RUNS = 20;
const ADVERSARIAL_BUDGET_MS = 5000;

export const TARGETS = {
  short280Ms: 0.25,
  long5000Ms: 3,
  fasterThanRetext: 5,
  adversarialMs: 50,
} as const;

interface EngineRow {
  engine: string;
  short: Timing;
  long: Timing;
  shortCount: number;
  longCount: number;
}

function measureEngine(
  engine: string,
  fn: (text: string) => number,
  options: BenchOptions,
): EngineRow {
  return {
    engine,
    short: measure(() => fn(REPLY_280), options),
    long: measure(() => fn(REPLIES_5000), options),
    shortCount: fn(REPLY_280),
    longCount: fn(REPLIES_5000),
  };
}

function ratio(slow: number, fast: number): number {
  return slow / fast;
}

function times(value: number): string {
  return `${value >= 10 ? value.toFixed(0) : value.toFixed(1)}×`;
}

export const rulesSection: BenchSection = {
  name: 'rules',
  description:
    'check engine vs retext and write-good, adversarial 100 KB inputs, targets, coverage',
  async run(options) {
    const retext = createRetext();
    const rows = [
      measureEngine(
        'ours: check(), built-ins + default pack',
        (text) => ours(text).length,
        options,
      ),
      measureEngine('retext + english, equality, profanities', retext, options),
      measureEngine('write-good (default checks)', runWriteGood, options),
    ];
    const [our, ret, wg] = rows as [EngineRow, EngineRow, EngineRow];

    const adversarial = adversarialTexts(ADVERSARIAL_SIZE).map(({ name, text }) => {
      const timing = measure(() => ours(text), {
        warmup: ADVERSARIAL_WARMUP,
        runs: ADVERSARIAL_RUNS,
        budgetMs: ADVERSARIAL_BUDGET_MS,
        minRuns: 3,
      });
      return { name, length: text.length, timing, findings: ours(text).length };
    });
    const worst = adversarial.reduce((a, b) => (b.timing.medianMs > a.timing.medianMs ? b : a));

    const retextShort = ratio(ret.short.medianMs, our.short.medianMs);
    const retextLong = ratio(ret.long.medianMs, our.long.medianMs);
    const wgShort = ratio(wg.short.medianMs, our.short.medianMs);
    const wgLong = ratio(wg.long.medianMs, our.long.medianMs);

    const targets: Target[] = [
      {
        label: `ours ≤ ${TARGETS.short280Ms} ms median on 280 chars`,
        pass: our.short.medianMs <= TARGETS.short280Ms,
        actual: `${ms(our.short.medianMs)} ms`,
      },
      {
        label: `ours ≤ ${TARGETS.long5000Ms} ms median on 5,000 chars`,
        pass: our.long.medianMs <= TARGETS.long5000Ms,
        actual: `${ms(our.long.medianMs)} ms`,
      },
      {
        label: `ours ≥ ${TARGETS.fasterThanRetext}× faster than retext on 280 chars`,
        pass: retextShort >= TARGETS.fasterThanRetext,
        actual: times(retextShort),
      },
      {
        label: `ours ≥ ${TARGETS.fasterThanRetext}× faster than retext on 5,000 chars`,
        pass: retextLong >= TARGETS.fasterThanRetext,
        actual: times(retextLong),
      },
      {
        label: `worst adversarial 100 KB median ≤ ${TARGETS.adversarialMs} ms`,
        pass: worst.timing.medianMs <= TARGETS.adversarialMs,
        actual: `${ms(worst.timing.medianMs)} ms (${worst.name})`,
      },
    ];

    const coverage = await retextCoverage();
    const customRules = defaultPack.rules.length;
    const oursRules = BUILTIN_RULE_IDS.length + customRules;
    const unknown = (value: number | null) => (value === null ? 'unknown' : String(value));
    const retextCounted = coverage.equalityPatterns === null ? null : coverage.equalityPatterns + 1;

    const timing = (t: Timing) => `${ms(t.medianMs)} (p95 ${ms(t.p95Ms)})`;
    const text = [
      `rules: our check engine vs retext and write-good, same texts, one process`,
      `texts: reply ${REPLY_280.length} chars, replies ${REPLIES_5000.length.toLocaleString('en')} chars ` +
        `(UTF-16 units); ${options.warmup} warm-up + ${options.runs} timed runs per cell; ms, median (p95)`,
      `retext timed on its sync path: processor.runSync(processor.parse(file), file), processor reused`,
      '',
      table(
        ['engine', '280 chars median', '5,000 chars median', 'findings/messages (280 / 5,000)'],
        rows.map((row) => [
          row.engine,
          timing(row.short),
          timing(row.long),
          `${row.shortCount} / ${row.longCount}`,
        ]),
      ),
      '',
      `ours is ${times(retextShort)} faster than retext on 280 chars and ${times(retextLong)} faster on 5,000 chars`,
      `vs write-good: ${wgShort >= 1 ? `ours is ${times(wgShort)} faster` : `write-good is ${times(1 / wgShort)} faster`} on 280 chars, ` +
        `${wgLong >= 1 ? `ours is ${times(wgLong)} faster` : `write-good is ${times(1 / wgLong)} faster`} on 5,000 chars`,
      '',
      `adversarial inputs, ${ADVERSARIAL_SIZE.toLocaleString('en')} UTF-16 units each, ours only ` +
        `(${ADVERSARIAL_WARMUP} warm-up + up to ${ADVERSARIAL_RUNS} timed runs, ${ADVERSARIAL_BUDGET_MS / 1000} s budget per case)`,
      table(
        ['case', 'median ms', 'max ms', 'runs', 'findings'],
        adversarial.map((a) => [
          a.name,
          ms(a.timing.medianMs),
          ms(a.timing.maxMs),
          String(a.timing.runs),
          String(a.findings),
        ]),
      ),
      `worst: ${worst.name}, median ${ms(worst.timing.medianMs)} ms, max ${ms(worst.timing.maxMs)} ms`,
      '',
      'targets',
      formatTargets(targets),
      '',
      'coverage (counts of different things; read the notes)',
      `ours:   ${oursRules} rules = ${BUILTIN_RULE_IDS.length} built-in rule ids (lib/rules/ids.ts) + ${customRules} custom rules in the default pack;`,
      `        each rule may carry many phrases (word lists) and covers en, de, sv`,
      `retext: ${unknown(retextCounted)} rules = ${unknown(coverage.equalityPatterns)} retext-equality patterns ` +
        `(${unknown(coverage.equalityPhrases)} inconsiderate words/phrases) + 1 retext-profanities rule over ` +
        `${unknown(coverage.profanityWords)} cuss words; English only`,
      `        counted the way they report: one equality pattern is one message id; counting each profanity`,
      `        word as a rule would give ${coverage.equalityPatterns === null || coverage.profanityWords === null ? 'unknown' : coverage.equalityPatterns + coverage.profanityWords}`,
    ].join('\n');

    return {
      text,
      data: {
        texts: { short: REPLY_280.length, long: REPLIES_5000.length },
        runs: { warmup: options.warmup, timed: options.runs },
        retextPath: 'runSync(parse(file), file)',
        engines: rows.map((row) => ({
          engine: row.engine,
          short: row.short,
          long: row.long,
          shortCount: row.shortCount,
          longCount: row.longCount,
        })),
        ratios: { retextShort, retextLong, writeGoodShort: wgShort, writeGoodLong: wgLong },
        adversarial: adversarial.map((a) => ({
          name: a.name,
          length: a.length,
          findings: a.findings,
          ...a.timing,
        })),
        worstAdversarial: {
          name: worst.name,
          medianMs: worst.timing.medianMs,
          maxMs: worst.timing.maxMs,
        },
        targets,
        coverage: {
          ours: { rules: oursRules, builtin: BUILTIN_RULE_IDS.length, custom: customRules },
          retext: { rules: retextCounted, ...coverage },
        },
      },
    };
  },
};
