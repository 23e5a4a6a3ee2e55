/**
 * Framework and editor data generated from packages/hz-viz/custom-elements.json (run by
 * `npm run build` after the manifest): what a React, Vue or editor user gets typed.
 * - dist/frameworks/react.d.ts: React 19 JSX.IntrinsicElements (properties, `onhz-*` events);
 * - dist/frameworks/vue.d.ts: Vue GlobalComponents (properties, `onHz*` events);
 * - dist/frameworks/preact.d.ts: Preact JSX.IntrinsicElements (properties, `onhz-*` events);
 * - vscode.html-custom-data.json and web-types.json: VS Code and JetBrains HTML completion.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = 'packages/hz-viz';
const manifest = JSON.parse(readFileSync(`${root}/custom-elements.json`, 'utf8'));
const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const header = '// Generated from custom-elements.json by scripts/build/framework-types.mjs. Do not edit.\n';
const pascal = (name) => name.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
/** Public properties a page sets: the attribute-backed fields, and object-only ones (`.data`, `.report`). */
const propsOf = (element) => (element.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy === undefined || m.privacy === 'public') && !m.readonly && m.name !== 'problems' && m.name !== 'loaded').map((m) => m.name);
const eventsOf = (element) => (element.events ?? []).map((e) => ({ name: e.name, type: e.type?.text ?? 'CustomEvent' }));
const detailTypes = [...new Set(elements.flatMap((e) => eventsOf(e).map((ev) => /CustomEvent<(\w+)>/.exec(ev.type)?.[1]).filter(Boolean)))].sort();
const classes = elements.map((e) => e.name);
const imports = `import type { ${[...classes, ...detailTypes].join(', ')} } from '../index.js';\n`;
const union = (names) => (names.length ? names.map((n) => `'${n}'`).join(' | ') : 'never');

const react = `${header}${imports}import type { DetailedHTMLProps, HTMLAttributes } from 'react';

/**
 * React 19 types for the hz-viz elements: \`import type {} from 'hz-viz/react';\` once (or list
 * 'hz-viz/react' in tsconfig "types"). React 19 sets these as properties and listens to
 * \`onhz-error\`, \`onhz-select\` … as the element's events.
 */
type HzProps<E, P extends keyof E, Events> = DetailedHTMLProps<HTMLAttributes<E>, E> & Partial<Pick<E, P>> & { [K in keyof Events as \`on\${K & string}\`]?: (event: Events[K]) => void };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((e) => `      '${e.tagName}': HzProps<${e.name}, ${union(propsOf(e))}, { ${eventsOf(e).map((ev) => `'${ev.name}': ${ev.type}`).join('; ')} }>;`).join('\n')}
    }
  }
}

export {};
`;

const vue = `${header}${imports}import type { DefineComponent } from 'vue';

/**
 * Vue 3 types for the hz-viz elements: \`import type {} from 'hz-viz/vue';\` once. Tell Vue's
 * compiler they are custom elements (compilerOptions.isCustomElement: (tag) => tag.startsWith('hz-')),
 * then \`:metric.prop="…"\` and \`@hz-error="…"\` are checked by vue-tsc.
 */
type HzComponent<E, P extends keyof E, Events> = DefineComponent<Partial<Pick<E, P>> & { [K in keyof Events as \`on\${Capitalize<CamelCase<K & string>>}\`]?: (event: Events[K]) => void }>;
type CamelCase<S extends string> = S extends \`\${infer Head}-\${infer Tail}\` ? \`\${Head}\${Capitalize<CamelCase<Tail>>}\` : S;

declare module 'vue' {
  interface GlobalComponents {
${elements.map((e) => `    '${e.tagName}': HzComponent<${e.name}, ${union(propsOf(e))}, { ${eventsOf(e).map((ev) => `'${ev.name}': ${ev.type}`).join('; ')} }>;`).join('\n')}
  }
}

export {};
`;

const preact = `${header}${imports}import type { HTMLAttributes } from 'preact';

/**
 * Preact types for the hz-viz elements: \`import type {} from 'hz-viz/preact';\` once. Preact
 * sets properties the element has and listens to \`onhz-error\`, \`onhz-select\` … as its events.
 */
type HzProps<E extends EventTarget, P extends keyof E, Events> = HTMLAttributes<E> & Partial<Pick<E, P>> & { [K in keyof Events as \`on\${K & string}\`]?: (event: Events[K]) => void };

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((e) => `      '${e.tagName}': HzProps<${e.name}, ${union(propsOf(e))}, { ${eventsOf(e).map((ev) => `'${ev.name}': ${ev.type}`).join('; ')} }>;`).join('\n')}
    }
  }
}

export {};
`;

const attributeValues = (attribute) => {
  const literals = attribute.type?.text?.match(/'[^']*'/g);
  return literals ? literals.map((l) => ({ name: l.slice(1, -1) })) : undefined;
};

const vscode = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((e) => ({
    name: e.tagName,
    description: e.description || e.summary || '',
    attributes: (e.attributes ?? []).map((a) => ({ name: a.name, description: a.description ?? '', ...(attributeValues(a) && { values: attributeValues(a) }) })),
  })),
};

const webTypes = {
  $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
  name: 'hz-viz',
  version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((e) => ({
        name: e.tagName,
        description: e.description || e.summary || '',
        attributes: (e.attributes ?? []).map((a) => ({ name: a.name, description: a.description ?? '', value: { type: a.type?.text ?? 'string' } })),
        js: { events: eventsOf(e).map((ev) => ({ name: ev.name, description: (e.events.find((x) => x.name === ev.name)?.description ?? '') })) },
      })),
    },
  },
};

mkdirSync(`${root}/dist/frameworks`, { recursive: true });
writeFileSync(`${root}/dist/frameworks/react.d.ts`, react);
writeFileSync(`${root}/dist/frameworks/vue.d.ts`, vue);
writeFileSync(`${root}/dist/frameworks/preact.d.ts`, preact);
writeFileSync(`${root}/dist/frameworks/preact.js`, 'export {};\n');
// Type-only entries still get a module, so every resolver finds a file.
writeFileSync(`${root}/dist/frameworks/react.js`, 'export {};\n');
writeFileSync(`${root}/dist/frameworks/vue.js`, 'export {};\n');
writeFileSync(`${root}/vscode.html-custom-data.json`, `${JSON.stringify(vscode, null, 2)}\n`);
writeFileSync(`${root}/web-types.json`, `${JSON.stringify(webTypes, null, 2)}\n`);
console.log(`framework types and editor data for ${elements.length} elements`);
