/** The version every element class carries, so a second copy on the page can be told apart. */
export const hzVizVersion = '0.1.0';

export interface VersionedElement extends CustomElementConstructor {
  readonly hzVersion?: string;
}

/**
 * Registers a tag once. A page that loads hz-viz twice (two bundles, or a bundle and an npm
 * build) keeps the first definition instead of throwing, and warns when the versions differ: the
 * warning is its own module (define-warning.ts), loaded only then; the promise says when it is said.
 */
export function defineElement(tag: string, element: VersionedElement): Promise<void> | undefined {
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) customElements.define(tag, element);
  else if (existing !== element) return import('./define-warning.js').then((m) => m.warnOfSecondCopy(tag, existing, element));
  return undefined;
}
