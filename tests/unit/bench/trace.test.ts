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
      { startMs: 0, ms: 80, scriptMs: 0 },
      { startMs: 100, ms: 5, scriptMs: 3 },
      { startMs: 200, ms: 2, scriptMs: 1 },
      { startMs: 300, ms: 60, scriptMs: 8 },
    ]);
    expect(trace.calls).toEqual([
      { kind: 'idle callback', ms: 3 },
      { kind: 'event: scroll', ms: 1 },
      { kind: 'mutation observer / microtask', ms: 8 },
    ]);
  });

  it('finds nothing when the trace has no frame of the page', () => {
    expect(analyseTrace([x('RunTask', 0, 80)], PAGE, SCRIPT)).toEqual({
      pid: undefined,
      tasks: [],
      calls: [],
    });
  });
});

describe('summariseLongTasks', () => {
  it('counts a long task as caused by the script only when it would be short without it', () => {
    const summary = summariseLongTasks(
      [
        { startMs: 0, ms: 80, scriptMs: 0 }, // the page's own
        { startMs: 100, ms: 60, scriptMs: 8 }, // still 52 ms without the script
        { startMs: 200, ms: 58, scriptMs: 10 }, // 48 ms without it: caused
        { startMs: 300, ms: 50, scriptMs: 50 }, // not long (50 ms is not over 50 ms)
      ],
      50,
    );
    expect(summary).toEqual({ count: 3, scriptTotalMs: 18, scriptMaxMs: 10, caused: 1 });
  });
});
