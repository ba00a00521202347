/** Thrown when a condition the code relies on does not hold: always a bug, never bad input. */
export class InvariantError extends Error {
  override readonly name = 'InvariantError';
}

/**
 * Throws an {@link InvariantError} when `condition` is falsy. Use for broken assumptions only;
 * expected failures (bad input) are returned as a {@link Result}.
 */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new InvariantError(message);
}
