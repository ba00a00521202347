import { type ItemId, itemId } from '@caibian/core';

/**
 * A fresh item id (编号) such as `20240305-7f3a9c`: the local date, then six hex characters from `random`.
 * The clock and the random source are parameters, so tests are deterministic.
 *
 * @example
 * newItemId(new Date('2024-03-05T09:00:00+08:00'), () => 0.5); // '20240305-800000'
 */
export function newItemId(now: Date, random: () => number = Math.random): ItemId {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  const tail = Math.floor(random() * 0x1000000)
    .toString(16)
    .padStart(6, '0');
  return itemId(`${day}-${tail}`);
}

/** Today's local date as `YYYY-MM-DD`. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
