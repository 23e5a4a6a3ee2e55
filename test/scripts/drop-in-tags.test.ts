import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { hzTags } from '../../packages/hz-viz/src/cdn/elements.js';
import { placeholderCss } from '../../packages/hz-viz/src/cdn/placeholders.js';

/**
 * The drop-in loads an element only if its tag is in src/cdn/elements.ts (decision 0017): a new
 * element left out of it would never upgrade on a drop-in page. The manifest lists every tag the
 * package defines.
 */
const manifest = JSON.parse(readFileSync('packages/hz-viz/custom-elements.json', 'utf8')) as { modules: { declarations?: { tagName?: string }[] }[] };
const defined = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));

describe('the drop-in autoloader knows every element', () => {
  it('has a file for each tag the package defines, and no other', () => {
    assert.deepEqual([...hzTags].sort(), [...new Set(defined)].sort());
  });

  it('frames each tag but <hz-report> with a height while it is not defined, unless a server drew it', () => {
    for (const tag of hzTags.filter((t) => t !== 'hz-report')) assert.match(placeholderCss, new RegExp(`${tag}:not\\(:defined,\\[defer-hydration\\]\\)\\{[^}]*height:`), tag);
    // Every rule leaves server-drawn elements (@hz-viz/ssr writes defer-hydration) as they are.
    assert.deepEqual(placeholderCss.match(/:not\(:defined\)/g), null);
  });
});
