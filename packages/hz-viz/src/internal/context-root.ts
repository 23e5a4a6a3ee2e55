import { ContextRoot } from '@lit/context';
import { isServer } from 'lit';

/**
 * One ContextRoot on the page buffers the report requests no `<hz-report>` has answered yet and
 * replays them when one is defined. Attached by whichever comes first, a report or an element
 * asking for one: an element defined before its report (a lazily loaded file, a separate entry
 * point, a late script) asks before any report exists, and that request must not be lost.
 * A global flag, so two copies of hz-viz attach one root between them.
 */
export function attachContextRoot(): void {
  const flag = globalThis as { hzVizContextRoot?: boolean };
  // A server render has no page to listen on; it hands elements their report (server-context.ts).
  if (flag.hzVizContextRoot || isServer) return;
  flag.hzVizContextRoot = true;
  new ContextRoot().attach(document.documentElement);
}
