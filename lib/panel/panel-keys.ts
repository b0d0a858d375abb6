import type { PanelCommand } from '../messaging/protocol';

export type PanelKeyAction = PanelCommand | 'previous-finding';

export interface KeyInput {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  target: EventTarget | null;
}

/** Typing in a field (or a select, a contenteditable) is never a shortcut. */
function isTextEntry(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element || typeof element.tagName !== 'string') return false;
  const tag = element.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || element.isContentEditable;
}

/**
 * The panel's own keys, while the focus is in the panel outside a text field: 1/2/3 insert a
 * suggestion, n / Shift+n move to the next / previous finding, f applies the current finding's
 * fix. Keys with Ctrl, Alt or Cmd belong to the browser.
 */
export function panelKeyAction(event: KeyInput): PanelKeyAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey || isTextEntry(event.target)) return null;
  switch (event.key) {
    case '1':
      return 'insert-suggestion-1';
    case '2':
      return 'insert-suggestion-2';
    case '3':
      return 'insert-suggestion-3';
    case 'n':
      return 'next-finding';
    case 'N':
      return event.shiftKey ? 'previous-finding' : 'next-finding';
    case 'f':
      return 'apply-fix';
    default:
      return null;
  }
}

/** The suggestion an insert command means (0-based), or null for other commands. */
export function suggestionIndexOf(action: PanelKeyAction): number | null {
  const match = /^insert-suggestion-(\d)$/.exec(action);
  return match ? Number(match[1]) - 1 : null;
}

/** The finding to move to from `current` (-1: none yet), wrapping around. */
export function stepFinding(current: number, count: number, step: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0 || current >= count) return step === 1 ? 0 : count - 1;
  return (current + step + count) % count;
}
