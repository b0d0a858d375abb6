import type { Strategy } from './strategy';

/**
 * ProseMirror / TipTap (Bluesky): execCommand('insertText'); ProseMirror reads the change back
 * from the DOM into a transaction (undoable), a paragraph per line. A synthetic paste works as
 * well, but ProseMirror's plain-text clipboard parser merges runs of line breaks, so blank lines
 * are lost: paste is only the fallback.
 */
export const prosemirrorStrategy: Strategy = {
  techniques: () => ['execCommand', 'paste'],
};
