/**
 * `node:test` as Mocha offers it, for the mutation run only (test/mutation/register.mjs points
 * `node:test` here): the Node tests use only describe and it, which mean the same in both, so the
 * same files run under `node --test` in npm test and in-process under Stryker's Mocha runner.
 * Mocha defines its globals just before it loads each file, so they are looked up at call time.
 */
export const describe = (name, body) => globalThis.describe(name, body);
export const it = (name, body) => globalThis.it(name, body);
