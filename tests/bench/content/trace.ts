/**
 * Reads a Chromium trace (CDP Tracing, devtools.timeline categories) of one tab: the renderer
 * main thread's tasks, and inside them the time of one script (the content script). This is how
 * a long task is attributed: the script's own time inside the task, not a guess from counting.
 *
 * Two views of that time. `FunctionCall` events name each call from the browser into a script,
 * but Chromium records them only when no script is running: a listener that runs inside the
 * page's own JavaScript (focusin from the page's `element.focus()`) is counted as the page's.
 * A V8 CPU profile taken at the same time (same clock) sees every stack: a sample whose stack
 * holds a frame of the script is the script's time, wherever it was called from.
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
  /** The same from the CPU profile: samples with the script on the stack (0 without a profile). */
  sampledScriptMs: number;
  /**
   * What the task did, by its outermost pieces of work: `Layout`, `Paint`, `event: scroll`,
   * `FunctionCall (page)`, `FunctionCall (script)`, … in ms.
   */
  parts: Record<string, number>;
}

export interface TraceAnalysis {
  /** The renderer process that showed the page, or undefined when the trace has no such frame. */
  pid: number | undefined;
  tasks: MainThreadTask[];
  calls: ScriptCall[];
  /** The script's time in the whole profile (NaN without one). */
  sampledScriptMs: number;
}

/** What CDP's Profiler.stop returns, as far as it is read here. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  /** Microseconds, on the trace's clock. */
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A sample stands for the time until the next one, but never more than this (µs). */
const MAX_SAMPLE_US = 1000;

/** Adds each profile sample with the script on its stack to the task it fell in. */
function addSamples(profile: CpuProfile, scriptUrl: string, tasks: MainThreadTask[]): number {
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const url = new Map(profile.nodes.map((node) => [node.id, node.callFrame.url]));
  const inScript = new Map<number, boolean>();
  const isScript = (id: number): boolean => {
    let known = inScript.get(id);
    if (known === undefined) {
      const up = parent.get(id);
      known = url.get(id) === scriptUrl || (up !== undefined && isScript(up));
      inScript.set(id, known);
    }
    return known;
  };
  let total = 0;
  let time = profile.startTime;
  let taskIndex = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i] ?? 0;
    if (!isScript(profile.samples[i]!)) continue;
    const weight = Math.min(profile.timeDeltas[i + 1] ?? 0, MAX_SAMPLE_US) / 1000;
    total += weight;
    const ms = time / 1000;
    while (taskIndex < tasks.length && tasks[taskIndex]!.startMs + tasks[taskIndex]!.ms < ms) {
      taskIndex++;
    }
    const task = tasks[taskIndex];
    if (task && task.startMs <= ms) task.sampledScriptMs += weight;
  }
  return total;
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

function partName(event: TraceEvent, isScriptCall: boolean): string {
  if (event.name === 'FunctionCall') return `FunctionCall (${isScriptCall ? 'script' : 'page'})`;
  if (event.name === 'EventDispatch') return `event: ${event.args?.data?.type ?? '?'}`;
  return event.name;
}

/**
 * The page's renderer main thread, its tasks, and the calls into the script whose URL is
 * `scriptUrl`. `pageUrl` picks the renderer: the process of the frame whose URL starts with it.
 */
export function analyseTrace(
  events: readonly TraceEvent[],
  pageUrl: string,
  scriptUrl: string,
  profile?: CpuProfile,
): TraceAnalysis {
  let pid: number | undefined;
  for (const event of events) {
    const frame = event.args?.data?.frames?.find((f) => f.url?.startsWith(pageUrl));
    if (event.name === 'TracingStartedInBrowser' && frame?.processId !== undefined) {
      pid = frame.processId;
    }
  }
  if (pid === undefined) return { pid, tasks: [], calls: [], sampledScriptMs: Number.NaN };
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
        ? {
            startMs: event.ts / 1000,
            ms: event.dur! / 1000,
            scriptMs: 0,
            sampledScriptMs: 0,
            parts: {},
          }
        : undefined;
      if (task) tasks.push(task);
    }
    const isScriptCall = event.name === 'FunctionCall' && event.args?.data?.url === scriptUrl;
    const nested = stack.some((e) => e.name === 'FunctionCall' && e.args?.data?.url === scriptUrl);
    if (task && !TASKS.has(event.name) && stack.every((e) => TASKS.has(e.name))) {
      const part = partName(event, isScriptCall);
      task.parts[part] = (task.parts[part] ?? 0) + event.dur! / 1000;
    }
    if (isScriptCall && !nested) {
      calls.push({ kind: kindOf(stack), ms: event.dur! / 1000 });
      if (task) task.scriptMs += event.dur! / 1000;
    }
    stack.push(event);
  }
  const sampledScriptMs = profile ? addSamples(profile, scriptUrl, tasks) : Number.NaN;
  return { pid, tasks, calls, sampledScriptMs };
}

export interface LongTaskSummary {
  count: number;
  /** The script's time inside the long tasks, in all and at most in one. */
  scriptTotalMs: number;
  scriptMaxMs: number;
  /** Long only because of the script: without its time the task would not be long. */
  caused: number;
  /** What the long tasks did, summed over them (see MainThreadTask.parts), largest first. */
  parts: [string, number][];
}

/** The tasks longer than `thresholdMs` (50 ms: a long task), with the script's share. */
export function summariseLongTasks(
  tasks: readonly MainThreadTask[],
  thresholdMs: number,
): LongTaskSummary {
  const long = tasks.filter((t) => t.ms > thresholdMs);
  // The larger of the two views: neither undercounts the other's blind spot then.
  const script = (t: MainThreadTask) => Math.max(t.scriptMs, t.sampledScriptMs);
  return {
    count: long.length,
    scriptTotalMs: long.reduce((sum, t) => sum + script(t), 0),
    scriptMaxMs: Math.max(0, ...long.map(script)),
    caused: long.filter((t) => t.ms - script(t) <= thresholdMs).length,
    parts: Object.entries(
      long.reduce<Record<string, number>>((sum, t) => {
        for (const [name, ms] of Object.entries(t.parts)) sum[name] = (sum[name] ?? 0) + ms;
        return sum;
      }, {}),
    ).sort((a, b) => b[1] - a[1]),
  };
}
