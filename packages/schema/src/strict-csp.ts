/**
 * For pages with a strict Content-Security-Policy (no 'unsafe-eval'): zod would otherwise probe
 * `new Function` on its first object parse to decide whether to compile a fast path, and that
 * probe is reported as a CSP violation. Jitless parsing is slower but never evaluates code.
 * The drop-in bundle calls this; npm users on such pages can too.
 *
 * zod keeps its configuration on one global object, shared by every copy of zod on the page
 * (zod 4's core: `globalThis.__zod_globalConfig`, what `config()` writes). Setting it here rather
 * than through `config()` keeps zod's core out of a bundle that calls this before it uses any
 * schema: the drop-in loads its zod with the full validation, after the first paint.
 * test/schema/strict-csp.test.ts checks that zod reads it.
 */
export function avoidEval(): void {
  const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
  (holder.__zod_globalConfig ??= {}).jitless = true;
}
