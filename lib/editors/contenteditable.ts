import type { Strategy } from './strategy';

/**
 * A plain contenteditable (YouTube, LinkedIn messaging): the browser's insertText command, with
 * insertLineBreak between lines (insertText alone makes a <div> per line, which such pages'
 * innerText reads with an extra blank line after an empty one).
 */
export const contenteditableStrategy: Strategy = {
  techniques: (text) => (text.includes('\n') ? ['execCommandLines'] : ['execCommand']),
};
