import { useCallback, useEffect, useState } from 'react';
import { memoryRetentionDays, parseRetentionDays } from '../settings/memory-retention';
import { panelSettings, parsePanelSettings } from '../settings/storage';

export interface RetentionController {
  /** Undefined until the saved value is read. */
  days?: number;
  save: (days: number) => Promise<boolean>;
}

/**
 * The retention setting (lib/settings/memory-retention.ts): the background's daily alarm reads
 * it and deletes older interactions; this page only edits it.
 */
export function useRetention(): RetentionController {
  const [days, setDays] = useState<number>();
  useEffect(() => {
    let live = true;
    memoryRetentionDays.getValue().then(
      (value) => live && setDays(parseRetentionDays(value)),
      (error: unknown) => {
        console.warn('Replykit: could not read the retention setting.', error);
        if (live) setDays(parseRetentionDays(undefined));
      },
    );
    const unwatch = memoryRetentionDays.watch((value) => setDays(parseRetentionDays(value)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const save = useCallback(async (next: number) => {
    try {
      await memoryRetentionDays.setValue(next);
      setDays(next);
      return true;
    } catch (error) {
      console.warn('Replykit: could not save the retention setting.', error);
      return false;
    }
  }, []);
  return { ...(days !== undefined ? { days } : {}), save };
}

/** The agent's initials from the side panel settings: links made here are confirmed by them. */
export function useAgentInitials(): string | undefined {
  const [initials, setInitials] = useState<string>();
  useEffect(() => {
    let live = true;
    panelSettings.getValue().then(
      (value) => live && setInitials(parsePanelSettings(value).settings.agentInitials),
      () => undefined, // "you" then, as with no initials set
    );
    return () => {
      live = false;
    };
  }, []);
  return initials;
}
