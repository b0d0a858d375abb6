import type { Strategy } from './strategy';

/** ProseMirror / TipTap (Bluesky): a synthetic paste after focus, through the editor's own paste handling. */
export const prosemirrorStrategy: Strategy = {
  techniques: () => ['paste'],
};
