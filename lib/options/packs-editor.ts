import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { uiLanguage } from '../i18n';
import { parsePack, type ParseResult } from '../voice/parse';
import type { VoicePack } from '../voice/schema';

export type SaveState = 'saved' | 'pending' | 'failed';

export interface PackEditor {
  text: string;
  setText: (text: string) => void;
  /**
   * The text validated: as it is now, or while typing goes on, as it was a moment ago (validating,
   * running the examples and the preview follow in the background, so a keystroke stays quick).
   */
  parsed: ParseResult;
  /** The pack the team uses: the text when valid, else the last valid one (none when never valid). */
  inUse: VoicePack | undefined;
  save: SaveState;
}

/** How long typing must rest before the text is saved. */
export const SAVE_DELAY_MS = 300;

/**
 * The text of one local pack while it is edited: every change is validated at once and saved
 * after a short pause (and when the editor closes), valid or not, so nothing typed is lost; the
 * library keeps the last valid text in use. Mount it again (a React key) for another pack.
 */
export function usePackEditor(
  initialText: string,
  lastGoodText: string | undefined,
  saveText: (text: string) => Promise<boolean>,
  delay = SAVE_DELAY_MS,
): PackEditor {
  const [text, setTextState] = useState(initialText);
  const [save, setSave] = useState<SaveState>('saved');
  const checked = useDeferredValue(text);
  // The problems are shown beside the fields, in the options page's language.
  const parsed = useMemo(() => parsePack(checked, { locale: uiLanguage() }), [checked]);
  const lastGood = useRef<VoicePack | undefined>(undefined);
  if (lastGood.current === undefined && lastGoodText !== undefined) {
    const good = parsePack(lastGoodText);
    if (good.ok) lastGood.current = good.pack;
  }
  if (parsed.ok) lastGood.current = parsed.pack;
  const inUse = parsed.ok ? parsed.pack : lastGood.current;

  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(saveText);
  saveRef.current = saveText;

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const next = pending.current;
    if (next === null) return;
    pending.current = null;
    void saveRef.current(next).then((ok) => {
      if (pending.current === null) setSave(ok ? 'saved' : 'failed');
    });
  }, []);

  const setText = useCallback(
    (next: string) => {
      setTextState(next);
      setSave('pending');
      pending.current = next;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
    },
    [delay, flush],
  );

  // Leaving the pack (another one chosen, another section) saves what was typed.
  useEffect(() => flush, [flush]);

  return { text, setText, parsed, inUse, save };
}
