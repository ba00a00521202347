import { type IsoDate, type IsoDateTime, minutesBetween } from '../model/date.ts';

/**
 * The date-time `minutes` after `at` (before it when negative), across midnights, month ends and leap days.
 *
 * @example
 * addMinutes('2024-02-28T23:50' as IsoDateTime, 30); // '2024-02-29T00:20'
 */
export function addMinutes(at: IsoDateTime, minutes: number): IsoDateTime {
  const [y, mo, d, h, mi] = [0, 5, 8, 11, 14].map((from, i) => Number(at.slice(from, from + (i === 0 ? 4 : 2))));
  const moved = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written.
  moved.setUTCFullYear(y ?? 0, (mo ?? 1) - 1, d ?? 1);
  moved.setUTCHours(h ?? 0, (mi ?? 0) + minutes);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(moved.getUTCFullYear(), 4)}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}T${pad(
    moved.getUTCHours(),
  )}:${pad(moved.getUTCMinutes())}` as IsoDateTime;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round(minutesBetween(startOfDay(from), startOfDay(to)) / 1440);
}

/** Midnight at the start of `date`. */
export function startOfDay(date: IsoDate): IsoDateTime {
  return `${date}T00:00` as IsoDateTime;
}

/** The last minute of `date` (23:59): a deadline given as a date runs to the end of that day. */
export function endOfDay(date: IsoDate): IsoDateTime {
  return `${date}T23:59` as IsoDateTime;
}
