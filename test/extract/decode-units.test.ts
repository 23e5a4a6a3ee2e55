import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import type { DecodeOptions } from '../../packages/extract/src/index.js';
import { decodeReportText, defaultMaxBytes, encodings } from '../../packages/extract/src/index.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (Uint8Array | number[])[]) => new Uint8Array(parts.flatMap((part) => [...part]));

/** The decoded text and encoding, or fails the test with the problems. */
function decoded(input: Uint8Array, options?: DecodeOptions): { text: string; encoding: string } {
  const result = decodeReportText(input, options);
  assert.ok(result.ok, result.ok ? '' : result.problems.map((p) => p.message).join('\n'));
  return { text: result.value.text, encoding: result.value.encoding };
}

/** The one refusal message. */
function refusal(input: Uint8Array, options?: DecodeOptions): string {
  const result = decodeReportText(input, options);
  assert.equal(result.ok, false, 'expected a refusal');
  if (result.ok) return '';
  assert.equal(result.problems.length, 1);
  assert.equal(result.problems[0]!.path, '');
  assert.equal(result.problems[0]!.message, result.problems[0]!.detail);
  return result.problems[0]!.message;
}

describe('decodeReportText: encodings', () => {
  it('exports its encodings and default limit', () => {
    assert.deepEqual([...encodings], ['UTF-8', 'GB18030', 'UTF-16LE', 'UTF-16BE', 'Big5']);
    assert.equal(defaultMaxBytes, 10_485_760);
  });
  it('UTF-8 without BOM', () => {
    assert.deepEqual(decoded(utf8('云溪市2024年政府工作报告\n东湖区')), { text: '云溪市2024年政府工作报告\n东湖区', encoding: 'UTF-8' });
  });
  it('UTF-8 with BOM: the BOM is dropped', () => {
    assert.deepEqual(decoded(bytes([0xef, 0xbb, 0xbf], utf8('云溪市'))), { text: '云溪市', encoding: 'UTF-8' });
  });
  it('UTF-16LE with BOM', () => {
    assert.deepEqual(decoded(bytes([0xff, 0xfe], iconv.encode('云溪市\n东湖区', 'utf16le'))), { text: '云溪市\n东湖区', encoding: 'UTF-16LE' });
  });
  it('UTF-16BE with BOM', () => {
    assert.deepEqual(decoded(bytes([0xfe, 0xff], iconv.encode('云溪市\n东湖区', 'utf16-be'))), { text: '云溪市\n东湖区', encoding: 'UTF-16BE' });
  });
  it('UTF-16 zero bytes are not taken for a binary file', () => {
    assert.deepEqual(decoded(bytes([0xff, 0xfe], [0x41, 0x00])), { text: 'A', encoding: 'UTF-16LE' });
  });
  it('GB18030 bytes', () => {
    const text = '云溪市2024年政府工作报告\n东湖区完成投资12亿元。';
    assert.deepEqual(decoded(iconv.encode(text, 'gb18030')), { text, encoding: 'GB18030' });
  });
  it('Big5 bytes', () => {
    const text = '雲溪市政府工作報告，東湖區完成投資十二億元。這一年，我們聚焦產業升級。';
    assert.deepEqual(decoded(iconv.encode(text, 'big5')), { text, encoding: 'Big5' });
  });
  it('CRLF and lone CR become LF', () => {
    assert.deepEqual(decoded(utf8('云溪市\r\n东湖区\r第三行\r\n\r\n末行')), { text: '云溪市\n东湖区\n第三行\n\n末行', encoding: 'UTF-8' });
    assert.equal(decoded(bytes([0xff, 0xfe], iconv.encode('甲\r\n乙', 'utf16le'))).text, '甲\n乙');
    assert.equal(decoded(iconv.encode('云溪市\r\n东湖区', 'gb18030')).text, '云溪市\n东湖区');
  });
  it('text whose first bytes look partly like a BOM is not cut', () => {
    // 丿 is E4 B8 BF, 滿 E6 BB BF, ＿ EF BC BF: only EF BB BF together is a BOM.
    for (const text of ['丿乀东湖区', '滿溪东湖区', '＿东湖区']) assert.deepEqual(decoded(utf8(text)), { text, encoding: 'UTF-8' });
    // In GB18030, 二 is B6 FE and 㑇 starts with FE: only FF FE or FE FF together is a UTF-16 BOM.
    for (const text of ['二东湖区完成投资十二亿元，新增企业一百家。', '㑇东湖区完成投资十二亿元，新增企业一百家。']) {
      assert.deepEqual(decoded(iconv.encode(text, 'gb18030')), { text, encoding: 'GB18030' });
    }
  });
  it('two- and four-byte UTF-8 characters count as UTF-8', () => {
    assert.deepEqual(decoded(utf8('café 😀 云溪')), { text: 'café 😀 云溪', encoding: 'UTF-8' });
    assert.equal(
      refusal(bytes(utf8('éééééé\n😀😀😀😀\n'), [0xff])),
      'input: mixed encodings: it reads as UTF-8 (10 characters) except from line 3, where bytes of another encoding (GBK?) begin. Re-save the whole file in one encoding.',
    );
  });
  it('a sequence cut off at the end is not UTF-8', () => {
    assert.equal(
      refusal(bytes(utf8('一二三四五六七八九十\n'), [0xe4, 0xb8])),
      'input: mixed encodings: it reads as UTF-8 (10 characters) except from line 2, where bytes of another encoding (GBK?) begin. Re-save the whole file in one encoding.',
    );
  });
  it('form feeds, line breaks and spaces are not control bytes', () => {
    assert.equal(decoded(utf8(`a${'\f'.repeat(10)}b`)).text, `a${'\f'.repeat(10)}b`);
    assert.equal(decoded(utf8(`a${'\r\n'.repeat(10)}b`)).text, `a${'\n'.repeat(10)}b`);
    assert.equal(decoded(utf8(`a${'\n'.repeat(10)}b`)).text, `a${'\n'.repeat(10)}b`);
    assert.equal(decoded(utf8(`${' '.repeat(20)}a`)).text, `${' '.repeat(20)}a`);
  });
  it('tabs and form feeds are text', () => {
    assert.equal(decoded(utf8('a\t\f\tb' + '\t'.repeat(20))).text, 'a\t\f\tb' + '\t'.repeat(20));
  });
});

describe('decodeReportText: refusals', () => {
  it('an empty file', () => {
    assert.equal(refusal(new Uint8Array()), 'input: the file is empty');
  });
  it('white space only', () => {
    assert.equal(refusal(utf8(' \n\t \r\n')), 'input: the file holds only white space');
    assert.equal(refusal(bytes([0xef, 0xbb, 0xbf], [0x20])), 'input: the file holds only white space');
    assert.equal(refusal(new Uint8Array([0xff, 0xfe])), 'input: the file holds only white space');
  });
  it('a zero byte names its line', () => {
    assert.equal(
      refusal(utf8('第一行\n第二行\n第\0三行')),
      'input: a binary file, not text (a zero byte at line 3). Save the report as plain text (.txt, UTF-8) or CSV first.',
    );
    assert.equal(
      refusal(bytes([0xef, 0xbb, 0xbf], utf8('A\n'), [0x00])),
      'input: a binary file, not text (a zero byte at line 2). Save the report as plain text (.txt, UTF-8) or CSV first.',
    );
  });
  it('the name option is used in every message', () => {
    assert.equal(refusal(utf8('a\0'), { name: '<stdin>' }), '<stdin>: a binary file, not text (a zero byte at line 1). Save the report as plain text (.txt, UTF-8) or CSV first.');
    assert.equal(refusal(new Uint8Array(), { name: 'report.txt' }), 'report.txt: the file is empty');
    assert.equal(refusal(utf8('  '), { name: 'r.txt' }), 'r.txt: the file holds only white space');
  });
  it('control bytes throughout: more than 8 and more than 1%', () => {
    const message = 'input: a binary file, not text (control bytes throughout). Save the report as plain text (.txt, UTF-8) or CSV first.';
    assert.equal(refusal(utf8(`abc${'\x01'.repeat(9)}def`)), message);
    assert.equal(decoded(utf8(`abc${'\x01'.repeat(8)}def`)).text, `abc${'\x01'.repeat(8)}def`);
    assert.equal(decoded(utf8('x'.repeat(1000) + '\x01'.repeat(10))).encoding, 'UTF-8');
    assert.equal(refusal(utf8('x'.repeat(1000) + '\x01'.repeat(11))), message);
    assert.equal(refusal(utf8('x'.repeat(1000) + '\x1f'.repeat(11))), message);
  });
  it('too large, with the sizes in MB', () => {
    assert.equal(
      refusal(utf8('x'.repeat(200_000)), { maxBytes: 100_000 }),
      'input: too large to be a report (0.2 MB; the limit is 0.1 MB). Split it into one file per report, or raise the limit with --max-size.',
    );
    assert.equal(
      refusal(utf8('x'.repeat(101)), { maxBytes: 100, name: 'a.txt' }),
      'a.txt: too large to be a report (0.0 MB; the limit is 0.0 MB). Split it into one file per report, or raise the limit with --max-size.',
    );
    assert.equal(decoded(utf8('x'.repeat(100)), { maxBytes: 100 }).text, 'x'.repeat(100));
  });
  it('mixed encodings: UTF-8, then GBK from a named line', () => {
    const input = bytes(utf8('云溪市东湖区经济运行稳中有进\n第二行云溪\n'), iconv.encode('第三行东湖区完成投资', 'gbk'));
    assert.equal(
      refusal(input, { name: 'r.txt' }),
      'r.txt: mixed encodings: it reads as UTF-8 (21 characters) except from line 3, where bytes of another encoding (GBK?) begin. Re-save the whole file in one encoding.',
    );
  });
  it('mixed encodings needs ten UTF-8 characters and more than 30% of them', () => {
    assert.equal(
      refusal(bytes(utf8('一二三四五六七八九十\n'), [0xff])),
      'input: mixed encodings: it reads as UTF-8 (10 characters) except from line 2, where bytes of another encoding (GBK?) begin. Re-save the whole file in one encoding.',
    );
    assert.equal(
      refusal(bytes(utf8('一二三四五六七八九十\n'), new Array<number>(23).fill(0xff))),
      'input: mixed encodings: it reads as UTF-8 (10 characters) except from line 2, where bytes of another encoding (GBK?) begin. Re-save the whole file in one encoding.',
    );
    assert.equal(
      refusal(bytes(utf8('一二三四五六七八九\n'), [0xff])),
      'input: not readable as GB18030: an invalid byte sequence at line 2. Save the file as UTF-8 or GB18030.',
    );
    assert.equal(
      refusal(bytes(utf8('一二三四五六七八九十\n'), new Array<number>(24).fill(0xff))),
      'input: not readable as GB18030: an invalid byte sequence at line 1. Save the file as UTF-8 or GB18030.',
    );
  });
  it('an invalid byte after a UTF-8 BOM', () => {
    assert.equal(
      refusal(bytes([0xef, 0xbb, 0xbf], utf8('ab\ncd\n'), [0xff])),
      'input: not readable as UTF-8: an invalid byte sequence at line 3. Save the file as UTF-8 or GB18030.',
    );
  });
});
