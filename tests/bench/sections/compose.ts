/**
 * The compose section: reading a customer's message and composing three suggestions, per message
 * of the labelled corpus (tests/fixtures/messages), as the side panel does once per message:
 * analyzeMessage, then suggestReplies with that analysis, the default pack, the message's
 * platform and the author's name. Also each half alone, and compromise alone on the English
 * messages, to show where the time goes.
 */
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import { analyzeMessage, suggestReplies, type Analysis } from '../../../lib/compose';
import { defaultPack } from '../../../lib/voice';
import { loadCorpus, type CorpusItem } from '../../fixtures/messages/corpus';
import { consume, median, quantile } from '../measure';
import {
  formatTargets,
  ms,
  table,
  type BenchOptions,
  type BenchSection,
  type Target,
} from '../section';

export const TARGETS = { composeMedianMs: 30 } as const;

/**
 * The corpus is a few hundred messages: timing each one `runs` times (500 by default) would take
 * many minutes, so the section makes whole passes over the corpus instead, each message timed
 * once per pass, and takes each message's median over the passes. `--runs`/`--warmup` can lower
 * the passes, never raise them above these.
 */
const WARMUP_PASSES = 3;
const TIMED_PASSES = 15;

/** A fixed time (a Tuesday morning in Berlin, inside the default pack's hours), so runs compare. */
const NOW = Date.parse('2026-11-24T10:30:00+01:00');

function analyze(item: CorpusItem): Analysis {
  return analyzeMessage(item.text, { pack: defaultPack });
}

function suggest(item: CorpusItem, analysis: Analysis) {
  return suggestReplies({
    message: item.text,
    analysis,
    pack: defaultPack,
    platform: item.platform,
    kind: item.kind,
    customer: {
      ...(item.author?.name ? { name: item.author.name } : {}),
      ...(item.author?.handle ? { handle: item.author.handle } : {}),
    },
    now: NOW,
  });
}

// The same calls lib/compose/analysis/english.ts makes: one parse, people and dates with offsets.
let compromiseReady = false;
function compromiseAlone(text: string): number {
  if (!compromiseReady) {
    nlp.plugin(datesPlugin);
    compromiseReady = true;
  }
  const doc = nlp(text) as unknown as {
    people(): { json(o: object): unknown[] };
    dates(): { json(o: object): unknown[] };
  };
  const options = { offset: true, terms: false };
  return doc.people().json(options).length + doc.dates().json(options).length;
}

interface PerMessage {
  id: string;
  language: string;
  /** This message's median over the timed passes, ms. */
  ms: number;
}

interface Figures {
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  maxId: string;
  messages: number;
}

type Step = 'full' | 'analysis' | 'suggestions' | 'compromise';

/**
 * Times every step on every message once per pass, the steps of one message back to back, so
 * that a busy machine slows them alike and their figures can be compared. Returns each
 * message's median per step over the timed passes.
 */
function timePasses(
  items: readonly CorpusItem[],
  passes: { warmup: number; timed: number },
): Record<Step, PerMessage[]> {
  const steps = items.map((item) => {
    const analysis = analyze(item);
    const list: [Step, () => unknown][] = [
      ['full', () => suggest(item, analyze(item))],
      ['analysis', () => analyze(item)],
      ['suggestions', () => suggest(item, analysis)],
    ];
    if (item.language === 'en') list.push(['compromise', () => compromiseAlone(item.text)]);
    return list;
  });
  for (let pass = 0; pass < passes.warmup; pass++) {
    for (const list of steps) for (const [, fn] of list) consume(fn());
  }
  const samples = steps.map((list) => list.map(() => [] as number[]));
  for (let pass = 0; pass < passes.timed; pass++) {
    steps.forEach((list, i) => {
      list.forEach(([, fn], j) => {
        const start = performance.now();
        consume(fn());
        samples[i]![j]!.push(performance.now() - start);
      });
    });
  }
  const result: Record<Step, PerMessage[]> = {
    full: [],
    analysis: [],
    suggestions: [],
    compromise: [],
  };
  steps.forEach((list, i) => {
    const { id, language } = items[i]!;
    list.forEach(([step], j) => {
      const sorted = [...samples[i]![j]!].sort((a, b) => a - b);
      result[step].push({ id, language, ms: median(sorted) });
    });
  });
  return result;
}

function figures(rows: readonly PerMessage[]): Figures {
  const sorted = [...rows].sort((a, b) => a.ms - b.ms);
  const slowest = sorted[sorted.length - 1];
  return {
    medianMs: median(sorted.map((row) => row.ms)),
    p95Ms: quantile(
      sorted.map((row) => row.ms),
      0.95,
    ),
    maxMs: slowest?.ms ?? Number.NaN,
    maxId: slowest?.id ?? '',
    messages: rows.length,
  };
}

export const composeSection: BenchSection = {
  name: 'compose',
  description:
    'analysis + three suggestions per corpus message (median, p95); each half alone; compromise',
  async run(options: BenchOptions) {
    const passes = {
      warmup: Math.min(WARMUP_PASSES, options.warmup),
      timed: Math.min(TIMED_PASSES, options.runs),
    };
    const items = loadCorpus();

    // The very first message in a fresh process pays for compromise's set-up (the panel does
    // this once, when lib/compose loads); shown apart, not mixed into the medians.
    const coldStart = performance.now();
    const firstEnglish = items.find((item) => item.language === 'en')!;
    consume(suggest(firstEnglish, analyze(firstEnglish)));
    const coldMs = performance.now() - coldStart;

    const timed = timePasses(items, passes);
    const { full, analysis: analysisOnly, suggestions: suggestOnly, compromise } = timed;
    const english = items.filter((item) => item.language === 'en');
    const fewer = items.filter(
      (item) => suggest(item, analyze(item)).suggestions.length < 3,
    ).length;

    const all = {
      full: figures(full),
      analysis: figures(analysisOnly),
      suggestions: figures(suggestOnly),
    };
    const byLanguage = ['en', 'de', 'sv'].map((language) => ({
      language,
      full: figures(full.filter((row) => row.language === language)),
      analysis: figures(analysisOnly.filter((row) => row.language === language)),
    }));
    const compromiseFigures = figures(compromise);
    const analysisEnglish = figures(analysisOnly.filter((row) => row.language === 'en'));
    const compromiseShare = compromiseFigures.medianMs / analysisEnglish.medianMs;
    const fullEnglish = figures(full.filter((row) => row.language === 'en'));
    const compromiseShareOfFull = compromiseFigures.medianMs / fullEnglish.medianMs;

    const targets: Target[] = [
      {
        label: `analysis + 3 suggestions ≤ ${TARGETS.composeMedianMs} ms median per message`,
        pass: all.full.medianMs <= TARGETS.composeMedianMs,
        actual: `${ms(all.full.medianMs)} ms (p95 ${ms(all.full.p95Ms)})`,
      },
    ];

    const cell = (f: Figures) => [ms(f.medianMs), ms(f.p95Ms), `${ms(f.maxMs)} (${f.maxId})`];
    const text = [
      `compose: analyzeMessage + suggestReplies per message of the labelled corpus, default pack,`,
      `the message's platform and author; now = 2026-11-24 10:30 Europe/Berlin (inside service hours)`,
      `corpus: ${items.length} messages (${byLanguage.map((l) => `${l.full.messages} ${l.language}`).join(', ')}); ` +
        `${passes.warmup} warm-up + ${passes.timed} timed passes over the corpus; in a pass, each message's steps`,
      `are timed once each, back to back (so a busy machine slows them alike);`,
      `per message: its median over the passes; below: median, p95 and max of those over the corpus, ms`,
      '',
      table(
        ['step', 'median', 'p95', 'max (message)'],
        [
          ['analysis + 3 suggestions', ...cell(all.full)],
          ['analysis alone', ...cell(all.analysis)],
          ['suggestions alone (analysis given)', ...cell(all.suggestions)],
          [`compromise alone (en, ${english.length} messages)`, ...cell(compromiseFigures)],
        ],
      ),
      '',
      table(
        ['language', 'analysis + suggestions median', 'p95', 'analysis median', 'p95'],
        byLanguage.map((l) => [
          l.language,
          ms(l.full.medianMs),
          ms(l.full.p95Ms),
          ms(l.analysis.medianMs),
          ms(l.analysis.p95Ms),
        ]),
      ),
      '',
      `compromise (nlp + people + dates, English only) is ${(compromiseShare * 100).toFixed(0)} % of the ` +
        `English analysis median and ${(compromiseShareOfFull * 100).toFixed(0)} % of analysis + suggestions (medians compared)`,
      `first message in this process (cold: compromise and the pack's blocks set up): ${ms(coldMs)} ms`,
      `messages with fewer than 3 suggestions: ${fewer} of ${items.length}`,
      '',
      'targets',
      formatTargets(targets),
    ].join('\n');

    return {
      text,
      data: {
        corpus: items.length,
        passes,
        now: new Date(NOW).toISOString(),
        ...all,
        byLanguage,
        compromise: {
          ...compromiseFigures,
          shareOfEnglishAnalysis: compromiseShare,
          shareOfEnglishFull: compromiseShareOfFull,
        },
        coldFirstMessageMs: coldMs,
        fewerThanThreeSuggestions: fewer,
        targets,
      },
    };
  },
};
