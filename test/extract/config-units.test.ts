import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { emptyOverlay, isExclusion, readConfig, readerNames, readOverlay } from '../../packages/extract/src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'hz-viz-units-'));
let counter = 0;
/** Writes a file in the scratch folder and returns its path. */
function file(text: string, name = `f${++counter}.json`): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const problemsOf = (result: { ok: boolean; problems?: readonly { path: string; message: string }[] }) => {
  assert.equal(result.ok, false);
  return (result.problems ?? []).map((p) => [p.path, p.message]);
};

describe('readConfig', () => {
  it('a valid config; annotations resolved against its folder', () => {
    mkdirSync(join(dir, 'cfg'));
    const path = file(
      JSON.stringify({
        $comment: '云溪市',
        reader: 'outline',
        levels: { group: '一、', unit: '1.', paragraph: '（一）' },
        year: 2024,
        lexicon: { names: ['五类英才'], scopes: { 全国中等城市: 'group' }, scopesEn: { 全国中等城市: 'medium-sized cities' } },
        annotations: '../ann/overlay.json',
        requireAnnotations: true,
      }),
      'cfg/config.json',
    );
    assert.deepEqual(readConfig(path), {
      ok: true,
      value: {
        $comment: '云溪市',
        reader: 'outline',
        levels: { group: '一、', unit: '1.', paragraph: '（一）' },
        year: 2024,
        lexicon: { names: ['五类英才'], scopes: { 全国中等城市: 'group' }, scopesEn: { 全国中等城市: 'medium-sized cities' } },
        annotations: '../ann/overlay.json',
        requireAnnotations: true,
        annotationsPath: join(dir, 'ann/overlay.json'),
      },
    });
  });
  it('an empty config', () => {
    assert.deepEqual(readConfig(file('{}')), { ok: true, value: {} });
    assert.deepEqual(readConfig(file('{"reader": "pdf-table", "year": 1949}')), { ok: true, value: { reader: 'pdf-table', year: 1949 } });
    assert.deepEqual(readConfig(file('{"year": 2100}')), { ok: true, value: { year: 2100 } });
  });
  it('invalid JSON names the line and column', () => {
    const path = file('{\n  "year": 2024,\n  "reader": }\n');
    assert.deepEqual(problemsOf(readConfig(path)), [[path, `${path}: invalid JSON at line 3, column 13: expected a value, found "}"`]]);
  });
  it('schema violations with their paths', () => {
    const path = file(JSON.stringify({ reader: 'pdf', year: 1900, levels: { unit: '1)' }, colour: 'red', lexicon: { names: [''], scopes: { x: 'planet' } }, annotations: '', requireAnnotations: 'yes' }));
    assert.deepEqual(problemsOf(readConfig(path)), [
      [`${path}.reader`, `${path}.reader: expected one of "outline", "pdf-table", received "pdf"`],
      [`${path}.levels.unit`, `${path}.levels.unit: expected one of "一、", "（一）", "1.", "（1）", "①", "这一年", received "1)"`],
      [`${path}.year`, `${path}.year: Invalid input, received 1900`],
      [`${path}.lexicon.names[0]`, `${path}.lexicon.names[0]: Invalid input, received ""`],
      [`${path}.lexicon.scopes.x`, `${path}.lexicon.scopes.x: expected one of "nation", "province", "city", "county", "group", received "planet"`],
      [`${path}.annotations`, `${path}.annotations: Invalid input, received ""`],
      [`${path}.requireAnnotations`, `${path}.requireAnnotations: expected true or false, received "yes"`],
      [path, `${path}: unknown field "colour"`],
    ]);
  });
  it('years out of range or not whole', () => {
    const late = file('{"year": 2101}');
    assert.deepEqual(problemsOf(readConfig(late)), [[`${late}.year`, `${late}.year: Invalid input, received 2101`]]);
    const half = file('{"year": 2024.5}');
    assert.deepEqual(problemsOf(readConfig(half)), [[`${half}.year`, `${half}.year: expected an integer, received 2024.5`]]);
  });
  it('a missing file', () => {
    const path = join(dir, 'nope.json');
    assert.deepEqual(problemsOf(readConfig(path)), [[path, `${path}: cannot read the config: ENOENT`]]);
  });
  it('names its readers', () => assert.deepEqual([...readerNames], ['outline', 'pdf-table']));
});

describe('readOverlay', () => {
  it('a single file', () => {
    const path = file(
      JSON.stringify({
        report: { title: '云溪市2024年报告', year: 2024 },
        departments: [{ name: '东湖区', initiatives: [{ title: '工业', figures: { '126家': { label: '新增企业', labelEn: 'New firms' }, 五类: { exclude: '名称' } } }] }],
      }),
    );
    assert.deepEqual(readOverlay(path), {
      ok: true,
      value: {
        report: { title: '云溪市2024年报告', year: 2024 },
        departments: [{ name: '东湖区', initiatives: [{ title: '工业', figures: { '126家': { label: '新增企业', labelEn: 'New firms' }, 五类: { exclude: '名称' } } }] }],
      },
    });
  });
  it('an empty file is the empty overlay', () => {
    assert.deepEqual(readOverlay(file('{}')), { ok: true, value: { report: {}, departments: [] } });
    assert.deepEqual(emptyOverlay, { report: {}, departments: [] });
  });
  it('a path that does not exist', () => {
    const path = join(dir, 'nothing');
    assert.deepEqual(problemsOf(readOverlay(path)), [[path, `${path}: the annotations named in the config do not exist`]]);
  });
  it('schema violations with their paths', () => {
    const path = file('{"report": {"year": "2024"}, "departments": [{"name": "东湖区", "initiatives": [{"title": "x", "figures": {"1个": {"polarity": "up"}}}]}]}');
    assert.deepEqual(problemsOf(readOverlay(path)), [
      [`${path}.report.year`, `${path}.report.year: expected a number, received "2024"`],
      [`${path}.departments[0].initiatives[0].figures.1个`, `${path}.departments[0].initiatives[0].figures.1个: does not match any allowed shape, received an object`],
    ]);
  });
  it('invalid JSON names the line and column', () => {
    const path = file('{"report": {\n"year": 2024,,\n}}');
    assert.deepEqual(problemsOf(readOverlay(path)), [[path, `${path}: invalid JSON at line 2, column 14: expected a property name in double quotes, found ","`]]);
  });
  it('the folder form, in report.json order', () => {
    const folder = join(dir, 'ok');
    mkdirSync(join(folder, 'departments'), { recursive: true });
    writeFileSync(join(folder, 'report.json'), JSON.stringify({ title: 'T', departments: ['b', 'a'] }));
    writeFileSync(join(folder, 'departments', 'a.json'), JSON.stringify({ name: '甲' }));
    writeFileSync(join(folder, 'departments', 'b.json'), JSON.stringify({ name: '乙', nameEn: 'B' }));
    writeFileSync(join(folder, 'departments', 'notes.txt'), '不是 JSON');
    assert.deepEqual(readOverlay(folder), { ok: true, value: { report: { title: 'T', departments: ['b', 'a'] }, departments: [{ name: '乙', nameEn: 'B' }, { name: '甲' }] } });
  });
  it('the folder form: a missing department file and an extra unlisted one', () => {
    const folder = join(dir, 'gaps');
    mkdirSync(join(folder, 'departments'), { recursive: true });
    writeFileSync(join(folder, 'report.json'), JSON.stringify({ title: 'T', departments: ['donghuqu', 'xilingqu'] }));
    writeFileSync(join(folder, 'departments', 'donghuqu.json'), JSON.stringify({ name: '东湖区' }));
    writeFileSync(join(folder, 'departments', 'beishan.json'), JSON.stringify({ name: '北山县' }));
    writeFileSync(join(folder, 'departments', 'nanshan.json'), JSON.stringify({ name: '南山县' }));
    const departments = join(folder, 'departments');
    const result = problemsOf(readOverlay(folder));
    assert.equal(result.length, 2);
    assert.deepEqual(result[0], [join(departments, 'xilingqu.json'), `${join(departments, 'xilingqu.json')}: missing, but report.json lists "xilingqu"`]);
    assert.equal(result[1]![0], departments);
    assert.match(result[1]![1]!, /: not listed in report\.json: (beishan\.json, nanshan\.json|nanshan\.json, beishan\.json)$/);
  });
  it('the folder form: problems in a department file, a missing report.json, no departments folder', () => {
    const bad = join(dir, 'bad');
    mkdirSync(join(bad, 'departments'), { recursive: true });
    writeFileSync(join(bad, 'report.json'), JSON.stringify({ departments: ['a'] }));
    writeFileSync(join(bad, 'departments', 'a.json'), JSON.stringify({ nom: '甲' }));
    const a = join(bad, 'departments', 'a.json');
    assert.deepEqual(problemsOf(readOverlay(bad)), [
      [`${a}.name`, `${a}.name: required: expected text, but it is missing`],
      [a, `${a}: unknown field "nom"`],
    ]);
    const noReport = join(dir, 'noreport');
    mkdirSync(noReport);
    const reportPath = join(noReport, 'report.json');
    assert.deepEqual(problemsOf(readOverlay(noReport)), [[reportPath, `${reportPath}: cannot read: ENOENT`]]);
    const noFolder = join(dir, 'nofolder');
    mkdirSync(noFolder);
    writeFileSync(join(noFolder, 'report.json'), '{}');
    assert.deepEqual(readOverlay(noFolder), { ok: true, value: { report: {}, departments: [] } });
    const listedButNoFolder = join(dir, 'listed');
    mkdirSync(listedButNoFolder);
    writeFileSync(join(listedButNoFolder, 'report.json'), '{"departments": ["a"]}');
    const missing = join(listedButNoFolder, 'departments', 'a.json');
    assert.deepEqual(problemsOf(readOverlay(listedButNoFolder)), [[missing, `${missing}: missing, but report.json lists "a"`]]);
  });
});

describe('isExclusion', () => {
  it('tells an exclusion from an entry', () => {
    assert.equal(isExclusion({ exclude: '名称' }), true);
    assert.equal(isExclusion({ label: '新增企业' }), false);
    assert.equal(isExclusion({}), false);
  });
});
