// Dates shown exactly as precise as they were written: read from the ISO text itself, never through
// `Date`, so no time zone shifts a day and no time is invented for a date given only to the day.
import type { DateValue } from '../lib/types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-03-16T10:17" → "Mar 16, 2024, 10:17"; "2024-03" → "Mar 2024"; null → "date unknown". */
export function formatDate(value: string | DateValue | null | undefined): string {
  if (!value) return 'date unknown';
  const iso = typeof value === 'string' ? value : value.iso;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2}))?)?)?/.exec(iso);
  if (!m) return typeof value === 'string' ? value : value.text || value.iso;
  const [, year, month, day, hour, minute] = m;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year;
  if (!day) return `${monthName} ${year}`;
  const date = `${monthName} ${Number(day)}, ${year}`;
  return hour && minute ? `${date}, ${hour}:${minute}` : date;
}

/** "same day", "1 day apart", "12 days apart", or null when either date is unknown. */
export function formatDaysApart(days: number | null): string | null {
  if (days === null) return null;
  const n = Math.round(Math.abs(days));
  if (n === 0) return 'same day';
  return n === 1 ? '1 day apart' : `${n} days apart`;
}
