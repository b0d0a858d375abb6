import { useEffect, useRef, useState } from 'react';
import type { ComposeEngine } from '../panel/compose-sync';
import type { PlatformId } from '../platforms';
import type { SuggestResult } from '../compose/types';
import type { VoicePack } from '../voice/schema';

export type PreviewCompose =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; result: SuggestResult }
  | { status: 'failed'; message: string };

export interface PreviewComposeOptions {
  /** Loads lib/compose; a dynamic import, as in the panel: compromise is too heavy for the first paint. */
  load?: () => Promise<ComposeEngine>;
  delay?: number;
  now?: () => number;
}

const loadCompose = () => import('../compose');

/**
 * The analysis and the three suggestions for a sample customer message with the pack as edited:
 * read again when the message rests, or the pack, the platform or the name change.
 */
export function usePreviewCompose(
  message: string,
  pack: VoicePack | undefined,
  platform: PlatformId,
  customerName: string,
  { load = loadCompose, delay = 300, now = Date.now }: PreviewComposeOptions = {},
): PreviewCompose {
  const [state, setState] = useState<PreviewCompose>({ status: 'idle' });
  const engine = useRef<Promise<ComposeEngine> | undefined>(undefined);
  const options = useRef({ load, now });
  options.current = { load, now };

  useEffect(() => {
    if (message.trim() === '' || pack === undefined) {
      setState({ status: 'idle' });
      return;
    }
    let live = true;
    setState((previous) => (previous.status === 'done' ? previous : { status: 'loading' }));
    const timer = setTimeout(() => {
      // A failed load (the extension was updated meanwhile) is tried again on the next change.
      const loading = (engine.current ??= options.current.load().catch((error: unknown) => {
        engine.current = undefined;
        throw error;
      }));
      loading
        .then(({ analyzeMessage, suggestReplies }) => {
          const analysis = analyzeMessage(message, { pack });
          const name = customerName.trim();
          const result = suggestReplies({
            message,
            analysis,
            pack,
            platform,
            customer: name === '' ? {} : { name },
            now: options.current.now(),
          });
          if (live) setState({ status: 'done', result });
        })
        .catch((error: unknown) => {
          if (live) setState({ status: 'failed', message: String(error) });
        });
    }, delay);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [message, pack, platform, customerName, delay]);

  return state;
}
