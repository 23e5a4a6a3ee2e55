/**
 * `node:test` as Vitest offers it, for the mutation run only (vitest.mutation.config.ts aliases
 * `node:test` here): the Node tests use describe and it, which mean the same in both, so the
 * same files run under `node --test` in npm test and in-process under Stryker's Vitest runner.
 */
export { describe, it } from 'vitest';
