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
  module: M | undefined;
  /** Why the part could not be loaded (offline, a blocked chunk), once it failed. */
  failure: unknown;
  private loading: Promise<M | undefined> | undefined;

  constructor(private readonly importer: () => Promise<M>) {}

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
