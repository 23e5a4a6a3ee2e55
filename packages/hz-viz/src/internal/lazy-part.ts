import { isServer } from 'lit';
/**
 * A part of the library an element loads only when an input needs it: the validator for a figure
 * given as an object, the honor reader and rank badge, the Chinese wording of problems. A page of
 * attribute-only cards never fetches them, and a single-card bundle does not carry them.
 *
 * Loaded once per page; `module` is there synchronously after that. Elements ask through
 * `HzBase.need()`, which re-renders them when the part arrives and makes `updateComplete` wait
 * for it.
 */
export class LazyPart<M> {
  /** Every part defined so far: a server render loads them all first (`loadEveryPart`). */
  static readonly all = new Set<LazyPart<unknown>>();

  module: M | undefined;
  /** Why the part could not be loaded (offline, a blocked chunk), once it failed. */
  failure: unknown;
  private loading: Promise<M | undefined> | undefined;

  constructor(private readonly importer: () => Promise<M>) {
    if (isServer) LazyPart.all.add(this as LazyPart<unknown>);
  }

  load(): Promise<M | undefined> {
    this.loading ??= this.importer().then(
      (module) => (this.module = module),
      (error: unknown) => {
        this.failure = error ?? new Error('failed to load');
        return undefined;
      },
    );
    return this.loading;
  }
}

/**
 * Loads every part of every element imported so far, so that a server render, which cannot wait
 * for one, finds each there at once (@hz-viz/ssr, before it renders). Rejects if one fails.
 */
export async function loadEveryPart(): Promise<void> {
  await Promise.all([...LazyPart.all].map((part) => part.load()));
  const failed = [...LazyPart.all].find((part) => part.failure);
  if (failed) throw failed.failure instanceof Error ? failed.failure : new Error(String(failed.failure));
}
