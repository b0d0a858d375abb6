export interface Excerpt {
  before: string;
  match: string;
  after: string;
  /** Text was cut before `before` / after `after`. */
  cutStart: boolean;
  cutEnd: boolean;
}

const MAX_MATCH = 80;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Moves an offset off the middle of a surrogate pair. */
function onCodePoint(text: string, offset: number): number {
  return offset > 0 && offset < text.length && isLowSurrogate(text.charCodeAt(offset))
    ? offset - 1
    : offset;
}

/**
 * The flagged part of the draft with a little context on each side, cut at word boundaries
 * where possible. Plain strings: the panel renders them as text, never as HTML.
 */
export function excerptOf(text: string, start: number, end: number, context = 24): Excerpt {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let match = text.slice(s, e);
  let matchCut = false;
  if (match.length > MAX_MATCH) {
    match = text.slice(s, onCodePoint(text, s + MAX_MATCH));
    matchCut = true;
  }
  let from = onCodePoint(text, Math.max(0, s - context));
  const space = text.indexOf(' ', from);
  if (from > 0 && space !== -1 && space < s) from = space + 1;
  let to = onCodePoint(text, Math.min(text.length, e + context));
  const lastSpace = text.lastIndexOf(' ', to);
  if (to < text.length && lastSpace > e) to = lastSpace;
  return {
    before: text.slice(from, s).replace(/\s+/g, ' '),
    match: match.replace(/\s+/g, ' '),
    after: matchCut ? '' : text.slice(e, to).replace(/\s+/g, ' '),
    cutStart: from > 0,
    cutEnd: matchCut || to < text.length,
  };
}
