/**
 * The caret line under a finding: `^~~~~` below the flagged text. Terminals draw emoji and
 * East Asian wide characters two cells wide and combining marks zero wide, so the padding is
 * measured in cells per grapheme, not in code points; tabs in the source line are copied so
 * the caret lines up whatever the tab width is.
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

const EMOJI_PRESENTATION = /\p{Emoji_Presentation}|\uFE0F/u;
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]+$/u;

function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf && codePoint !== 0x303f) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  );
}

/** Terminal cells one grapheme takes: 0, 1 or 2. */
export function graphemeWidth(grapheme: string): number {
  if (grapheme === '') return 0;
  if (ZERO_WIDTH.test(grapheme)) return 0;
  if (EMOJI_PRESENTATION.test(grapheme)) return 2;
  return isWide(grapheme.codePointAt(0) ?? 0) ? 2 : 1;
}

/** Terminal cells a string takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const { segment } of graphemes.segment(text)) width += graphemeWidth(segment);
  return width;
}

/** Blank padding as wide as `text`, keeping its tabs. */
function padFor(text: string): string {
  let pad = '';
  for (const { segment } of graphemes.segment(text)) {
    pad += segment === '\t' ? '\t' : ' '.repeat(graphemeWidth(segment));
  }
  return pad;
}

/**
 * The caret line for the span `start..end` (UTF-16 offsets into `text`) on the line
 * `lineStart..lineEnd`. A span running past the line end is underlined to the end of the line;
 * an empty span gets a single `^`.
 */
export function caretLine(
  text: string,
  lineStart: number,
  lineEnd: number,
  start: number,
  end: number,
): string {
  const from = Math.max(lineStart, Math.min(start, lineEnd));
  const to = Math.max(from, Math.min(end, lineEnd));
  const width = displayWidth(text.slice(from, to).replace(/\t/g, ' '));
  return padFor(text.slice(lineStart, from)) + '^' + '~'.repeat(Math.max(0, width - 1));
}
