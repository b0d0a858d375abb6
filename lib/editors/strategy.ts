import type { Technique } from './types';

/** How one kind of editor takes text. */
export interface Strategy {
  /**
   * Techniques in order of preference for this text. The next one is tried only when the
   * previous one left no trace after the editor had time to commit (so never twice).
   */
  techniques(text: string): Technique[];
}
