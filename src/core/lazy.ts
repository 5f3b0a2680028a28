/**
 * A module loaded on its first use and shared by every caller (in the browser bundle, a
 * chunk). The returned function always returns a promise of the module. A load that fails is
 * forgotten, so that the next call tries again (a chunk that answered 503 once is not lost
 * for the whole page view).
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
