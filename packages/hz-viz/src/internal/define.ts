/** The version every element class carries, so a second copy on the page can be told apart. */
export const hzVizVersion = '0.1.0';

interface VersionedElement extends CustomElementConstructor {
  readonly hzVersion?: string;
}

/**
 * Registers a tag once. A page that loads hz-viz twice (two bundles, or a bundle and an npm
 * build) keeps the first definition instead of throwing, and warns when the versions differ.
 */
export function defineElement(tag: string, element: VersionedElement): void {
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing === element) return;
  const theirs = existing.hzVersion ?? 'an unknown version';
  const ours = element.hzVersion ?? 'an unknown version';
  if (theirs !== ours) {
    console.warn(`hz-viz: <${tag}> is already defined by hz-viz ${theirs}; ignoring this copy (hz-viz ${ours}).`);
  }
}
