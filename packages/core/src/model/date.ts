import type { Brand } from './ids.ts';

/** A calendar date as `YYYY-MM-DD`; such strings sort in time order. */
export type IsoDate = Brand<string, 'IsoDate'>;
/** A local date and time as `YYYY-MM-DDTHH:mm` (the office's own clock, no time zone). */
export type IsoDateTime = Brand<string, 'IsoDateTime'>;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOOSE = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [
    31,
    year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return day <= (days[month - 1] ?? 0);
}

function format(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO.exec(value);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Reads a date as offices write it: 2024-03-05, 2024/3/5, 2024.3.5 or 2024年3月5日. Returns `null` when the
 * text is not a real date (2024-02-30 is not).
 *
 * @example
 * parseDate('2024年3月5日'); // '2024-03-05'
 */
export function parseDate(text: string): IsoDate | null {
  const m = LOOSE.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? format(year, month, day) : null;
}

/** Reads `YYYY-MM-DDTHH:mm` (seconds ignored) or `YYYY-MM-DD HH:mm`; `null` when it is not one. */
export function parseDateTime(text: string): IsoDateTime | null {
  const m = DATE_TIME.exec(text.trim());
  if (!m || !isIsoDate(m[1]) || Number(m[2]) > 23 || Number(m[3]) > 59) return null;
  return `${m[1]}T${m[2]}:${m[3]}` as IsoDateTime;
}

/** The calendar date of a date-time. */
export function dateOf(value: IsoDateTime): IsoDate {
  return value.slice(0, 10) as IsoDate;
}

/** Minutes from `from` to `to` (negative when `to` is earlier), counting calendar days exactly. */
export function minutesBetween(from: IsoDateTime, to: IsoDateTime): number {
  return toMinutes(to) - toMinutes(from);
}

function toMinutes(value: IsoDateTime): number {
  const [y, mo, d, h, mi] = [0, 5, 8, 11, 14].map((at, i) => Number(value.slice(at, at + (i === 0 ? 4 : 2))));
  const days = Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1) / 86_400_000;
  return days * 1440 + (h ?? 0) * 60 + (mi ?? 0);
}

/** A closed range of dates; a missing end is open. */
export interface DateRange {
  readonly from?: IsoDate | undefined;
  readonly to?: IsoDate | undefined;
}

/** True when `date` falls in `range` (both ends included). */
export function inRange(date: IsoDate, range: DateRange): boolean {
  return (range.from === undefined || date >= range.from) && (range.to === undefined || date <= range.to);
}
