/**
 * Reads a Chromium trace (CDP Tracing, devtools.timeline categories) of one tab: the renderer
 * main thread's tasks, and inside them the calls into one script (the content script), found by
 * their `FunctionCall` events. This is how a long task is attributed: the script's own time
 * inside the task, not a guess from counting.
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    data?: {
      url?: string;
      type?: string;
      frames?: { processId?: number; url?: string }[];
    };
  };
}

/** One call into the script from the browser: an event listener, observer, idle or timer callback. */
export interface ScriptCall {
  /** What called it: `idle callback`, `mutation observer`, `event: scroll`, `timer`, … */
  kind: string;
  ms: number;
}

export interface MainThreadTask {
  startMs: number;
  ms: number;
  /** The script's own time inside the task (its top-level calls; nested calls counted once). */
  scriptMs: number;
}

export interface TraceAnalysis {
  /** The renderer process that showed the page, or undefined when the trace has no such frame. */
  pid: number | undefined;
  tasks: MainThreadTask[];
  calls: ScriptCall[];
}

/** A task of the thread's event loop: DevTools' `RunTask`, the scheduler's name inside it. */
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** What dispatched a call, from the nearest enclosing event that is not a function call. */
function kindOf(ancestors: readonly TraceEvent[]): string {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const event = ancestors[i]!;
    switch (event.name) {
      case 'FunctionCall':
        continue;
      case 'RunMicrotasks':
        // Mutation observers are delivered at the microtask checkpoint (so are promise jobs).
        return 'mutation observer / microtask';
      case 'FireIdleCallback':
        return 'idle callback';
      case 'TimerFire':
        return 'timer';
      case 'EventDispatch':
        return `event: ${event.args?.data?.type ?? '?'}`;
      case 'Receive mojo message':
        return 'extension message';
      default:
        if (!TASKS.has(event.name)) return event.name;
    }
  }
  return 'other';
}

/**
 * The page's renderer main thread, its tasks, and the calls into the script whose URL is
 * `scriptUrl`. `pageUrl` picks the renderer: the process of the frame whose URL starts with it.
 */
export function analyseTrace(
  events: readonly TraceEvent[],
  pageUrl: string,
  scriptUrl: string,
): TraceAnalysis {
  let pid: number | undefined;
  for (const event of events) {
    const frame = event.args?.data?.frames?.find((f) => f.url?.startsWith(pageUrl));
    if (event.name === 'TracingStartedInBrowser' && frame?.processId !== undefined) {
      pid = frame.processId;
    }
  }
  if (pid === undefined) return { pid, tasks: [], calls: [] };
  const tid = events.find(
    (e) => e.ph === 'M' && e.pid === pid && e.args?.name === 'CrRendererMain',
  )?.tid;
  const main = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);

  const tasks: MainThreadTask[] = [];
  const calls: ScriptCall[] = [];
  const stack: TraceEvent[] = [];
  let task: MainThreadTask | undefined;
  for (const event of main) {
    while (stack.length > 0 && stack.at(-1)!.ts + stack.at(-1)!.dur! <= event.ts) stack.pop();
    if (stack.length === 0) {
      task = TASKS.has(event.name)
        ? { startMs: event.ts / 1000, ms: event.dur! / 1000, scriptMs: 0 }
        : undefined;
      if (task) tasks.push(task);
    }
    const isScriptCall = event.name === 'FunctionCall' && event.args?.data?.url === scriptUrl;
    const nested = stack.some((e) => e.name === 'FunctionCall' && e.args?.data?.url === scriptUrl);
    if (isScriptCall && !nested) {
      calls.push({ kind: kindOf(stack), ms: event.dur! / 1000 });
      if (task) task.scriptMs += event.dur! / 1000;
    }
    stack.push(event);
  }
  return { pid, tasks, calls };
}

export interface LongTaskSummary {
  count: number;
  /** The script's time inside the long tasks, in all and at most in one. */
  scriptTotalMs: number;
  scriptMaxMs: number;
  /** Long only because of the script: without its time the task would not be long. */
  caused: number;
}

/** The tasks longer than `thresholdMs` (50 ms: a long task), with the script's share. */
export function summariseLongTasks(
  tasks: readonly MainThreadTask[],
  thresholdMs: number,
): LongTaskSummary {
  const long = tasks.filter((t) => t.ms > thresholdMs);
  return {
    count: long.length,
    scriptTotalMs: long.reduce((sum, t) => sum + t.scriptMs, 0),
    scriptMaxMs: Math.max(0, ...long.map((t) => t.scriptMs)),
    caused: long.filter((t) => t.ms - t.scriptMs <= thresholdMs).length,
  };
}
