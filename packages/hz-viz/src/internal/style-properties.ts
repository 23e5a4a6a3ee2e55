import { noChange } from 'lit';
import type { AttributePart, PartInfo } from 'lit/directive.js';
import { Directive, directive, PartType } from 'lit/directive.js';

type Properties = Readonly<Record<string, string>>;

/**
 * Sets CSS properties through the CSSOM in the browser, always: `style=${styleProperties({...})}`.
 * Lit's styleMap writes a `style` attribute on first render, which a strict Content-Security-Policy
 * (style-src without 'unsafe-inline') blocks; `element.style.setProperty` is never blocked. On the
 * server there is no CSSOM: `render` gives the same properties as the attribute's text, which is
 * what a server-rendered page carries (docs/decisions/0022), and hydration writes nothing new.
 * Keys are CSS names: `left`, `width`, `--_zero-at`.
 */
class StyleProperties extends Directive {
  private previous: Properties = {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style' || (part.strings?.length ?? 2) > 2) {
      throw new Error('styleProperties() is the whole value of a style attribute: <div style=${styleProperties({...})}>');
    }
  }

  render(properties: Properties): string {
    return Object.entries(properties)
      .map(([name, value]) => `${name}:${value}`)
      .join(';');
  }

  override update(part: AttributePart, [properties]: [Properties]) {
    const { style } = part.element as HTMLElement;
    const previous = this.previous;
    for (const name in previous) if (!(name in properties)) style.removeProperty(name);
    // Only what changed: a list of 1,000 bars re-rendered with most bars where they were writes
    // (and invalidates the style of) only the bars that moved.
    for (const name in properties) if (previous[name] !== properties[name]) style.setProperty(name, properties[name]!);
    this.previous = properties;
    return noChange;
  }
}

export const styleProperties = directive(StyleProperties);
