/**
 * Where a JSON text stops being JSON. V8's JSON.parse messages give a position only for some errors
 * ("Unexpected token '}', … is not valid JSON" has none), so on failure we rescan the text with this
 * small strict scanner to report a line and column (1-based) and a reason a person can act on.
 */
export interface JsonSyntaxError {
  line: number;
  column: number;
  reason: string;
}

/** Parses JSON; on failure returns the error position instead of throwing. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, error: findJsonError(text) };
  }
}

/** Scans `text` and returns the first syntax error (the text is assumed not to be valid JSON). */
export function findJsonError(text: string): JsonSyntaxError {
  let pos = 0;
  const fail = (reason: string): never => {
    throw new ScanError(pos, reason);
  };
  const describe = (): string => (pos >= text.length ? 'end of input' : `'${text[pos] === '\n' ? '\\n' : text[pos]}'`);
  const ws = (): void => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos])) pos++;
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, pos)) pos += word.length;
    else fail(`unexpected ${describe()}, expected a value`);
  };
  const string = (): void => {
    pos++; // opening quote
    while (pos < text.length && text[pos] !== '"') {
      const c = text.charCodeAt(pos);
      if (c < 0x20) fail('control character inside a string (unterminated string?)');
      if (text[pos] === '\\') {
        pos++;
        if (text[pos] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 1, pos + 5))) fail('bad \\u escape in a string');
          pos += 5;
          continue;
        }
        if (!'"\\/bfnrt'.includes(text[pos] ?? '')) fail(`bad escape \\${text[pos] ?? ''} in a string`);
      }
      pos++;
    }
    if (pos >= text.length) fail('unterminated string');
    pos++;
  };
  const number = (): void => {
    const m = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(text.slice(pos, pos + 400));
    if (!m) fail(`malformed number`);
    pos += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = text[pos];
    if (c === '{') object();
    else if (c === '[') array();
    else if (c === '"') string();
    else if (c === '-' || (c >= '0' && c <= '9')) number();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else fail(`unexpected ${describe()}, expected a value`);
  };
  /** An object or array after its opening bracket: `item`s separated by commas, up to `close`. */
  const sequence = (close: '}' | ']', item: () => void, itemName: string): void => {
    pos++;
    ws();
    if (text[pos] === close) {
      pos++;
      return;
    }
    for (;;) {
      ws();
      item();
      ws();
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      if (text[pos] === close) {
        pos++;
        return;
      }
      fail(`unexpected ${describe()}, expected ',' or '${close}' after ${itemName}`);
    }
  };
  const member = (): void => {
    if (text[pos] !== '"') fail(`unexpected ${describe()}, expected a double-quoted property name${text[pos] === '}' ? ' (trailing comma?)' : ''}`);
    string();
    ws();
    if (text[pos] !== ':') fail(`unexpected ${describe()}, expected ':' after a property name`);
    pos++;
    value();
  };
  const element = (): void => {
    if (text[pos] === ']') fail(`unexpected ']', expected a value (trailing comma?)`);
    value();
  };
  const object = (): void => sequence('}', member, 'a property value');
  const array = (): void => sequence(']', element, 'an array element');

  try {
    if (text.charCodeAt(0) === 0xfeff) pos = 1; // a byte-order mark: JSON.parse rejects it too
    value();
    ws();
    if (pos < text.length) fail(`unexpected ${describe()} after the end of the JSON value`);
    // The scanner accepted what JSON.parse rejected: report the start (should not happen).
    return { line: 1, column: 1, reason: 'not valid JSON' };
  } catch (e) {
    if (!(e instanceof ScanError)) throw e;
    return { ...lineColumn(text, e.pos), reason: e.reason };
  }
}

class ScanError {
  constructor(
    readonly pos: number,
    readonly reason: string,
  ) {}
}

/** 1-based line and column (UTF-16 units) of a position in a text. */
export function lineColumn(text: string, pos: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < pos && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      start = i + 1;
    }
  }
  return { line, column: pos - start + 1 };
}
