import { config } from 'zod/mini';

/**
 * For pages with a strict Content-Security-Policy (no 'unsafe-eval'): zod would otherwise probe
 * `new Function` on its first object parse to decide whether to compile a fast path, and that
 * probe is reported as a CSP violation. Jitless parsing is slower but never evaluates code.
 * The drop-in bundle calls this; npm users on such pages can too.
 */
export function avoidEval(): void {
  config({ jitless: true });
}
