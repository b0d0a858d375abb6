/**
 * Puts another customer and message into a loaded site fixture page, in its own markup: the
 * page stays the site's (same elements, same editor), only the words change, so the site's
 * adapter reads the new name and message exactly where it read the old ones.
 */

export interface Retelling {
  /** The fixture's customer name, replaced wherever it appears (text and attributes). */
  fromName: string;
  toName: string;
  /** The fixture's message as the adapter reads it; its element gets the new message. */
  fromMessage: string;
  toMessage: string;
}

export interface RetellCount {
  /** Text nodes and attributes that held the name. */
  names: number;
  /** Elements that held the whole message (a page can show it twice). */
  messages: number;
}

/**
 * Runs in the page (page.evaluate) as well as in Node tests, so it is one self-contained
 * function: no helpers from outside and no named inner functions (tsx would wrap those in a
 * `__name` call the page does not have).
 */
export function retellPage(retelling: Retelling): RetellCount {
  const { fromName, toName, fromMessage, toMessage } = retelling;
  const count: RetellCount = { names: 0, messages: 0 };

  // The message first, while the page still reads as the fixture does. Compared without any
  // white space: markup wraps long lines, and a <br> adds no text of its own.
  const wanted = fromMessage.replace(/\s+/g, '');
  const holders = [...document.body.querySelectorAll('*')].filter(
    (element) => (element.textContent ?? '').replace(/\s+/g, '') === wanted,
  );
  // The innermost holders: an outer box with the same text is not the message's own element.
  const innermost = holders.filter(
    (element) => !holders.some((other) => other !== element && element.contains(other)),
  );
  for (const element of innermost) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let first = true;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!(node.textContent ?? '').trim()) continue;
      node.textContent = first ? toMessage : '';
      first = false;
    }
    count.messages += 1;
  }

  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (!text.includes(fromName)) continue;
    node.textContent = text.split(fromName).join(toName);
    count.names += 1;
  }
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of [...element.attributes]) {
      if (!attribute.value.includes(fromName)) continue;
      element.setAttribute(attribute.name, attribute.value.split(fromName).join(toName));
      count.names += 1;
    }
  }
  return count;
}
