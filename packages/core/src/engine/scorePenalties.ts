import { type Accumulator, creditUnit, rowRef } from './accumulator.ts';
import { type Binding, governedAt } from './bindScheme.ts';
import { has } from './codes.ts';

/** Penalty rows in the period governed by the scheme, by rule index. */
function rowsByRule(b: Binding, from: number, to: number): number[][] {
  const { kind, date, unit } = b.index.penalty;
  const rules = b.compiled.penalties;
  const out = rules.map((): number[] => []);
  for (let i = 0; i < date.length; i++) {
    const d = date[i] ?? 0;
    if (d < from || d > to || !governedAt(b.penaltyGoverned, i) || (unit[i] ?? -1) < 0) continue;
    rules.forEach((rule, r) => {
      if (has(rule.kinds, kind[i] ?? 0)) out[r]?.push(i);
    });
  }
  const dates = b.index.penalty.date;
  for (const rows of out) rows.sort((x, y) => (dates[x] ?? 0) - (dates[y] ?? 0) || x - y);
  return out;
}

/** Marks the items named by percentage penalties in the period, so that their per-unit points are tracked. */
export function preparePenalties(acc: Accumulator, b: Binding, from: number, to: number): number[][] {
  if (b.compiled.penalties.length === 0) return [];
  const rows = rowsByRule(b, from, to);
  b.compiled.penalties.forEach((rule, r) => {
    if (rule.type !== 'itemPercent') return;
    for (const i of rows[r] ?? []) {
      const item = b.index.penalty.item[i] ?? -1;
      if (item < 0) continue;
      acc.track ??= new Uint8Array(b.index.itemCount);
      acc.track[item] = 1;
    }
  });
  return rows;
}

/** Applies the scheme's penalties to the rows found by {@link preparePenalties}, after item points. */
export function scorePenalties(acc: Accumulator, b: Binding, rows: number[][]): void {
  const records = b.index.records.penalties;
  const { unit: unitOf, item: itemOf } = b.index.penalty;
  const unitCount = b.index.records.units.length;
  b.compiled.penalties.forEach((rule, r) => {
    const list = rows[r] ?? [];
    if (list.length === 0) return;
    const at = (i: number) => rowRef(acc, 'penalty', i, records);
    if (rule.type === 'fixed') {
      for (const i of list) {
        const unit = unitOf[i] ?? 0;
        if (rule.points !== 0) creditUnit(acc, b, unit, rule.points, at(i), rule);
        if (rule.disqualify) acc.disqualified[unit] = 1;
      }
    } else if (rule.type === 'every') {
      const seen = new Map<number, number>();
      for (const i of list) {
        const unit = unitOf[i] ?? 0;
        const n = (seen.get(unit) ?? 0) + 1;
        seen.set(unit, n);
        if (n % rule.every !== 0) continue;
        if (rule.points !== 0) creditUnit(acc, b, unit, rule.points, at(i), rule, `第 ${n} 次`);
        if (rule.disqualify) acc.disqualified[unit] = 1;
      }
    } else {
      const done = new Set<number>();
      for (const i of list) {
        const unit = unitOf[i] ?? 0;
        const item = itemOf[i] ?? -1;
        if (rule.disqualify) acc.disqualified[unit] = 1;
        if (item < 0) continue;
        const key = item * unitCount + unit;
        if (done.has(key)) continue;
        done.add(key);
        const amount = acc.tracked.get(key) ?? 0;
        if (amount === 0) continue;
        creditUnit(
          acc,
          b,
          unit,
          (-amount * rule.percent) / 100,
          at(i),
          rule,
          `该信息得分 ${round(amount)} 的 ${rule.percent}%`,
        );
      }
    }
  });
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
