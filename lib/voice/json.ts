export type JsonResult =
  { ok: true; value: unknown } | { ok: false; line: number; column: number; message: string };

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * JSON.parse, with the position and cause of a syntax error. Engines word their errors
 * differently and Node 20 often gives no position at all, so a small scanner finds the error.
 */
export function parseJson(text: string): JsonResult {
  // Editors on Windows save a byte order mark, which JSON.parse rejects.
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (error) {
    const found = findSyntaxError(source) ?? { offset: 0, message: (error as Error).message };
    return { ok: false, ...lineAndColumn(source, found.offset), message: found.message };
  }
}

/** 1-based line and column (in UTF-16 code units, as editors show them). */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

function describe(char: string | undefined): string {
  if (char === undefined) return 'end of input';
  return char === '"' ? `'"'` : JSON.stringify(char);
}

function findSyntaxError(text: string): { offset: number; message: string } | undefined {
  let i = 0;
  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(message, at);
  };

  const space = () => {
    while (i < text.length) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
      else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*'))
        fail('comments are not allowed');
      else break;
    }
  };

  const string = () => {
    const start = i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) fail('unterminated string', start);
      if (c === '"') return void i++;
      if (c === '\\') {
        const escape = text[i + 1];
        if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) i += 2;
        else fail('invalid escape in string');
      } else if (c! < ' ') {
        fail(
          c === '\n' || c === '\r' ? 'line break inside a string' : 'control character in string',
        );
      } else i++;
    }
  };

  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const WORD = /[A-Za-z_$][\w$]*/y;

  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === "'") fail('strings need double quotes');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) fail('invalid number');
      i = NUMBER.lastIndex;
      return;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(text)?.[0];
    if (word === 'true' || word === 'false' || word === 'null') return void (i += word.length);
    fail(`unexpected ${word ? JSON.stringify(word) : describe(c)}`);
  };

  const object = () => {
    i++;
    space();
    if (text[i] === '}') return void i++;
    for (;;) {
      space();
      if (text[i] !== '"') {
        if (text[i] === '}') fail('trailing comma');
        fail(`expected a property name in double quotes, got ${describe(text[i])}`);
      }
      string();
      space();
      if (text[i] !== ':') fail(`expected ":", got ${describe(text[i])}`);
      i++;
      value();
      space();
      if (text[i] === ',') i++;
      else if (text[i] === '}') return void i++;
      else fail(`expected "," or "}", got ${describe(text[i])}`);
    }
  };

  const array = () => {
    i++;
    space();
    if (text[i] === ']') return void i++;
    for (;;) {
      space();
      if (text[i] === ']') fail('trailing comma');
      value();
      space();
      if (text[i] === ',') i++;
      else if (text[i] === ']') return void i++;
      else fail(`expected "," or "]", got ${describe(text[i])}`);
    }
  };

  try {
    value();
    space();
    if (i < text.length) fail(`unexpected ${describe(text[i])} after the end of the document`);
    return undefined;
  } catch (error) {
    // Anything else (a stack overflow on absurd nesting) falls back to the engine's message.
    return error instanceof JsonSyntaxError
      ? { offset: error.offset, message: error.message }
      : undefined;
  }
}
