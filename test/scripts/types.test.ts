import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';

/**
 * hz-viz as an app installs it (npm test has built it): the packed tarballs of hz-viz and @hz-viz/schema, unpacked into
 * an app's node_modules (tmp/types-app; lit, react, vue and d3 types are found further up, as a
 * hoisted install would). The fixtures in test/types compile under strict TypeScript without
 * skipLibCheck, a React 19 and a Preact .tsx and a Vue SFC, and a typo in each must not; a Vite build of an app
 * that imports one element emits no dataset.
 */
const app = 'tmp/types-app';
const tsc = (args: string[]) => spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', ...args], { encoding: 'utf8' });
const vueTsc = (args: string[]) => spawnSync(process.execPath, ['node_modules/vue-tsc/bin/vue-tsc.js', ...args], { encoding: 'utf8' });

function writeConfig(name: string, files: string[], extra: Record<string, unknown> = {}): string {
  const path = `${app}/${name}`;
  const config = {
    compilerOptions: { strict: true, skipLibCheck: false, noEmit: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', jsx: 'react-jsx', lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [] },
    files,
    ...extra,
  };
  writeFileSync(path, JSON.stringify(config, null, 2));
  return path;
}

before(() => {
  rmSync(app, { recursive: true, force: true });
  mkdirSync(`${app}/packs`, { recursive: true });
  execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', `${app}/packs`, '-w', 'hz-viz', '-w', '@hz-viz/schema'], { stdio: 'pipe' });
  for (const tarball of readdirSync(`${app}/packs`)) {
    const name = tarball.startsWith('hz-viz-schema') ? '@hz-viz/schema' : 'hz-viz';
    mkdirSync(`${app}/node_modules/${name}`, { recursive: true });
    execFileSync('tar', ['-xzf', `${app}/packs/${tarball}`, '-C', `${app}/node_modules/${name}`, '--strip-components=1']);
  }
  cpSync('test/types', app, { recursive: true });
});

describe('types from the packed tarballs', () => {
  it('a React 19 page using every element, and the README snippet, compile strictly without skipLibCheck', () => {
    const result = tsc(['-p', writeConfig('tsconfig.react.json', ['react-app.tsx', 'readme-snippet.ts'])]);
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });

  it('a misspelt property and a wrong fixed choice do not compile', () => {
    const result = tsc(['-p', writeConfig('tsconfig.typo.json', ['react-typo.tsx'])]);
    assert.notEqual(result.status, 0);
    assert.match(result.stdout, /react-typo\.tsx\(4,.*metrcs/);
    assert.match(result.stdout, /react-typo\.tsx\(5,.*"weight"/);
  });

  it('a Preact page compiles, and a misspelt property does not', () => {
    const good = tsc(['-p', writeConfig('tsconfig.preact.json', ['preact-app.tsx'])]);
    assert.equal(good.status, 0, good.stdout + good.stderr);
    const typo = tsc(['-p', writeConfig('tsconfig.preact-typo.json', ['preact-typo.tsx'])]);
    assert.notEqual(typo.status, 0);
    assert.match(typo.stdout, /preact-typo\.tsx\(5,.*metrcs/);
  });

  it('a Vue SFC type-checks with vue-tsc, and a misspelt property does not', () => {
    const vueOptions = { vueCompilerOptions: { strictTemplates: true } };
    const good = vueTsc(['-p', writeConfig('tsconfig.vue.json', ['App.vue'], vueOptions)]);
    assert.equal(good.status, 0, good.stdout + good.stderr);
    const typo = vueTsc(['-p', writeConfig('tsconfig.vue-typo.json', ['Typo.vue'], vueOptions)]);
    assert.notEqual(typo.status, 0);
    assert.match(typo.stdout, /metrcs/);
  });

  it('custom-elements.json names modules the package ships, and gives every event a detail type', () => {
    const manifest = JSON.parse(readFileSync(`${app}/node_modules/hz-viz/custom-elements.json`, 'utf8')) as { modules: { path: string; declarations?: { tagName?: string; events?: { name: string; type?: { text: string } }[] }[] }[] };
    for (const module of manifest.modules) assert.ok(readdirSync(`${app}/node_modules/hz-viz/${module.path.replace(/[^/]+$/, '')}`).includes(module.path.split('/').at(-1)!), module.path);
    const events = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => d.events ?? []);
    assert.ok(events.length >= 13);
    for (const event of events) assert.match(event.type?.text ?? '', /^CustomEvent<Hz\w+Detail>$/, event.name);
  });
});

describe('an app built with Vite from the tarball', () => {
  it('that imports one element emits no dataset', () => {
    const root = `${app}/vite-app`;
    mkdirSync(`${root}/src`, { recursive: true });
    writeFileSync(`${root}/index.html`, '<!doctype html><html lang="zh-CN"><body><hz-metric-card label="示例" value="7.3" unit="%"></hz-metric-card><script type="module" src="/src/main.ts"></script></body></html>');
    writeFileSync(`${root}/src/main.ts`, "import 'hz-viz/metric-card.js';\n");
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', root, '--logLevel', 'error'], { stdio: 'pipe' });
    const built = readdirSync(`${root}/dist/assets`).map((file) => readFileSync(`${root}/dist/assets/${file}`, 'utf8'));
    assert.equal(built.filter((code) => code.includes('湖州市2024年度部门工作成效')).length, 0, 'the Huzhou dataset is in the build');
    assert.ok(built.some((code) => code.includes('hz-metric-card')));
  });
});
