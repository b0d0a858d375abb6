import { absoluteUrl, all, attr, pageUrl, textAt, textOf } from './dom';
import type { ComposerReading, ComposerSpec, Person, SiteAdapter } from './types';

const OUTGOING = /^(You sent|You replied)/;

const conversation: ComposerSpec = {
  kind: 'direct-message',
  selector:
    '[role="textbox"][contenteditable="true"][aria-label="Message"], [role="textbox"][contenteditable="true"][data-lexical-editor="true"][aria-placeholder="Aa"]',
  read: (_el, doc): ComposerReading => {
    const main = doc.querySelector('[role="main"]') ?? doc.body;
    const grid = main.querySelector('[role="grid"][aria-label^="Messages in conversation"]');
    const customer: Person = {};
    const name =
      attr(grid, 'aria-label')?.replace(/^Messages in conversation with /, '') ??
      textAt(main, 'h2');
    if (name) customer.displayName = name;
    const profile = main.querySelector(
      'a[href*="facebook.com/"][aria-label], a[href^="https://www.facebook.com/"]',
    );
    const id = profile
      ?.getAttribute('href')
      ?.replace(/^https?:\/\/[^/]+\//, '')
      .replace(/[/?].*$/, '');
    if (id) customer.handle = id;
    const received: string[] = [];
    for (const row of all(grid ?? main, '[role="row"]')) {
      const who = textAt(row, 'h4, h5, h6');
      if (!who || OUTGOING.test(who) || (name && who !== name)) continue;
      const text = all(row, 'div[dir="auto"]')
        .map((d) => textOf(d))
        .filter(Boolean)
        .join('\n');
      if (text) received.push(text);
    }
    const reading: ComposerReading = { customer, earlier: received.slice(0, -1) };
    const last = received[received.length - 1];
    if (last) reading.inReplyTo = last;
    const url = absoluteUrl(pageUrl(doc), doc);
    if (url) reading.threadUrl = url;
    return reading;
  },
};

export const messenger: SiteAdapter = {
  id: 'messenger',
  label: 'Messenger',
  matches: [
    '*://www.messenger.com/*',
    '*://messenger.com/*',
    '*://www.facebook.com/messages/*',
    '*://facebook.com/messages/*',
    '*://web.facebook.com/messages/*',
  ],
  composers: [conversation],
  sendButton: (el) => {
    let scope: Element | null = el.parentElement;
    for (let i = 0; scope && i < 8; i++, scope = scope.parentElement) {
      const button = scope.querySelector<HTMLElement>(
        '[aria-label="Press enter to send"], [aria-label="Send"]',
      );
      if (button) return button;
    }
    return null;
  },
  urls: [
    'https://www.messenger.com/t/100012345678901/',
    'https://www.facebook.com/messages/t/100012345678901/',
    'https://www.facebook.com/messages/e2ee/t/7000000000000001',
  ],
};

// Written for (markup as of 2025, Lexical composer): https://www.messenger.com/t/<thread>/ and
// https://www.facebook.com/messages/t/<thread>/ (also /messages/e2ee/t/<thread>).
