import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { parseReport } from '../../packages/schema/src/index.js';

/** hz-viz-draft as a user runs it: a real process, real files, real exit codes. */
const cli = 'packages/extract/src/cli/draft.ts';
const samples = (path: string) => new URL(`samples/${path}`, import.meta.url).pathname;

function draft(args: string[], input?: string | Uint8Array) {
  const result = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', cli, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratch = () => mkdtempSync(join(tmpdir(), 'hz-viz-draft-'));

/** A refusal: a non-zero exit, a message that says what, no stack trace, and nothing written. */
function assertRefused(result: ReturnType<typeof draft>, message: RegExp, output: string) {
  assert.equal(result.code, 1, result.stderr);
  assert.match(result.stderr, message);
  assert.match(result.stderr, /nothing written/);
  assert.doesNotMatch(result.stderr, /\n\s+at |TypeError|ReferenceError/);
  assert.equal(result.stdout, '');
  assert.equal(existsSync(output), false, 'no output file, not even a partial one');
}

describe('hz-viz-draft on report text', () => {
  it('writes a valid report as JSON to standard output, and a summary to standard error', () => {
    const result = draft([samples('districts/source.txt')]);
    assert.equal(result.code, 0, result.stderr);
    const parsed = parseReport(result.stdout);
    assert.ok(parsed.ok);
    assert.equal(parsed.value.terms.department.zh, '区县');
    assert.match(result.stderr, /districts\/source\.txt \(UTF-8\): 7 units, 7 paragraphs: \d+ metrics, \d+ honors/);
  });

  it('reads standard input', () => {
    const result = draft(['-'], readFileSync(samples('themes/source.txt')));
    assert.equal(result.code, 0, result.stderr);
    assert.equal(parseReport(result.stdout).ok, true);
    assert.match(result.stderr, /^<stdin> \(UTF-8\)/);
  });

  it('writes -o and a review page built from hz-viz elements, with every found figure marked', () => {
    const dir = scratch();
    const out = join(dir, 'report.json');
    const page = join(dir, 'review.html');
    const result = draft([samples('run-together/source.gb18030.txt'), '-o', out, '--review', page]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, '');
    assert.equal(parseReport(readFileSync(out, 'utf8')).ok, true);
    const html = readFileSync(page, 'utf8');
    assert.match(html, /<hz-report>/);
    assert.match(html, /<hz-metric-card metric="[a-z0-9.-]+" size="compact">/);
    assert.match(html, /<hz-rank-badge honor="/);
    assert.match(html, /<mark class="skipped"/);
    assert.match(html, /示例数据/);
    assert.ok(html.includes('customElements'), 'the drop-in bundle is inlined');
    const body = html.slice(html.indexOf('<hz-report>')); // after the legend's own sample marks
    const marks = body.match(/<mark class="metric"/g)?.length ?? 0;
    assert.equal(marks, JSON.parse(readFileSync(out, 'utf8')).departments.flatMap((d: { initiatives: { metrics: unknown[] }[] }) => d.initiatives.flatMap((i) => i.metrics)).length);
  });

  it('writes the review as JSON or text by its extension', () => {
    const dir = scratch();
    const json = join(dir, 'review.json');
    assert.equal(draft([samples('themes/source.txt'), '-o', join(dir, 'r.json'), '--review', json]).code, 0);
    const review = JSON.parse(readFileSync(json, 'utf8'));
    assert.equal(review.summary.units, 5);
    assert.ok(review.paragraphs[0].found.length > 0);
    const text = join(dir, 'review.txt');
    assert.equal(draft([samples('themes/source.txt'), '-o', join(dir, 'r.json'), '--review', text]).code, 0);
    assert.match(readFileSync(text, 'utf8'), /skipped 超百亿元 {2}— {2}a threshold that defines what is counted/);
  });
});

describe('hz-viz-draft on bad input', () => {
  it('refuses an empty file', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'empty.txt'), '');
    assertRefused(draft([join(dir, 'empty.txt'), '-o', join(dir, 'out.json')]), /empty\.txt: the file is empty/, join(dir, 'out.json'));
  });

  it('refuses a binary file', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    assertRefused(draft([join(dir, 'image.txt'), '-o', join(dir, 'out.json')]), /a binary file, not text/, join(dir, 'out.json'));
  });

  it('refuses a 20 MB text', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'huge.txt'), '全年新增企业126家。\n'.repeat(800_000));
    assertRefused(draft([join(dir, 'huge.txt'), '-o', join(dir, 'out.json')]), /too large to be a report \(2\d\.\d MB; the limit is 10\.0 MB\)/, join(dir, 'out.json'));
  });

  it('refuses a text with no figures', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'words.txt'), '关于做好工作的通知\n各单位要提高认识，加强领导，狠抓落实。\n');
    assertRefused(draft([join(dir, 'words.txt'), '--year', '2024', '-o', join(dir, 'out.json')]), /found no figures or honors in its 1 paragraph/, join(dir, 'out.json'));
  });

  it('refuses a file in two encodings, saying where the second begins', () => {
    const dir = scratch();
    const utf8 = Buffer.from('云溪市2024年工作回顾\n这一年，我们新增企业126家，增长7.3%。\n'.repeat(4));
    const gbk = iconv.encode('这一年，我们新建学校6所。\n', 'gbk');
    writeFileSync(join(dir, 'mixed.txt'), Buffer.concat([utf8, gbk]));
    assertRefused(draft([join(dir, 'mixed.txt'), '-o', join(dir, 'out.json')]), /mixed encodings: it reads as UTF-8 \(\d+ characters\) except from line 9/, join(dir, 'out.json'));
  });

  it('refuses a config naming headings that never occur, and says what the text has', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ levels: { unit: '（一）' } }));
    assertRefused(
      draft([samples('districts/source.txt'), '--config', join(dir, 'config.json'), '-o', join(dir, 'out.json')]),
      /config\.levels\.unit: the config opens each unit with 「（一）」, but the text has none \(it has 1\. ×6\)/,
      join(dir, 'out.json'),
    );
  });

  it('refuses a config that is not valid, with its path', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ reader: 'pdf' }));
    assertRefused(draft([samples('districts/source.txt'), '--config', join(dir, 'config.json'), '-o', join(dir, 'out.json')]), /config\.json\.reader: expected one of "outline", "pdf-table"/, join(dir, 'out.json'));
  });

  it('says a missing file is missing, and a wrong option is a usage mistake', () => {
    assertRefused(draft(['/no/such/report.txt']), /cannot read: no such file/, '/no/such/out.json');
    const usage = draft(['--colour']);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /unknown option --colour\nusage: hz-viz-draft/);
  });
});

describe('hz-viz-draft on a CSV', () => {
  it('makes a valid district report of 50 rows, one metric per row plus its change', () => {
    const dir = scratch();
    const out = join(dir, 'report.json');
    const result = draft([samples('csv/figures.csv'), '--title', '云溪市2024年区县主要指标（示例数据）', '--year', '2024', '-o', out]);
    assert.equal(result.code, 0, result.stderr);
    const parsed = parseReport(readFileSync(out, 'utf8'));
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.problems.map((p) => p.message).join('\n'));
    const metrics = parsed.value.departments.flatMap((d) => d.initiatives.flatMap((i) => i.metrics));
    const rows = readFileSync(samples('csv/figures.csv'), 'utf8').trim().split('\n').filter((line) => !line.startsWith('#')).length - 1;
    assert.equal(rows, 50);
    const changes = metrics.filter((m) => m.id.endsWith('-change'));
    assert.equal(metrics.length - changes.length, 50);
    assert.equal(parsed.value.terms.department.zh, '区县');
    const port = metrics.find((m) => m.label === '港口货物吞吐量')!;
    assert.deepEqual([port.value, port.unit, port.magnitude, port.honor !== undefined], [112_000_000, '吨', '亿', true]);
    assert.equal(metrics.find((m) => m.label === '工业投资')!.period, '1-11月');
  });

  const badCsv = (name: string, text: string) => {
    const dir = scratch();
    writeFileSync(join(dir, name), text);
    return { file: join(dir, name), out: join(dir, 'out.json') };
  };

  it('refuses a CSV with a missing column, naming it and the line', () => {
    const { file, out } = badCsv('missing.csv', 'section,item,label,unit\n东湖区,科技,企业,家\n');
    assertRefused(draft([file, '--title', 't', '--year', '2024', '-o', out]), /line 1: missing column "value"/, out);
  });

  it('refuses text in a number column, with line and column', () => {
    const { file, out } = badCsv('text.csv', 'section,item,label,value,unit\n东湖区,科技,企业,126,家\n东湖区,科技,平台,很多,个\n');
    assertRefused(draft([file, '--title', 't', '--year', '2024', '-o', out]), /line 3, value: expected a number such as 7\.3 or 4\.51万, received "很多"/, out);
  });

  it('refuses duplicate ids, naming both lines', () => {
    const { file, out } = badCsv('dupes.csv', 'section,item,label,value,unit,id\n东湖区,科技,企业,126,家,firms\n东湖区,科技,平台,4,个,firms\n');
    assertRefused(draft([file, '--title', 't', '--year', '2024', '-o', out]), /line 3, id: duplicate id "firms" in 东湖区 \/ 科技: first used on line 2/, out);
  });

  it('refuses a CSV whose quotes do not close, with the line', () => {
    const { file, out } = badCsv('quote.csv', 'section,item,label,value\n东湖区,科技,"企业,126\n');
    assertRefused(draft([file, '--title', 't', '--year', '2024', '-o', out]), /line 2: not readable as CSV: Quote Not Closed/, out);
  });

  it('reads a CSV saved as GBK with Chinese headers', () => {
    const { file, out } = badCsv('gbk.csv', '');
    writeFileSync(file, iconv.encode('部门,事项,指标,数值,单位,增幅\n东湖区,科技创新,高新技术企业,218,家,12.4%\n西岭区,港口物流,港口货物吞吐量,1.12,亿吨,5.3%\n', 'gbk'));
    const result = draft([file, '--title', '示例数据', '--year', '2024', '-o', out]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /\(GB18030\)/);
    const parsed = parseReport(readFileSync(out, 'utf8'));
    assert.ok(parsed.ok);
    assert.equal(parsed.value.departments[1]!.initiatives[0]!.metrics[0]!.value, 112_000_000);
  });
});
