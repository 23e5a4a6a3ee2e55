/** The custom-elements manifest, generated from each element class's JSDoc tags. */
const tags = new Map();

export default {
  globs: ['src/internal/hz-base.ts', 'src/internal/hz-element.ts', 'src/elements/**/*.element.ts', 'src/elements/**/hz-*.ts'],
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
  ],
};
