/**
 * Inputs that tempt a rule engine into regex backtracking, quadratic loops or huge allocations:
 * long runs of one character or fragment, each built to a given size. The benchmark runs them
 * at 100 KB against our engine only; property tests can reuse them at any size.
 */

export interface AdversarialCase {
  /** Short, stable name, e.g. `a-run`. */
  name: string;
  /** What the input is and what it tempts. */
  description: string;
  /** The input, exactly `size` UTF-16 units long (one short when the cut would split a pair). */
  build(size: number): string;
}

/** The size the benchmark uses: 100 KB of UTF-16 code units (100,000). */
export const ADVERSARIAL_SIZE = 100_000;

/** `unit` repeated and cut to `size` UTF-16 units, never in the middle of a surrogate pair. */
export function fill(unit: string, size: number): string {
  if (unit === '' || size <= 0) return '';
  let text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) text = text.slice(0, -1);
  return text;
}

/** A deterministic mix of the fragments below, so no single run dominates. */
const MIXED_FRAGMENTS = [
  'a',
  ' ',
  '#',
  '😀',
  'http://',
  ':)',
  'aB',
  '!!!!',
  '@',
  'www.',
  '...',
  '\t',
  'WE ',
  '𝐁',
  '\n',
  "'",
  '-',
];

function mixed(size: number): string {
  // A linear congruential generator with a fixed seed: the same text on every run.
  let seed = 42;
  let text = '';
  while (text.length < size) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    text += MIXED_FRAGMENTS[seed % MIXED_FRAGMENTS.length];
  }
  return fill(text, size);
}

const run = (name: string, unit: string, description: string): AdversarialCase => ({
  name,
  description,
  build: (size) => fill(unit, size),
});

export const ADVERSARIAL_CASES: readonly AdversarialCase[] = [
  run('a-run', 'a', 'one giant word: word tokenizer, long-word and spelling-style rules'),
  run('spaces', ' ', 'only spaces: layout-spacing rule, `\\s+` runs'),
  run('hashes', '#', 'only "#": hashtag scanners with `#+\\w*`'),
  run('emoji', '😀', 'one emoji repeated (surrogate pairs): emoji count and repeat rules'),
  run('zwj-emoji', '👩‍👩‍👧', 'ZWJ family emoji repeated: grapheme handling'),
  run('http-fragments', 'http://', 'unfinished URLs back to back: link regexes'),
  run('links', 'https://bit.ly/x ', 'many short links: link count, shortener rules'),
  run('emoticons', ':)', 'emoticons back to back: emoticon patterns'),
  run('alternating-case', 'aB', 'one giant sPoNgEbOb word: alternating-case rule'),
  run('alternating-words', 'aBcD ', 'many sPoNgEbOb words'),
  run('caps-words', 'WE ', 'many ALL CAPS words in a row: all-caps runs'),
  run('exclamations', '!', 'only "!": exclamation runs'),
  run('sentences', 'Hi. ', 'thousands of tiny sentences: sentence splitting, per-sentence rules'),
  run('newlines', '\n', 'only line breaks'),
  run('fancy-text', '𝐁', 'mathematical bold letters: fancy-text rule, NFKC'),
  run('combining', 'e\u0301', 'letters with combining accents'),
  run('apostrophes', "a'", "a'a'a'…: words with apostrophes inside"),
  run('hyphens', 'a-', 'a-a-a-…: hyphenated word handling'),
  run(
    'form-letter',
    'we apologize for any inconvenience ',
    'a phrase rule matching thousands of times',
  ),
  run('hashtag-words', '#customercare ', 'thousands of lower-case multi-word hashtags'),
  run('at-mentions', '@a', 'mentions back to back'),
  { name: 'mixed', description: 'a seeded mix of all the fragments above', build: mixed },
];

/** Every case built at `size` (default 100 KB). */
export function adversarialTexts(size = ADVERSARIAL_SIZE): { name: string; text: string }[] {
  return ADVERSARIAL_CASES.map((c) => ({ name: c.name, text: c.build(size) }));
}
