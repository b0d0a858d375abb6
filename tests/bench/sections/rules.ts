/**
 * The rules section: our check engine against retext (+ english, equality, profanities) and
 * write-good on the same texts in one process, then our engine alone on 100 KB adversarial
 * inputs, then the targets and a coverage count.
 */
import { check } from '../../../lib/rules';
import { BUILTIN_RULE_IDS } from '../../../lib/rules/ids';
import { defaultPack } from '../../../lib/voice';
import { ADVERSARIAL_SIZE, adversarialTexts } from '../adversarial';
import { ruleBreakdown, type CostLine } from '../breakdown';
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
const CONTEXT = { platform: 'x', language: 'en' } as const;
function ours(text: string) {
  return check(text, defaultPack, CONTEXT);
}

/**
 * Adversarial inputs: one untimed probe run (also the first warm-up), then up to
 * ADVERSARIAL_RUNS timed runs within ADVERSARIAL_BUDGET_MS. An input whose probe takes over a
 * second gets a single timed run, so a pathological engine can't make the bench run for hours.
 */
const ADVERSARIAL_WARMUP = 2;
const ADVERSARIAL_RUNS = 20;
const ADVERSARIAL_BUDGET_MS = 2000;
const SLOW_PROBE_MS = 1000;

function measureAdversarial(text: string): { timing: Timing; findings: number } {
  const start = performance.now();
  const findings = ours(text).length;
  const slow = performance.now() - start > SLOW_PROBE_MS;
  const timing = measure(() => ours(text), {
    warmup: slow ? 0 : ADVERSARIAL_WARMUP,
    runs: slow ? 1 : ADVERSARIAL_RUNS,
    budgetMs: ADVERSARIAL_BUDGET_MS,
    minRuns: slow ? 1 : 3,
  });
  return { timing, findings };
}

/** `(prepare) 0.41, human.form-letter 0.22, …`: the costliest parts of one check. */
function costliest(lines: readonly CostLine[], count = 5): string {
  return lines
    .slice(0, count)
    .map((line) => `${line.id} ${ms(line.ms)}`)
    .join(', ');
}

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

    const adversarial = adversarialTexts(ADVERSARIAL_SIZE).map(({ name, text }) => ({
      name,
      text,
      length: text.length,
      ...measureAdversarial(text),
    }));
    const worst = adversarial.reduce((a, b) => (b.timing.medianMs > a.timing.medianMs ? b : a));

    const shortCosts = ruleBreakdown(REPLY_280, defaultPack, CONTEXT);
    const longCosts = ruleBreakdown(REPLIES_5000, defaultPack, CONTEXT);
    const worstCosts = ruleBreakdown(worst.text, defaultPack, CONTEXT);
    const breakdownLong = costliest(longCosts);
    const breakdownWorst = costliest(worstCosts);

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
        `(1 probe + ${ADVERSARIAL_WARMUP} warm-up + up to ${ADVERSARIAL_RUNS} timed runs within ` +
        `${ADVERSARIAL_BUDGET_MS / 1000} s per case; 1 timed run when the probe takes over ${SLOW_PROBE_MS / 1000} s)`,
      table(
        ['case', 'median ms', 'min ms', 'max ms', 'runs', 'findings'],
        adversarial.map((a) => [
          a.name,
          ms(a.timing.medianMs),
          ms(a.timing.minMs),
          ms(a.timing.maxMs),
          String(a.timing.runs),
          String(a.findings),
        ]),
      ),
      `worst: ${worst.name}, median ${ms(worst.timing.medianMs)} ms, max ${ms(worst.timing.maxMs)} ms`,
      '',
      'where the time goes (fastest of 5, ms; rules run alone on the prepared text)',
      `  280 chars:             ${costliest(shortCosts)}`,
      `  5,000 chars:           ${breakdownLong}`,
      `  worst adversarial (${worst.name}): ${breakdownWorst}`,
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
        breakdown: { short: shortCosts, long: longCosts, worstAdversarial: worstCosts },
        targets,
        coverage: {
          ours: { rules: oursRules, builtin: BUILTIN_RULE_IDS.length, custom: customRules },
          retext: { rules: retextCounted, ...coverage },
        },
      },
    };
  },
};
