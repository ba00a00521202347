/**
 * Row indexes sorted by date (stable), with where each day starts, to visit only a period's rows.
 * Days are keyed `year × 372 + month × 31 + day`, so a 4-digit year keeps the table under 3.8 million days.
 */
export interface ByDate {
  readonly order: Int32Array;
  /** The first day key of the table. */
  readonly first: number;
  /** `dayStart[k]` is the position in `order` of the first row on day key `first + k`. */
  readonly dayStart: Int32Array;
}

/** The day key of a YYYYMMDD date (see {@link ByDate}). */
export function dayKey(date: number): number {
  const year = (date / 10_000) | 0;
  const month = ((date / 100) | 0) % 100;
  return year * 372 + month * 31 + (date % 100);
}

/** Sorts row indexes by their YYYYMMDD date in O(n + days) (a stable counting sort). */
export function sortByDate(dates: Int32Array): ByDate {
  return sortRowsByDate(dates, null);
}

/**
 * Sorts `rows` (row indexes into `dates`, ascending; `null` for every row) by date, stably, in O(n + days).
 * Scoring keeps only the rows that can pay, so that a period's loop reads short, sequential arrays.
 */
export function sortRowsByDate(dates: Int32Array, rows: Int32Array | null): ByDate {
  const n = rows === null ? dates.length : rows.length;
  const order = new Int32Array(n);
  if (n === 0) return { order, first: 0, dayStart: new Int32Array(1) };
  const rowAt = (k: number) => (rows === null ? k : (rows[k] ?? 0));
  let min = 2_147_483_647;
  let max = -2_147_483_648;
  for (let k = 0; k < n; k++) {
    const key = dayKey(dates[rowAt(k)] ?? 0);
    if (key < min) min = key;
    if (key > max) max = key;
  }
  const range = max - min + 1;
  const dayStart = new Int32Array(range + 1);
  for (let k = 0; k < n; k++) {
    const key = dayKey(dates[rowAt(k)] ?? 0) - min + 1;
    dayStart[key] = (dayStart[key] ?? 0) + 1;
  }
  for (let d = 0; d < range; d++) dayStart[d + 1] = (dayStart[d + 1] ?? 0) + (dayStart[d] ?? 0);
  const fill = dayStart.slice(0, range);
  for (let k = 0; k < n; k++) {
    const row = rowAt(k);
    const key = dayKey(dates[row] ?? 0) - min;
    const at = fill[key] ?? 0;
    order[at] = row;
    fill[key] = at + 1;
  }
  return { order, first: min, dayStart };
}

/** `values[order[k]]` for each k, written into `out`: a table's column in date order. */
export function inDateOrder(values: Int32Array, order: Int32Array, out: Int32Array): Int32Array {
  for (let k = 0; k < order.length; k++) out[k] = values[order[k] ?? 0] ?? 0;
  return out;
}

/** The positions [start, end) of `byDate.order` whose dates fall in [from, to] (YYYYMMDD numbers). */
export function rangeOf(byDate: ByDate, from: number, to: number): { start: number; end: number } {
  const last = byDate.dayStart.length - 1;
  const at = (key: number) => byDate.dayStart[Math.max(0, Math.min(last, key - byDate.first))] ?? 0;
  return { start: at(dayKey(from)), end: at(dayKey(to) + 1) };
}

/** The {@link ByDate} of `order`, rows already in date order (`dates` by row): only the day starts are found. */
export function byDateOfSorted(dates: Int32Array, order: Int32Array): ByDate {
  const n = order.length;
  if (n === 0) return { order, first: 0, dayStart: new Int32Array(1) };
  const first = dayKey(dates[order[0] ?? 0] ?? 0);
  const range = dayKey(dates[order[n - 1] ?? 0] ?? 0) - first + 1;
  const dayStart = new Int32Array(range + 1);
  let k = 0;
  for (let d = 0; d <= range; d++) {
    while (k < n && dayKey(dates[order[k] ?? 0] ?? 0) - first < d) k++;
    dayStart[d] = k;
  }
  return { order, first, dayStart };
}

/** Rows chosen for a date order, counted per day while they are chosen: {@link sortCounted} then needs one pass. */
export interface DayCounts {
  /** The first day key of the table; `counts[key - first + 1]` counts the rows kept on day `key`. */
  readonly first: number;
  readonly counts: Int32Array;
  kept: number;
}

/** Empty counts for a table whose dates span the day keys [firstDay, lastDay]. */
export function dayCounts(firstDay: number, lastDay: number): DayCounts {
  return { first: firstDay, counts: new Int32Array(Math.max(0, lastDay - firstDay + 1) + 1), kept: 0 };
}

/** Counts one kept row dated `date` (YYYYMMDD, within the table's days). */
export function countDay(c: DayCounts, date: number): void {
  const key = dayKey(date) - c.first + 1;
  c.counts[key] = (c.counts[key] ?? 0) + 1;
  c.kept++;
}

/**
 * The rows `i` with `keep[i] >= 0`, counted in `c`, sorted by date (stably) in one pass over the table; the order
 * is written into `into` when given (a borrowed work array).
 */
export function sortCounted(dates: Int32Array, keep: Int32Array, c: DayCounts, into?: Int32Array): ByDate {
  const n = c.kept;
  const order = into === undefined ? new Int32Array(n) : into.subarray(0, n);
  if (n === 0) return { order, first: 0, dayStart: new Int32Array(1) };
  const dayStart = c.counts;
  const range = dayStart.length - 1;
  for (let d = 0; d < range; d++) dayStart[d + 1] = (dayStart[d + 1] ?? 0) + (dayStart[d] ?? 0);
  // Each day's next free place, kept in the slot of the day after (shifted back below), so no copy is needed.
  for (let i = 0; i < keep.length; i++) {
    if ((keep[i] ?? -1) < 0) continue;
    const key = dayKey(dates[i] ?? 0) - c.first;
    const at = dayStart[key] ?? 0;
    order[at] = i;
    dayStart[key] = at + 1;
  }
  for (let d = range; d > 0; d--) dayStart[d] = dayStart[d - 1] ?? 0;
  dayStart[0] = 0;
  return { order, first: c.first, dayStart };
}
