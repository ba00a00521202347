/**
 * The outcome of an operation whose failure is expected (bad input, a missing cell):
 * either a value, or every problem found. Bugs are thrown with {@link invariant} instead.
 *
 * @example
 * const r = parseSomething(input);
 * if (!r.ok) for (const p of r.problems) console.error(p.message);
 */
export type Result<T, P> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly P[] };

/** A successful {@link Result}. */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** A failed {@link Result} carrying at least one problem. */
export function fail<P>(problems: readonly P[]): { readonly ok: false; readonly problems: readonly P[] } {
  return { ok: false, problems };
}
