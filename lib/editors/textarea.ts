import type { Strategy } from './strategy';

/**
 * Textareas and inputs (Mastodon, Instagram comments), React-controlled or not: execCommand
 * first, which goes through the browser's own editing (native undo, real `input` event); the
 * native value setter with an `input` event when the browser refuses it.
 */
export const textareaStrategy: Strategy = {
  techniques: () => ['execCommand', 'valueSetter'],
};
