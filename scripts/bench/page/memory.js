import { benchTrees, calibrate, setupTreemap } from './treemap.js';
import { cardsRun } from './cards.js';
import { painted } from './frames.js';

/**
 * The page's half of the memory measurement: the bench (Node) forces a garbage collection and
 * reads the heap through the DevTools protocol before `memoryMount` and again after it, with the
 * chart still on the page. Data is built in `memoryPrepare`, before the first reading, so the
 * difference is what the chart itself keeps.
 */
let mounted;

export async function memoryPrepare(scenario) {
  if (scenario.kind !== 'treemap') return;
  benchTrees(scenario.leaves);
  await calibrate(scenario.leaves);
}

export async function memoryMount(scenario) {
  if (scenario.kind === 'cards') {
    await cardsRun(scenario.lib, scenario.count, 'default', true);
    return {};
  }
  mounted = setupTreemap(scenario.lib, scenario.leaves);
  await painted();
  await mounted.first();
  await painted();
  return mounted.facts();
}

export function memoryUnmount() {
  mounted?.dispose?.();
  mounted = undefined;
  document.body.replaceChildren();
}
