import type { Strategy } from './strategy';

/**
 * Lexical (Facebook, Messenger, WhatsApp Web, Instagram DMs): a synthetic paste after focus.
 * execCommand works too but drops line breaks, so it is the fallback for one-line text only.
 */
export const lexicalStrategy: Strategy = {
  techniques: (text) => (text.includes('\n') ? ['paste'] : ['paste', 'execCommand']),
};
