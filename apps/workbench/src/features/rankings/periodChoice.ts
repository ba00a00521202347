import type { IsoDate } from '@caibian/core';
import {
  monthPeriod,
  type Period,
  type PeriodKind,
  quarterPeriod,
  rangePeriod,
  runningPeriod,
  yearPeriod,
} from '@caibian/stats';

/** What the period picker holds: a kind and the numbers it needs. */
export interface PeriodChoice {
  readonly kind: PeriodKind;
  readonly year: number;
  /** 1–12: the month (月度) or the last month of a running total (累计). */
  readonly month: number;
  /** 1–4. */
  readonly quarter: number;
  /** Custom range (自定义), ISO dates. */
  readonly from: string;
  readonly to: string;
}

/** The kinds offered, in the order shown. */
export const PERIOD_KINDS: readonly { readonly value: PeriodKind; readonly label: string }[] = [
  { value: 'month', label: '月度' },
  { value: 'quarter', label: '季度' },
  { value: 'year', label: '年度' },
  { value: 'running', label: '累计' },
  { value: 'range', label: '自定义' },
];

/** The period a choice stands for (a custom range with its ends swapped is put in order). */
export function periodOf(choice: PeriodChoice): Period {
  switch (choice.kind) {
    case 'month':
      return monthPeriod(choice.year, choice.month);
    case 'quarter':
      return quarterPeriod(choice.year, choice.quarter);
    case 'year':
      return yearPeriod(choice.year);
    case 'running':
      return runningPeriod(choice.year, choice.month);
    case 'range': {
      const [from, to] = [choice.from, choice.to].sort() as [IsoDate, IsoDate];
      return rangePeriod(from, to);
    }
  }
}

/**
 * The month of the latest record (what a section chief opens in the morning), or the current month of
 * `today` when there is no record yet.
 */
export function defaultChoice(lastDate: string | null, today: string): PeriodChoice {
  const at = lastDate ?? today;
  const year = Number(at.slice(0, 4));
  const month = Number(at.slice(5, 7));
  return {
    kind: 'month',
    year,
    month,
    quarter: Math.floor((month - 1) / 3) + 1,
    from: `${at.slice(0, 7)}-01`,
    to: at.slice(0, 10),
  };
}

/** The years to offer: from the first record's to the last record's (at least `fallback`). */
export function yearsBetween(first: string | null, last: string | null, fallback: number): number[] {
  const a = first ? Number(first.slice(0, 4)) : fallback;
  const b = last ? Number(last.slice(0, 4)) : fallback;
  const years: number[] = [];
  for (let y = Math.max(a, b); y >= Math.min(a, b); y -= 1) years.push(y);
  return years;
}
