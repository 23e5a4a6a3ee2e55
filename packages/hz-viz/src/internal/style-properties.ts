import { noChange, nothing } from 'lit';
import type { ElementPart, PartInfo } from 'lit/directive.js';
import { Directive, directive, PartType } from 'lit/directive.js';

/**
 * Sets CSS properties through the CSSOM, always. Lit's styleMap writes a `style` attribute on
 * first render, which a strict Content-Security-Policy (style-src without 'unsafe-inline')
 * blocks; `element.style.setProperty` is never blocked. Keys are CSS names: `left`, `width`.
 */
class StyleProperties extends Directive {
  private previous: Readonly<Record<string, string>> = {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProperties() belongs inside a tag: <div ${styleProperties({...})}>');
  }

  render(_properties: Readonly<Record<string, string>>) {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string>>]) {
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
