/**
 * Where JSON text first breaks. JSON.parse's messages differ between engines and often carry
 * no position (V8: `Unexpected token '}', ..." "title": }" is not valid JSON`), so on failure
 * the text is walked once more by this small scanner to find the offset and say why.
 */

export interface JsonSyntaxError {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly reason: string;
}

class Stop {
  constructor(readonly offset: number, readonly reason: string) {}
}

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let at = 0;
  const fail = (reason: string): never => {
    throw new Stop(at, reason);
  };
  const shown = () => (at >= text.length ? 'the end of the text' : JSON.stringify(text[at]));
  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, at)) at += word.length;
    else fail(`unexpected ${shown()}`);
  };
  const string = () => {
    at++; // opening quote
    while (at < text.length) {
      const c = text[at]!;
      if (c === '"') return void at++;
      if (c === '\\') {
        const next = text[at + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) fail('bad \\u escape in a string');
          at += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) at += 2;
        else fail('bad escape in a string');
      } else if (c < ' ') fail('unescaped control character in a string');
      else at++;
    }
    fail('unterminated string');
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (!match) fail(`unexpected ${shown()}`);
    at += match![0].length;
  };
  const value = (depth: number): void => {
    if (depth > 1_000) fail('nested too deeply (over 1,000 levels)'); // well before the stack runs out
    skipSpace();
    const c = text[at];
    if (c === '{') {
      at++;
      skipSpace();
      if (text[at] === '}') return void at++;
      for (;;) {
        skipSpace();
        if (text[at] !== '"') fail(`expected a property name in double quotes, found ${shown()}`);
        string();
        skipSpace();
        if (text[at] !== ':') fail(`expected ":" after a property name, found ${shown()}`);
        at++;
        value(depth + 1);
        skipSpace();
        if (text[at] === ',') at++;
        else if (text[at] === '}') return void at++;
        else fail(`expected "," or "}" in an object, found ${shown()}`);
      }
    }
    if (c === '[') {
      at++;
      skipSpace();
      if (text[at] === ']') return void at++;
      for (;;) {
        value(depth + 1);
        skipSpace();
        if (text[at] === ',') at++;
        else if (text[at] === ']') return void at++;
        else fail(`expected "," or "]" in an array, found ${shown()}`);
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    fail(`expected a value, found ${shown()}`);
  };
  try {
    value(0);
    skipSpace();
    if (at < text.length) fail(`unexpected ${shown()} after the end of the JSON value`);
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const lines = text.slice(0, error.offset).split('\n');
    return { offset: error.offset, line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, reason: error.reason };
  }
}
