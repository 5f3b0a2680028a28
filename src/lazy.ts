/**
 * A module loaded on its first use and shared by every element of the page (in the browser
 * bundle, a chunk). The returned function runs `use` at once when the module is already there,
 * else once it is loaded, in the order of the calls; it returns what `use` returns (or a
 * promise of it).
 */
export function lazy<T>(load: () => Promise<T>) {
  let module: T | undefined;
  let loading: Promise<T> | undefined;
  return <R>(use: (m: T) => R): R | Promise<R> =>
    module ? use(module) : (loading ??= load().then((m) => (module = m))).then(use);
}
