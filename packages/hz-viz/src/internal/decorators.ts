import type { PropertyDeclaration, ReactiveElement } from 'lit';

/**
 * Lit's `@property` and `@state` for the one decorator mode this package compiles with
 * (`experimentalDecorators`, tsconfig.base.json). `lit/decorators.js` also carries the standard
 * (TC39) decorator path and its metadata handling, which no build of ours runs: about 0.5 KB of
 * every element's bundle. The legacy path is Lit's own: `createProperty` on the class, and the
 * prototype's descriptor back for an accessor, so TypeScript does not overwrite the one Lit made.
 */
export function property(options?: PropertyDeclaration) {
  // `any`: TypeScript types a field decorator's result as void, an accessor decorator's as a descriptor.
  return (proto: object, name: PropertyKey): any => {
    const accessor = Object.prototype.hasOwnProperty.call(proto, name);
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);
    return accessor ? Object.getOwnPropertyDescriptor(proto, name) : undefined;
  };
}

/** Internal reactive state: re-renders when it changes, never an attribute. */
export function state() {
  return property({ state: true, attribute: false });
}
