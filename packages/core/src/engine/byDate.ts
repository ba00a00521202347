/** Row indexes sorted by date (stable), with the sorted dates, to visit only a period's rows. */
export interface ByDate {
  readonly order: Int32Array;
  readonly dates: Int32Array;
}

const dayKey = (date: number) => {
  const year = Math.floor(date / 10_000);
  return year * 372 + (Math.floor(date / 100) % 100) * 31 + (date % 100);
};

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
  if (n === 0) return { order, dates: new Int32Array(0) };
  const range = max - min + 1;
  if (range > 4_000_000) {
    const rows = Array.from({ length: n }, (_, i) => i).sort((a, b) => (dates[a] ?? 0) - (dates[b] ?? 0) || a - b);
    order.set(rows);
  } else {
    const start = new Int32Array(range + 1);
    for (let i = 0; i < n; i++) {
      const k = dayKey(dates[i] ?? 0) - min + 1;
      start[k] = (start[k] ?? 0) + 1;
    }
    for (let k = 0; k < range; k++) start[k + 1] = (start[k + 1] ?? 0) + (start[k] ?? 0);
    for (let i = 0; i < n; i++) {
      const k = dayKey(dates[i] ?? 0) - min;
      const at = start[k] ?? 0;
      order[at] = i;
      start[k] = at + 1;
    }
  }
  const sorted = new Int32Array(n);
  for (let k = 0; k < n; k++) sorted[k] = dates[order[k] ?? 0] ?? 0;
  return { order, dates: sorted };
}

/** The positions [start, end) of `byDate` whose dates fall in [from, to]. */
export function rangeOf(byDate: ByDate, from: number, to: number): { start: number; end: number } {
  return { start: lowerBound(byDate.dates, from), end: lowerBound(byDate.dates, to + 1) };
}

function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
