import type { IsoDate, IsoDateTime } from '@caibian/core';
import { useEffect, useState } from 'react';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The local calendar date of `date` as `YYYY-MM-DD` (the office's own clock, not UTC).
 *
 * @example
 * isoDateOf(new Date(2024, 2, 5, 23, 30)); // '2024-03-05'
 */
export function isoDateOf(date: Date): IsoDate {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` as IsoDate;
}

/**
 * The local date and time of `date` to the minute, as `YYYY-MM-DDTHH:mm` (core's {@link IsoDateTime}).
 *
 * @example
 * isoDateTimeOf(new Date(2024, 2, 5, 9, 7)); // '2024-03-05T09:07'
 */
export function isoDateTimeOf(date: Date): IsoDateTime {
  return `${isoDateOf(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}` as IsoDateTime;
}

/**
 * The current time, re-rendering every `everyMs` milliseconds (default 1 s): the clock that pages pass to
 * core's pure functions.
 */
export function useNow(everyMs = 1000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}
