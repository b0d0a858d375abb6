import type { Strategy } from './strategy';

/**
 * Draft.js (X): a synthetic paste once the editor has taken focus and selection. Draft handles
 * it in its own paste handler (one undo step; each line a block). Never execCommand: in an
 * empty Draft.js editor it makes React throw (facebookarchive/draft-js #36, #616).
 */
export const draftStrategy: Strategy = {
  techniques: () => ['paste'],
};
