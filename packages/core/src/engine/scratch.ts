/**
 * Spare work arrays for the engine's one-off passes (a rule per row while binding, a hash table while
 * indexing): borrowed and given back within one call, so that indexing a fresh record set allocates only what
 * it keeps. Holds at most five arrays, of the largest sizes asked so far.
 */
const spares: Int32Array[] = [];

/** An `Int32Array` of length `n` (contents undefined): a view of a spare when one is large enough. */
export function borrowInt32(n: number): Int32Array {
  let best = -1;
  for (let k = 0; k < spares.length; k++) {
    const length = spares[k]?.length ?? 0;
    if (length >= n && (best < 0 || length < (spares[best]?.length ?? 0))) best = k;
  }
  if (best < 0) return new Int32Array(n);
  const spare = spares.splice(best, 1)[0] as Int32Array;
  return spare.length === n ? spare : spare.subarray(0, n);
}

/** Gives a borrowed array back (its whole buffer); the caller must not use it afterwards. */
export function giveBack(array: Int32Array): void {
  const whole =
    array.byteOffset === 0 && array.byteLength === array.buffer.byteLength ? array : new Int32Array(array.buffer);
  spares.push(whole);
  spares.sort((a, b) => b.length - a.length);
  spares.length = Math.min(spares.length, 5);
}
