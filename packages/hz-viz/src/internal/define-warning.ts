import type { VersionedElement } from './define.js';

/** The console warning of defineElement when a second copy of hz-viz of another version defines a tag again. */
export function warnOfSecondCopy(tag: string, existing: VersionedElement, element: VersionedElement): void {
  const theirs = existing.hzVersion ?? 'an unknown version';
  const ours = element.hzVersion ?? 'an unknown version';
  if (theirs !== ours) {
    console.warn(`hz-viz: <${tag}> is already defined by hz-viz ${theirs}; ignoring this copy (hz-viz ${ours}).`);
  }
}
