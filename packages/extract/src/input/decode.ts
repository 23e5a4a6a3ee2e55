import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import type { Result } from '@hz-viz/schema';
import { failure, problem, success } from '@hz-viz/schema';

/**
 * Bytes to text the way government files arrive: UTF-8 (with or without BOM), GB18030 and its
 * subsets GBK/GB2312, UTF-16 with a BOM, and Big5. Detection is jschardet's and decoding
 * iconv-lite's (docs/decisions/0007); what is decided here is only what is refused, and how it
 * is said: an empty or binary file, one too large to be a report, or one in two encodings.
 */

export const encodings = ['UTF-8', 'GB18030', 'UTF-16LE', 'UTF-16BE', 'Big5'] as const;
export type Encoding = (typeof encodings)[number];

export interface DecodedText {
  readonly text: string;
  readonly encoding: Encoding;
}

export interface DecodeOptions {
  /** Bytes above which a file is refused: a year's report is well under 1 MB. */
  readonly maxBytes?: number;
  /** What the messages call the input: a file name, or <stdin>. */
  readonly name?: string;
}

export const defaultMaxBytes = 10 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The 1-based line of a byte offset, counting LF bytes (the same in every encoding here). */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Control characters other than tab, line feed, carriage return and form feed. */
function controlByteCount(bytes: Uint8Array): number {
  let count = 0;
  for (const byte of bytes) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) count++;
  return count;
}

interface Utf8Census {
  /** Well-formed multi-byte sequences (a Chinese character in UTF-8 is one). */
  readonly valid: number;
  /** Bytes that start no well-formed sequence. */
  readonly invalid: number;
  readonly firstInvalidAt: number;
}

/** Counts how much of the input reads as UTF-8, to tell GB18030 from UTF-8 with a pasted GBK part. */
function utf8Census(bytes: Uint8Array): Utf8Census {
  let valid = 0;
  let invalid = 0;
  let firstInvalidAt = -1;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      if (length > 1) valid++;
      i += length;
    } else {
      invalid++;
      if (firstInvalidAt === -1) firstInvalidAt = i;
      i++;
    }
  }
  return { valid, invalid, firstInvalidAt };
}

function decodeAs(bytes: Uint8Array, encoding: Encoding): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

/** Reads a report's bytes as text, or says in one line why it cannot. */
export function decodeReportText(bytes: Uint8Array, options: DecodeOptions = {}): Result<DecodedText> {
  const name = options.name ?? 'input';
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  const refuse = (detail: string) => failure<DecodedText>([problem('', `${name}: ${detail}`)]);
  if (bytes.length > maxBytes) {
    return refuse(`too large to be a report (${megabytes(bytes.length)}; the limit is ${megabytes(maxBytes)}). Split it into one file per report, or raise the limit with --max-size.`);
  }

  let encoding: Encoding | undefined;
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'UTF-8';
    body = bytes.subarray(3);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'UTF-16LE';
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'UTF-16BE';
    body = bytes.subarray(2);
  }

  if (encoding === undefined || encoding === 'UTF-8') {
    const nul = body.indexOf(0);
    if (nul !== -1 || controlByteCount(body) > Math.max(8, body.length / 100)) {
      return refuse(`a binary file, not text (${nul !== -1 ? `a zero byte at line ${lineOfByte(body, nul)}` : 'control bytes throughout'}). Save the report as plain text (.txt, UTF-8) or CSV first.`);
    }
  }

  if (encoding === undefined) {
    const census = utf8Census(body);
    if (census.invalid === 0) encoding = 'UTF-8';
    else if (census.valid >= 10 && census.valid / (census.valid + census.invalid) > 0.3) {
      return refuse(
        `mixed encodings: it reads as UTF-8 (${census.valid} characters) except from line ${lineOfByte(body, census.firstInvalidAt)}, where bytes of another encoding (GBK?) begin. Re-save the whole file in one encoding.`,
      );
    } else {
      const guess = jschardet.detect(Buffer.from(body.buffer, body.byteOffset, body.byteLength)).encoding;
      encoding = guess === 'Big5' ? 'Big5' : 'GB18030';
    }
  }

  const text = encoding === 'UTF-8' ? new TextDecoder('utf-8').decode(body) : decodeAs(body, encoding);
  const broken = text.indexOf('\uFFFD');
  if (broken !== -1) {
    const line = text.slice(0, broken).split('\n').length;
    return refuse(`not readable as ${encoding}: an invalid byte sequence at line ${line}. Save the file as UTF-8 or GB18030.`);
  }
  if (text.trim() === '') return refuse(bytes.length === 0 ? 'the file is empty' : 'the file holds only white space');
  return success({ text: text.replace(/\r\n?/g, '\n'), encoding });
}
