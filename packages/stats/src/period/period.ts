import { type IsoDate, isIsoDate } from '@caibian/core';

/** The kinds of period a ranking is published for. */
export type PeriodKind = 'month' | 'quarter' | 'year' | 'range' | 'running';

/** A span of dates a ranking covers, both ends included, with a Chinese label. */
export interface Period {
  readonly kind: PeriodKind;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** As a notice prints it: 2024年3月, 2024年第一季度, 2024年, 2024年1—3月累计. */
  readonly label: string;
}

const QUARTER_NAMES = ['一', '二', '三', '四'] as const;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function date(year: number, month: number, day: number): IsoDate {
  return `${year}-${pad(month)}-${pad(day)}` as IsoDate;
}

/** The calendar month `month` (1–12) of `year`. */
export function monthPeriod(year: number, month: number): Period {
  return {
    kind: 'month',
    from: date(year, month, 1),
    to: date(year, month, lastDay(year, month)),
    label: `${year}年${month}月`,
  };
}

/** Quarter `quarter` (1–4) of `year`. */
export function quarterPeriod(year: number, quarter: number): Period {
  const first = (quarter - 1) * 3 + 1;
  return {
    kind: 'quarter',
    from: date(year, first, 1),
    to: date(year, first + 2, lastDay(year, first + 2)),
    label: `${year}年第${QUARTER_NAMES[quarter - 1] ?? quarter}季度`,
  };
}

/** The whole of `year`. */
export function yearPeriod(year: number): Period {
  return { kind: 'year', from: date(year, 1, 1), to: date(year, 12, 31), label: `${year}年` };
}

/** The running total (累计) of `year` from January to the end of `month`. */
export function runningPeriod(year: number, month: number): Period {
  return {
    kind: 'running',
    from: date(year, 1, 1),
    to: date(year, month, lastDay(year, month)),
    label: month === 1 ? `${year}年1月累计` : `${year}年1—${month}月累计`,
  };
}

/** Any range of dates, both ends included. */
export function rangePeriod(from: IsoDate, to: IsoDate): Period {
  return { kind: 'range', from, to, label: `${from} 至 ${to}` };
}

/** The twelve months of `year`, in order. */
export function monthsOf(year: number): Period[] {
  return Array.from({ length: 12 }, (_, i) => monthPeriod(year, i + 1));
}

/**
 * Reads a period as the command line writes it: `2024`, `2024-Q1`, `2024-03`. Returns `null` for anything else.
 *
 * @example
 * parsePeriod('2024-Q1'); // { kind: 'quarter', from: '2024-01-01', to: '2024-03-31', label: '2024年第一季度' }
 */
export function parsePeriod(text: string): Period | null {
  const trimmed = text.trim();
  let m = /^(\d{4})$/.exec(trimmed);
  if (m) return yearPeriod(Number(m[1]));
  m = /^(\d{4})-?[Qq]([1-4])$/.exec(trimmed);
  if (m) return quarterPeriod(Number(m[1]), Number(m[2]));
  m = /^(\d{4})-(\d{1,2})$/.exec(trimmed);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? monthPeriod(Number(m[1]), month) : null;
  }
  return null;
}

/**
 * The period before `period` of the same kind: the previous month, quarter or year; for a running total,
 * the running total one month shorter (none before January); for a range, the range of equal length just before.
 */
export function previousPeriod(period: Period): Period | null {
  const year = Number(period.from.slice(0, 4));
  const month = Number(period.from.slice(5, 7));
  switch (period.kind) {
    case 'month':
      return month === 1 ? monthPeriod(year - 1, 12) : monthPeriod(year, month - 1);
    case 'quarter': {
      const quarter = Math.floor((month - 1) / 3) + 1;
      return quarter === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, quarter - 1);
    }
    case 'year':
      return yearPeriod(year - 1);
    case 'running': {
      const endMonth = Number(period.to.slice(5, 7));
      return endMonth === 1 ? null : runningPeriod(year, endMonth - 1);
    }
    case 'range': {
      const days = dayNumber(period.to) - dayNumber(period.from) + 1;
      const to = fromDayNumber(dayNumber(period.from) - 1);
      return rangePeriod(fromDayNumber(dayNumber(to) - days + 1), to);
    }
  }
}

/** Days since 1970-01-01 of an ISO date. */
export function dayNumber(value: IsoDate): number {
  return Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10))) / 86_400_000;
}

/** The ISO date `days` days after 1970-01-01. */
export function fromDayNumber(days: number): IsoDate {
  const d = new Date(days * 86_400_000);
  const iso = date(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  if (!isIsoDate(iso)) throw new Error(`not a date: ${iso}`);
  return iso;
}
