/**
 * Work under way (chunks loading, effects being applied) that a `settled` promise waits for.
 * A failure is not this promise's business: whoever started the work reports it.
 */
export class PendingWork {
  readonly #pending = new Set<Promise<unknown>>();

  /** Adds `work` (anything: only promises are waited for) and returns it. */
  track<T>(work: T): T {
    if (work instanceof Promise) {
      const settled: Promise<unknown> = work.then(
        () => this.#pending.delete(settled),
        () => this.#pending.delete(settled)
      );
      this.#pending.add(settled);
    }
    return work;
  }

  /** Resolves once no work is under way, including work added meanwhile; `true` when it had to wait. */
  async settled(): Promise<boolean> {
    let waited = false;
    for (; this.#pending.size; waited = true) await Promise.all(this.#pending);
    return waited;
  }
}

/**
 * Resolves once an element has rendered and none of its work is under way, including what
 * the end of that work starts (a render, more work): the elements' `settled`.
 */
export async function settle(host: {readonly updateComplete: Promise<unknown>}, work: PendingWork): Promise<void> {
  do await host.updateComplete;
  while (await work.settled());
}
