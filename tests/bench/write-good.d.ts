/** write-good 1.x ships no types; this is the part the benchmark uses. */
declare module 'write-good' {
  export interface Suggestion {
    index: number;
    offset: number;
    reason: string;
  }
  export interface Options {
    checks?: Record<string, { fn: (text: string) => unknown[]; explanation: string }>;
    whitelist?: string[];
    [check: string]: unknown;
  }
  function writeGood(text: string, options?: Options): Suggestion[];
  export default writeGood;
}
