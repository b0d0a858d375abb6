/** Where an offset is in a text, for messages such as `reply.txt:3:14`. */
export interface Position {
  /** 1-based line number. Lines end at `\n`, `\r\n` or a lone `\r`. */
  line: number;
  /** 1-based column, counted in Unicode code points (an emoji is one column, not two). */
  column: number;
  /** UTF-16 offset where the line starts. */
  lineStart: number;
  /** UTF-16 offset where the line ends (before its line break). */
  lineEnd: number;
}

/** Counts code points in `text.slice(start, end)`: surrogate pairs count once. */
export function codePointCount(text: string, start = 0, end = text.length): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < end) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/**
 * The line and column of a UTF-16 offset. Offsets past the end clamp to the end; an offset on
 * a line break belongs to the line it ends.
 */
export function positionAt(text: string, offset: number): Position {
  const target = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < target; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x0a || unit === 0x0d) {
      if (unit === 0x0d && text.charCodeAt(i + 1) === 0x0a) {
        // `\r\n` is one break; an offset between the two still belongs to this line.
        if (i + 1 >= target) break;
        i++;
      }
      line++;
      lineStart = i + 1;
    }
  }
  let lineEnd = lineStart;
  while (lineEnd < text.length) {
    const unit = text.charCodeAt(lineEnd);
    if (unit === 0x0a || unit === 0x0d) break;
    lineEnd++;
  }
  return { line, column: codePointCount(text, lineStart, target) + 1, lineStart, lineEnd };
}
