import { describe, expect, it } from 'vitest';
import { analyseTrace, summariseLongTasks, type TraceEvent } from '../../bench/content/trace';

const PAGE = 'https://x.com/';
const SCRIPT = 'chrome-extension://abc/content-scripts/content.js';
const PID = 7;

/** A complete event on the page's renderer main thread; times in ms. */
function x(name: string, startMs: number, ms: number, data?: object): TraceEvent {
  return {
    name,
    ph: 'X',
    ts: startMs * 1000,
    dur: ms * 1000,
    pid: PID,
    tid: PID,
    ...(data ? { args: { data } } : {}),
  };
}
const call = (startMs: number, ms: number, url = SCRIPT) => x('FunctionCall', startMs, ms, { url });

const HEADER: TraceEvent[] = [
  {
    name: 'TracingStartedInBrowser',
    ph: 'I',
    ts: 0,
    pid: 1,
    tid: 1,
    args: { data: { frames: [{ processId: PID, url: 'https://x.com/home' }] } },
  },
  { name: 'thread_name', ph: 'M', ts: 0, pid: PID, tid: PID, args: { name: 'CrRendererMain' } },
  // Another renderer's main thread, same event names: never counted.
  { name: 'thread_name', ph: 'M', ts: 0, pid: 9, tid: 9, args: { name: 'CrRendererMain' } },
];

describe('analyseTrace', () => {
  it('finds the page renderer’s tasks and the script’s top-level calls, by what called them', () => {
    const events = [
      ...HEADER,
      // A long rendering task of the page with a short idle callback of the script after it.
      x('RunTask', 0, 80),
      x('ThreadControllerImpl::RunTask', 0, 80),
      x('Layout', 1, 70),
      x('RunTask', 100, 5),
      x('FireIdleCallback', 100, 4),
      call(100.5, 3),
      // A scroll listener that calls back into the script (nested): counted once.
      x('RunTask', 200, 2),
      x('EventDispatch', 200, 1.5, { type: 'scroll' }),
      call(200.1, 1),
      call(200.2, 0.5),
      // A mutation observer delivered at a microtask checkpoint; a page's own call is not ours.
      x('RunTask', 300, 60),
      call(300, 50, 'https://x.com/app.js'),
      x('RunMicrotasks', 351, 9),
      call(351, 8),
      { ...x('RunTask', 400, 500), pid: 9, tid: 9 },
    ];
    const trace = analyseTrace(events, PAGE, SCRIPT);
    expect(trace.pid).toBe(PID);
    expect(trace.tasks).toEqual([
      { startMs: 0, ms: 80, scriptMs: 0, sampledScriptMs: 0, parts: { Layout: 70 } },
      { startMs: 100, ms: 5, scriptMs: 3, sampledScriptMs: 0, parts: { FireIdleCallback: 4 } },
      { startMs: 200, ms: 2, scriptMs: 1, sampledScriptMs: 0, parts: { 'event: scroll': 1.5 } },
      {
        startMs: 300,
        ms: 60,
        scriptMs: 8,
        sampledScriptMs: 0,
        parts: { 'FunctionCall (page)': 50, RunMicrotasks: 9 },
      },
    ]);
    expect(trace.sampledScriptMs).toBeNaN();
    expect(trace.calls).toEqual([
      { kind: 'idle callback', ms: 3 },
      { kind: 'event: scroll', ms: 1 },
      { kind: 'mutation observer / microtask', ms: 8 },
    ]);
  });

  it('adds CPU profile samples with the script on the stack to their task, nested or not', () => {
    const events = [
      ...HEADER,
      // The page's click handler focuses an editor: the script's focusin listener runs inside
      // the page's FunctionCall and has none of its own.
      x('RunTask', 10, 30),
      x('EventDispatch', 10, 29, { type: 'click' }),
      call(10, 29, 'https://x.com/app.js'),
      x('RunTask', 50, 10),
    ];
    // Samples every 1 ms from 10 ms: page, script (nested under page) ×3, page, then idle; one
    // more script sample outside any task of the thread.
    const nodes = [
      { id: 1, callFrame: { url: '' }, children: [2, 5] },
      { id: 2, callFrame: { url: 'https://x.com/app.js' }, children: [3] },
      { id: 3, callFrame: { url: SCRIPT }, children: [4] },
      { id: 4, callFrame: { url: '' } },
      { id: 5, callFrame: { url: '' } },
    ];
    const profile = {
      nodes,
      startTime: 9000,
      samples: [2, 3, 4, 3, 2, 5, 3, 5],
      timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000, 30000, 1000],
    };
    const trace = analyseTrace(events, PAGE, SCRIPT, profile);
    expect(trace.calls).toEqual([]);
    expect(trace.tasks.map((t) => [t.startMs, t.scriptMs, t.sampledScriptMs])).toEqual([
      [10, 0, 3],
      [50, 0, 0],
    ]);
    // The sample at 45 ms stands for 1 ms until the next (capped at 1 ms), outside the tasks.
    expect(trace.sampledScriptMs).toBe(4);
  });

  it('finds nothing when the trace has no frame of the page', () => {
    expect(analyseTrace([x('RunTask', 0, 80)], PAGE, SCRIPT)).toEqual({
      pid: undefined,
      tasks: [],
      calls: [],
      sampledScriptMs: Number.NaN,
    });
  });
});

const task = (startMs: number, ms: number, scriptMs: number, sampledScriptMs: number) => ({
  startMs,
  ms,
  scriptMs,
  sampledScriptMs,
});

describe('summariseLongTasks', () => {
  it('counts a long task as caused by the script only when it would be short without it', () => {
    const summary = summariseLongTasks(
      [
        // The page's own.
        { ...task(0, 80, 0, 0), parts: { Layout: 70 } },
        // Still 52 ms without the script.
        { ...task(100, 60, 8, 7), parts: { Layout: 40, RunMicrotasks: 8 } },
        // 48 ms without it: caused.
        { ...task(200, 58, 10, 9), parts: { 'FunctionCall (script)': 10 } },
        // Called from the page's script, so no FunctionCall of its own; the samples saw 20 ms.
        { ...task(300, 65, 0, 20), parts: { 'FunctionCall (page)': 60 } },
        // Not long (50 ms is not over 50 ms).
        { ...task(400, 50, 50, 50), parts: { 'FunctionCall (script)': 50 } },
      ],
      50,
    );
    expect(summary).toEqual({
      count: 4,
      scriptTotalMs: 38,
      scriptMaxMs: 20,
      caused: 2,
      parts: [
        ['Layout', 110],
        ['FunctionCall (page)', 60],
        ['FunctionCall (script)', 10],
        ['RunMicrotasks', 8],
      ],
    });
  });
});
