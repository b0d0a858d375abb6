/**
 * The feed scenario the sites section runs twice, in a browser with the built extension and in
 * one without it (same Chromium, same flags, same steps): open the 2,000-post X feed at x.com,
 * scroll to the end with the End key, open reply boxes far apart in the feed and type in them.
 * Collected per run: the page's own `longtask` entries, a trace of the renderer's main thread
 * and a V8 CPU profile (to find the content script's time inside each task) and the tab's JavaScript heap after a
 * garbage collection. BENCH_TRACE_DIR=<folder> also saves both traces there.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import {
  assertBuilt,
  CHROME_EXTENSION_DIR,
  extensionArgs,
  extensionIdOf,
  QUIET_ARGS,
} from '../../../lib/devtools/browser';
import { FEED_SIZE } from '../../fixtures/sites/feed/feed';
import { FEED_URL, routeFeed } from '../../fixtures/sites/feed/serve';
import { analyseTrace, type CpuProfile, type TraceAnalysis, type TraceEvent } from './trace';

/** Posts whose reply box is opened and typed in: near the top, the middle and the end. */
export const REPLY_POSTS = [120, 1000, 1900] as const;
export const REPLY_TEXT = 'Hi, so sorry about the wait. Your order ships today.';
/** The CPU profile's sampling interval (µs), in both runs. */
export const SAMPLE_US = 100;
/** What the probe allocates in the content script's world to see whether the heap counts it. */
export const PROBE_MB = 8;

export interface LongTaskEntry {
  startMs: number;
  ms: number;
}

export interface HeapFigures {
  /** Performance.getMetrics JSHeapUsedSize, bytes. */
  jsHeapUsed: number;
  /** Runtime.getHeapUsage: the isolate's used size and Blink's own (DOM) heap, bytes. */
  isolateUsed: number;
  embedderUsed: number;
}

export interface ScenarioRun {
  withExtension: boolean;
  posts: number;
  durationMs: number;
  /** What the page's PerformanceObserver({type: 'longtask'}) saw. */
  longTasks: LongTaskEntry[];
  trace: TraceAnalysis;
  heap: HeapFigures;
  /**
   * With the extension: JSHeapUsedSize before and after PROBE_MB of doubles were allocated in
   * the content script's isolated world (kept alive there), to tell whether the figure counts it.
   */
  isolatedProbe?: { before: number; after: number };
  /** The content script's URL, for the trace. */
  scriptUrl?: string;
}

declare global {
  interface Window {
    __longTasks?: LongTaskEntry[];
  }
}

/** Installed before the page's own scripts, so every long task of the page is seen. */
function observeLongTasks(): void {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__longTasks!.push({ startMs: entry.startTime, ms: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
}

async function launch(withExtension: boolean): Promise<{
  context: BrowserContext;
  extensionId?: string;
}> {
  if (withExtension) assertBuilt(CHROME_EXTENSION_DIR);
  // Same flags both ways; only the extension differs.
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      ...(withExtension ? extensionArgs(CHROME_EXTENSION_DIR) : []),
      '--no-sandbox',
      ...QUIET_ARGS,
    ],
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  try {
    return { context, extensionId: withExtension ? await extensionIdOf(context) : undefined };
  } catch (error) {
    await context.close();
    throw error;
  }
}

async function heapFigures(cdp: CDPSession): Promise<HeapFigures> {
  // Twice: the first collection can leave what finalizers released for the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as {
    usedSize: number;
    embedderHeapUsedSize?: number;
  };
  return {
    jsHeapUsed: metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN,
    isolateUsed: usage.usedSize,
    embedderUsed: usage.embedderHeapUsedSize ?? Number.NaN,
  };
}

async function trace(cdp: CDPSession, work: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        '__metadata',
        'toplevel',
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
      ],
    },
  });
  try {
    await work();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
  }
  return events;
}

async function scenario(page: Page): Promise<number> {
  // The page's own scrolling: End, as a user would, until the feed has no more posts (an End
  // pressed during the previous smooth scroll may stop short, so it is simply pressed again).
  const loaded = () => page.evaluate(() => window.__feed!.loaded());
  for (let press = 0; press < 10 * (FEED_SIZE / 50) && (await loaded()) < FEED_SIZE; press++) {
    await page.keyboard.press('End');
    await page.waitForTimeout(50);
  }
  for (const index of REPLY_POSTS) {
    await page.locator(`article[data-post-index="${index}"] [data-testid="reply"]`).click();
    await page.keyboard.type(REPLY_TEXT);
    // Past the content script's draft debounce (120 ms), so its draft sync is in the run.
    await page.waitForTimeout(300);
  }
  return loaded();
}

/** One run of the scenario; `withExtension` loads .output/chrome-mv3. */
export async function runFeedScenario(withExtension: boolean): Promise<ScenarioRun> {
  const { context, extensionId } = await launch(withExtension);
  try {
    await context.addInitScript(observeLongTasks);
    await routeFeed(context);
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(15_000);
    const cdp = await context.newCDPSession(page);
    const worlds: { id: number; origin: string; auxData?: { isDefault?: boolean } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context: world }) => worlds.push(world));
    await cdp.send('Runtime.enable');
    await cdp.send('Performance.enable');
    await page.goto(FEED_URL);
    // Scroll events come with animation frames, which a page in the background doesn't get.
    await page.bringToFront();
    const extensionOrigin = extensionId && `chrome-extension://${extensionId}`;
    const contentWorld = () => worlds.findLast((w) => w.origin === extensionOrigin);
    if (extensionOrigin) {
      const deadline = Date.now() + 10_000;
      while (!contentWorld() && Date.now() < deadline) await page.waitForTimeout(50);
      if (!contentWorld()) throw new Error('The content script did not start on the feed.');
    }
    // The content script's first whole-page scan and the page's first paint are not the scenario.
    await page.waitForTimeout(500);

    const started = performance.now();
    let posts = 0;
    const scriptUrl = extensionOrigin && `${extensionOrigin}/content-scripts/content.js`;
    let profile: CpuProfile | undefined;
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
    const events = await trace(cdp, async () => {
      await cdp.send('Profiler.start');
      posts = await scenario(page);
      await page.waitForTimeout(500);
      profile = (await cdp.send('Profiler.stop')).profile as CpuProfile;
    });
    const durationMs = performance.now() - started;
    const dumpDir = process.env.BENCH_TRACE_DIR;
    if (dumpDir) {
      // Opens in DevTools' Performance panel (Load profile…) for a closer look.
      mkdirSync(dumpDir, { recursive: true });
      const file = join(dumpDir, `feed-${withExtension ? 'with' : 'without'}-extension.json`);
      writeFileSync(file, JSON.stringify({ traceEvents: events }));
    }
    const longTasks = await page.evaluate(() => window.__longTasks ?? []);
    const heap = await heapFigures(cdp);

    let isolatedProbe: ScenarioRun['isolatedProbe'];
    const world = contentWorld();
    if (world) {
      const length = (PROBE_MB * 2 ** 20) / 8;
      await cdp.send('Runtime.evaluate', {
        contextId: world.id,
        expression: `globalThis.__benchProbe = Array.from({ length: ${length} }, () => 0.5); 0`,
      });
      const after = (await heapFigures(cdp)).jsHeapUsed;
      await cdp.send('Runtime.evaluate', {
        contextId: world.id,
        expression: 'delete globalThis.__benchProbe',
      });
      isolatedProbe = { before: heap.jsHeapUsed, after };
    }
    return {
      withExtension,
      posts,
      durationMs,
      longTasks,
      trace: analyseTrace(events, 'https://x.com/', scriptUrl ?? 'none', profile),
      heap,
      isolatedProbe,
      scriptUrl,
    };
  } finally {
    await context.close();
  }
}
