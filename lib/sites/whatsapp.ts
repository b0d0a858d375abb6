import { all, attr, pageUrl, textAt, textOf } from './dom';
import type { ComposerReading, ComposerSpec, Person, SiteAdapter } from './types';

/** `[10:02, 02/06/2025] Dana K: ` → `Dana K`. */
function sender(pre: string | undefined): string | undefined {
  return (
    pre
      ?.replace(/^\[[^\]]*\]\s*/, '')
      .replace(/:\s*$/, '')
      .trim() || undefined
  );
}

const conversation: ComposerSpec = {
  kind: 'direct-message',
  selector: '#main footer [role="textbox"][contenteditable="true"]',
  read: (_el, doc): ComposerReading => {
    const main = doc.getElementById('main');
    const header = main?.querySelector('header');
    const title = header?.querySelector('span[dir="auto"][title], span[title]');
    const customer: Person = {};
    const name = attr(title, 'title') ?? (textOf(title) || undefined);
    if (name) customer.displayName = name;
    // An unsaved contact shows the phone number as the title: that is the only "handle" there is.
    if (name && /^\+?[\d\s()-]{7,}$/.test(name)) customer.handle = name.replace(/[\s()-]/g, '');
    const received = all(main, '.message-in')
      .map((m) => {
        const copy = m.querySelector('[data-pre-plain-text]');
        return {
          from: sender(attr(copy, 'data-pre-plain-text')),
          text: textAt(copy, '.selectable-text'),
        };
      })
      .filter((m) => m.text && (!m.from || !name || m.from === name))
      .map((m) => m.text!);
    const reading: ComposerReading = { customer, earlier: received.slice(0, -1) };
    const last = received[received.length - 1];
    if (last) reading.inReplyTo = last;
    const url = pageUrl(doc);
    if (url) reading.threadUrl = url;
    return reading;
  },
};

export const whatsapp: SiteAdapter = {
  id: 'whatsapp',
  label: 'WhatsApp',
  matches: ['*://web.whatsapp.com/*'],
  composers: [conversation],
  sendButton: (el) =>
    (el
      .closest('footer')
      ?.querySelector(
        'button[aria-label="Send"], [data-icon="send"], [data-icon="wds-ic-send-filled"]',
      )
      ?.closest('button') as HTMLElement | null | undefined) ?? null,
  urls: ['https://web.whatsapp.com/'],
};

// Written for (markup as of 2025, Lexical composer in #main footer): https://web.whatsapp.com/
// WhatsApp Web has one URL for every chat: the conversation is told apart by its header, not its URL.
