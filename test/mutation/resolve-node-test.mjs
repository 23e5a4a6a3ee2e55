/** A module resolve hook (test/mutation/register.mjs): node:test is Mocha's describe and it. */
const shim = new URL('./node-test.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  return specifier === 'node:test' ? { url: shim, shortCircuit: true } : nextResolve(specifier, context);
}
