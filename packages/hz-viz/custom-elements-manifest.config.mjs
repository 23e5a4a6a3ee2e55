import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The custom-elements manifest, generated from each element class's JSDoc tags, and made right
 * for the tools that read it (framework types, editor data, Storybook controls):
 * - module paths name the built files the package ships (dist/*.js), not src/*.ts;
 * - fixed-choice types (`Theme`, `MetricKind`, …) become their literal unions, read from the
 *   `as const` vocabularies they are defined by;
 * - every element has a description (its @summary when the class comment has no other text).
 */
const tags = new Map();

/** `export type X = (typeof xs)[number]` with `export const xs = ['a', 'b'] as const`, as `'a' | 'b'`. */
function literalUnions() {
  const files = ['src', '../schema/src'].flatMap((dir) => readdirSync(dir, { recursive: true }).map((f) => join(dir, String(f)))).filter((f) => f.endsWith('.ts'));
  const arrays = new Map();
  const aliases = new Map();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const [, name, items] of text.matchAll(/export const (\w+) = \[([^\]]*)\] as const;/g)) arrays.set(name, items.match(/'[^']*'/g) ?? []);
    for (const [, alias, array] of text.matchAll(/export type (\w+) = \(typeof (\w+)\)\[number\];/g)) aliases.set(alias, array);
  }
  const unions = new Map();
  for (const [alias, array] of aliases) if (arrays.has(array)) unions.set(alias, arrays.get(array).join(' | '));
  return unions;
}

const distPath = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

export default {
  globs: ['src/internal/hz-base.ts', 'src/internal/hz-element.ts', 'src/internal/hz-report-reader.ts', 'src/elements/**/*.element.ts', 'src/elements/**/hz-*.ts'],
  exclude: ['src/elements/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'hz-viz-tag-names',
      // Tags are registered by a guarded `defineElement(tag, Class)` in their own module rather
      // than with @customElement, so the tag is read from those calls and set on the class.
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
        const [tag, cls] = node.arguments;
        if (tag && cls && ts.isStringLiteral(tag)) tags.set(cls.getText(), { tag: tag.text, module: moduleDoc.path });
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            const definition = tags.get(declaration.name);
            if (!definition) continue;
            declaration.tagName = definition.tag;
            declaration.customElement = true;
            const registering = customElementsManifest.modules.find((m) => m.path === definition.module);
            registering?.exports?.push({
              kind: 'custom-element-definition',
              name: definition.tag,
              declaration: { name: declaration.name, module: module.path },
            });
          }
        }
      },
    },
    {
      name: 'hz-viz-shipped-and-typed',
      packageLinkPhase({ customElementsManifest }) {
        const unions = literalUnions();
        const visit = (node, key) => {
          if (Array.isArray(node)) return node.forEach((item) => visit(item));
          if (!node || typeof node !== 'object') return;
          for (const [k, value] of Object.entries(node)) {
            if ((k === 'module' || (k === 'path' && key === 'module')) && typeof value === 'string') node[k] = distPath(value);
            else if (k === 'type' && value && typeof value.text === 'string') {
              value.text = value.text.replace(/\b[A-Z]\w+\b/g, (name) => unions.get(name) ?? name);
            } else visit(value, k);
          }
        };
        // The analyzer reads files in no fixed order: sort, so the committed manifest is reproducible.
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
        for (const module of customElementsManifest.modules) {
          module.path = distPath(module.path);
          visit(module.declarations ?? []);
          visit(module.exports ?? []);
          for (const declaration of module.declarations ?? []) {
            if (declaration.customElement && !declaration.description) declaration.description = declaration.summary ?? '';
          }
        }
      },
    },
  ],
};
