import { say, type Speaker } from './say';

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
export function parseJson(text: string, speaker: Speaker = {}): JsonResult {
  // Editors on Windows save a byte order mark, which JSON.parse rejects.
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (error) {
    const found = findSyntaxError(source, speaker) ?? {
      offset: 0,
      message: (error as Error).message,
    };
    return { ok: false, ...lineAndColumn(source, found.offset), message: found.message };
  }
}

/** 1-based line and column (in UTF-16 code units, as editors show them). */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

function findSyntaxError(
  text: string,
  speaker: Speaker,
): { offset: number; message: string } | undefined {
  let i = 0;
  const describe = (char: string | undefined): string => {
    if (char === undefined) return say(speaker, 'voice_json_end_of_input');
    return char === '"' ? `'"'` : JSON.stringify(char);
  };
  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(message, at);
  };

  const space = () => {
    while (i < text.length) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
      else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*'))
        fail(say(speaker, 'voice_json_comment'));
      else break;
    }
  };

  const string = () => {
    const start = i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) fail(say(speaker, 'voice_json_unterminated'), start);
      if (c === '"') return void i++;
      if (c === '\\') {
        const escape = text[i + 1];
        if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) i += 2;
        else fail(say(speaker, 'voice_json_escape'));
      } else if (c! < ' ') {
        fail(
          say(speaker, c === '\n' || c === '\r' ? 'voice_json_line_break' : 'voice_json_control'),
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
    if (c === "'") fail(say(speaker, 'voice_json_single_quotes'));
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) fail(say(speaker, 'voice_json_number'));
      i = NUMBER.lastIndex;
      return;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(text)?.[0];
    if (word === 'true' || word === 'false' || word === 'null') return void (i += word.length);
    fail(
      say(speaker, 'voice_json_unexpected', { found: word ? JSON.stringify(word) : describe(c) }),
    );
  };

  const object = () => {
    i++;
    space();
    if (text[i] === '}') return void i++;
    for (;;) {
      space();
      if (text[i] !== '"') {
        if (text[i] === '}') fail(say(speaker, 'voice_json_trailing_comma'));
        fail(say(speaker, 'voice_json_property_name', { found: describe(text[i]) }));
      }
      string();
      space();
      if (text[i] !== ':') fail(say(speaker, 'voice_json_colon', { found: describe(text[i]) }));
      i++;
      value();
      space();
      if (text[i] === ',') i++;
      else if (text[i] === '}') return void i++;
      else fail(say(speaker, 'voice_json_object_next', { found: describe(text[i]) }));
    }
  };

  const array = () => {
    i++;
    space();
    if (text[i] === ']') return void i++;
    for (;;) {
      space();
      if (text[i] === ']') fail(say(speaker, 'voice_json_trailing_comma'));
      value();
      space();
      if (text[i] === ',') i++;
      else if (text[i] === ']') return void i++;
      else fail(say(speaker, 'voice_json_array_next', { found: describe(text[i]) }));
    }
  };

  try {
    value();
    space();
    if (i < text.length) fail(say(speaker, 'voice_json_after_end', { found: describe(text[i]) }));
    return undefined;
  } catch (error) {
    // Anything else (a stack overflow on absurd nesting) falls back to the engine's message.
    return error instanceof JsonSyntaxError
      ? { offset: error.offset, message: error.message }
      : undefined;
  }
}
