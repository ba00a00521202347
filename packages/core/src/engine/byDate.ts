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

const dayKey = (date: number) => Math.floor(date / 10_000) * 372 + (Math.floor(date / 100) % 100) * 31 + (date % 100);

/** Sorts row indexes by their YYYYMMDD date in O(n + days) (a stable counting sort). */
export function sortByDate(dates: Int32Array): ByDate {
  const n = dates.length;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const k = dayKey(dates[i] ?? 0);
    if (k < min) min = k;
    if (k > max) max = k;
  }
  const order = new Int32Array(n);
  if (n === 0) return { order, first: 0, dayStart: new Int32Array(1) };
  const range = max - min + 1;
  const dayStart = new Int32Array(range + 1);
  for (let i = 0; i < n; i++) {
    const k = dayKey(dates[i] ?? 0) - min + 1;
    dayStart[k] = (dayStart[k] ?? 0) + 1;
  }
  for (let k = 0; k < range; k++) dayStart[k + 1] = (dayStart[k + 1] ?? 0) + (dayStart[k] ?? 0);
  const fill = dayStart.slice(0, range);
  for (let i = 0; i < n; i++) {
    const k = dayKey(dates[i] ?? 0) - min;
    const at = fill[k] ?? 0;
    order[at] = i;
    fill[k] = at + 1;
  }
  return { order, first: min, dayStart };
}

/** The positions [start, end) of `byDate.order` whose dates fall in [from, to] (YYYYMMDD numbers). */
export function rangeOf(byDate: ByDate, from: number, to: number): { start: number; end: number } {
  const last = byDate.dayStart.length - 1;
  const at = (key: number) => byDate.dayStart[Math.max(0, Math.min(last, key - byDate.first))] ?? 0;
  return { start: at(dayKey(from)), end: at(dayKey(to) + 1) };
}
