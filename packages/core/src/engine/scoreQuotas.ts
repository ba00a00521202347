import { type Accumulator, creditUnit, rowRef } from './accumulator.ts';
import { type Binding, creditedAt, governedAt } from './bindScheme.ts';
import { rangeOf } from './byDate.ts';
import { has, NONE } from './codes.ts';
import type { QuotaClause } from './compileScheme.ts';
import { DEFAULT_GROUP } from './types.ts';

const WINDOWS = 1 << 16;

/** The calendar window of a YYYYMMDD date. */
function windowOf(quota: QuotaClause, date: number): number {
  const year = Math.floor(date / 10_000);
  const month = Math.floor(date / 100) % 100;
  switch (quota.window) {
    case 'period':
      return 0;
    case 'year':
      return year;
    case 'quarter':
      return year * 4 + Math.floor((month - 1) / 3);
    case 'month':
      return year * 12 + month - 1;
  }
}

/**
 * Base points from quotas: per unit and window, distinct items with a matching route dated in the window; the
 * highest tier met pays, capped per window and per calendar year. The ledger cites the route that met the quota.
 */
export function scoreQuotas(acc: Accumulator, b: Binding, from: number, to: number): void {
  for (const quota of b.compiled.quotas) scoreQuota(acc, b, quota, from, to);
}

function scoreQuota(acc: Accumulator, b: Binding, quota: QuotaClause, from: number, to: number): void {
  const { item: itemOf, date: dateOf, level, kind } = b.index.route;
  const { itemUnitStart, itemUnits, itemCategory } = b.index;
  const buckets = new Map<number, number[]>();
  const byDate = b.index.routesByDate;
  const range = rangeOf(byDate, from, to);
  for (let k = range.start; k < range.end; k++) {
    const i = byDate.order[k] ?? 0;
    const date = dateOf[i] ?? 0;
    const item = itemOf[i] ?? -1;
    if (item < 0 || !governedAt(b.routeGoverned, i)) continue;
    if (!has(quota.levels, level[i] ?? NONE) || !has(quota.kinds, kind[i] ?? NONE)) continue;
    if (!has(quota.categories, itemCategory[item] ?? NONE)) continue;
    const window = windowOf(quota, date);
    for (let s = itemUnitStart[item] ?? 0; s < (itemUnitStart[item + 1] ?? 0); s++) {
      if (!creditedAt(b, s)) continue;
      const key = (itemUnits[s] ?? 0) * WINDOWS + (window % WINDOWS);
      const list = buckets.get(key);
      if (list === undefined) buckets.set(key, [i]);
      else list.push(i);
    }
  }
  const units = b.index.records.units;
  const usedByYear = new Map<string, number>();
  const keys = [...buckets.keys()].sort((x, y) => x - y);
  for (const key of keys) {
    const unit = Math.floor(key / WINDOWS);
    const rows = (buckets.get(key) ?? []).sort((x, y) => (dateOf[x] ?? 0) - (dateOf[y] ?? 0) || x - y);
    const group = units[acc.rankedOf[unit] ?? unit]?.group ?? DEFAULT_GROUP;
    const tiers = quota.tiers(group);
    const distinct = new Set<number>();
    let paid = 0;
    let at = -1;
    for (const row of rows) {
      const before = distinct.size;
      distinct.add(itemOf[row] ?? 0);
      if (distinct.size === before) continue;
      for (const tier of tiers) {
        if (distinct.size >= tier.min && tier.points > paid) {
          paid = tier.points;
          at = row;
        }
      }
    }
    if (at < 0) continue;
    const year = Math.floor((dateOf[at] ?? 0) / 10_000);
    const yearKey = `${unit}:${year}`;
    const used = usedByYear.get(yearKey) ?? 0;
    const points = Math.max(0, Math.min(paid, quota.capPerWindow(group), quota.capPerYear(group) - used));
    usedByYear.set(yearKey, used + points);
    if (points === 0) continue;
    const note = `${distinct.size} 条信息达到定额`;
    creditUnit(acc, b, unit, points, rowRef(acc, 'route', at, b.index.records.routes), quota, note);
  }
}
