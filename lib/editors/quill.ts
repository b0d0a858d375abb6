import type { Strategy } from './strategy';

/**
 * Quill 1 ignores the data of a synthetic paste (it waits for the browser's native paste into
 * its hidden .ql-clipboard), Quill 2 takes it; execCommand('insertText') works in both and
 * Quill's own history records it. So execCommand, for every Quill version.
 */
export const quillStrategy: Strategy = {
  techniques: () => ['execCommand'],
};
