import type { Strategy } from './strategy';

/** A plain contenteditable (YouTube, LinkedIn messaging): the browser's insertText command. */
export const contenteditableStrategy: Strategy = {
  techniques: () => ['execCommand'],
};
