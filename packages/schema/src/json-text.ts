import { findJsonSyntaxError } from './json-syntax.js';
import { problem } from './problems.js';
import type { Result } from './result.js';
import { failure, success } from './result.js';

// Its own module, apart from parseReport: an element that reads a JSON attribute (a bar list's
// items) needs this, and must not pull the report's zod schema into a bundle with it.

/** Parses JSON text, or says where its syntax breaks. */
export function parseJsonText(text: string): Result<unknown> {
  try {
    return success(JSON.parse(text) as unknown);
  } catch (error) {
    const found = findJsonSyntaxError(text);
    const detail = found
      ? `invalid JSON at line ${found.line}, column ${found.column}: ${found.reason}`
      : `invalid JSON: ${error instanceof Error ? error.message : String(error)}`;
    return failure([problem('', detail)]);
  }
}
