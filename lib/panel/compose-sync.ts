import type { Analysis, AnalyzeOptions, SuggestInput, SuggestResult } from '../compose/types';
import { composeRequestOf, type ComposeRequest } from '../store/compose-request';
import type { ReplykitStore } from '../store';

/**
 * One message per language, the English one with a name and a date: together they take the
 * analysis through compromise's set-up and every language's word lists once.
 */
export const WARM_UP_MESSAGES = [
  'Hi, my parcel from last Tuesday still hasn’t arrived. Can you help? – Sam',
  'Hallo, mein Paket ist seit Montag unterwegs und immer noch nicht da. Könnt ihr helfen?',
  'Hej, mitt paket skulle komma i fredags men har inte kommit. Kan ni hjälpa mig?',
] as const;

/** The part of lib/compose the panel uses. */
export interface ComposeEngine {
  analyzeMessage: (text: string, options: AnalyzeOptions) => Analysis;
  suggestReplies: (input: SuggestInput) => SuggestResult;
}

export interface ComposeSyncOptions {
  /** Loads lib/compose (a dynamic import: compromise is too heavy for the panel's first paint). */
  load: () => Promise<ComposeEngine>;
  now?: () => number;
  /** How long a message typed into the panel must rest before it is read (page messages: at once). */
  pause?: number;
}

/**
 * Reads the customer's message and composes the suggestions once per message: when the followed
 * reply box's message, the customer, the platform, the agent or the pack change, never when the
 * draft does. Starts loading lib/compose right away, so it is warm by the first focus.
 * Returns a function that stops.
 */
export function setupComposeSync(store: ReplykitStore, options: ComposeSyncOptions): () => void {
  const { load, now = Date.now, pause = 300 } = options;
  let engine: Promise<ComposeEngine> | undefined;
  // A failed load (an update replaced the files) is tried again on the next message.
  const engineOnce = () =>
    (engine ??= load().catch((error: unknown) => {
      engine = undefined;
      throw error;
    }));
  let lastKey: string | null = null;
  let lastSubject: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = (request: ComposeRequest, sameSubject: boolean) => {
    const state = store.getState();
    state.composeStarted(request.key, sameSubject);
    engineOnce()
      .then(({ analyzeMessage, suggestReplies }) => {
        const { input } = request;
        const analysis = analyzeMessage(input.message, {
          pack: input.pack,
          ...(input.history ? { history: input.history } : {}),
        });
        const result = suggestReplies({ ...input, analysis, now: now() });
        store.getState().composeDone(request.key, result);
      })
      .catch((error: unknown) => {
        console.error('Replykit: could not read the customer’s message', error);
        store.getState().composeFailed(request.key, String(error));
      });
  };

  const update = () => {
    const request = composeRequestOf(store.getState());
    const key = request?.key ?? null;
    if (key === lastKey) return;
    lastKey = key;
    const sameSubject = request !== null && request.subject === lastSubject;
    lastSubject = request?.subject ?? null;
    clearTimeout(timer);
    if (!request) {
      store.getState().composeCleared();
      return;
    }
    if (request.from === 'page') run(request, sameSubject);
    else timer = setTimeout(() => run(request, sameSubject), pause);
  };

  // Warm: the import and compromise's first-use set-up (hundreds of ms) happen while the user
  // still reads the page, not between the focus and the suggestions.
  engineOnce()
    .then(({ analyzeMessage }) => {
      for (const message of WARM_UP_MESSAGES) {
        analyzeMessage(message, { pack: store.getState().pack });
      }
    })
    .catch(() => undefined);
  update();
  const unsubscribe = store.subscribe(update);
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
