/** How a send was seen: the Send button, Ctrl/Cmd+Enter, or the site clearing the composer. */
export type SendSignal = 'button' | 'keyboard' | 'cleared';

export interface SendDetector {
  /** The composer's text changed; `byUser` when the user deleted or undid it themselves. */
  textChanged(text: string, byUser: boolean): void;
  /** The user pressed Send or Ctrl/Cmd+Enter in this composer. */
  submitted(via: Exclude<SendSignal, 'cleared'>): void;
}

/**
 * Turns the signals around one composer into exactly one `sent` per send. A click on Send is
 * usually followed by the site clearing the composer, and some sites both submit on Ctrl+Enter
 * and see the click: whichever comes first reports, and the rest of that send is ignored until
 * the user writes something new.
 */
export function createSendDetector(onSent: (text: string, via: SendSignal) => void): SendDetector {
  let text = '';
  let reported = false;
  return {
    textChanged(next, byUser) {
      const previous = text;
      text = next;
      if (next.trim().length > 0) {
        reported = false;
        return;
      }
      // Emptied by the site, not by the user: the reply went out.
      if (previous.trim().length > 0 && !byUser && !reported) {
        reported = true;
        onSent(previous, 'cleared');
      }
    },
    submitted(via) {
      if (reported || text.trim().length === 0) return;
      reported = true;
      onSent(text, via);
    },
  };
}
