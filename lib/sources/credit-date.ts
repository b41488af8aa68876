// A publication date as an article states it ("Mar 16, 2024, 10:17 AM", "16 March 2024",
// "2024-03-16T10:17:00Z"), read into ISO 8601 exactly as precise as the words: no invented time or day.
import type { DatePrecision } from '../types';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

const ISO = /^\d{4}-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?$/;
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+/i;
const MONTH_DAY_YEAR = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(.*)$/;
const DAY_MONTH_YEAR = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})(.*)$/;
const MONTH_YEAR = /^([A-Za-z]{3,9})\.?\s+(\d{4})$/;
const TIME = /^[\s,–—-]*(?:at\s+)?(\d{1,2}):(\d{2})\s*([AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?\s*$/;

export interface ReadDate {
  iso: string;
  precision: DatePrecision;
}

const pad = (n: number) => String(n).padStart(2, '0');

function dayDate(year: number, month: number | undefined, day: number, rest: string): ReadDate | null {
  if (!month || day < 1 || day > 31) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!rest.trim()) return { iso: date, precision: 'day' };
  const time = TIME.exec(rest);
  if (!time) return { iso: date, precision: 'day' };
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const meridiem = time[3]?.[0]?.toLowerCase();
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return { iso: date, precision: 'day' };
  return { iso: `${date}T${pad(hour)}:${pad(minute)}`, precision: 'minute' };
}

/** The date the words state, or null when they state none. */
export function readDate(words: string): ReadDate | null {
  const text = words.trim().replace(WEEKDAY, '');
  if (text.length > 60) return null;
  if (ISO.test(text)) {
    const precision: DatePrecision = text.length === 7 ? 'month' : text.length === 10 ? 'day' : 'minute';
    return { iso: text, precision };
  }
  let m = MONTH_DAY_YEAR.exec(text);
  if (m) return dayDate(Number(m[3]), MONTHS[m[1]!.toLowerCase()], Number(m[2]), m[4]!);
  m = DAY_MONTH_YEAR.exec(text);
  if (m) return dayDate(Number(m[3]), MONTHS[m[2]!.toLowerCase()], Number(m[1]), m[4]!);
  m = MONTH_YEAR.exec(text);
  const month = m ? MONTHS[m[1]!.toLowerCase()] : undefined;
  if (m && month) return { iso: `${m[2]}-${pad(month)}`, precision: 'month' };
  return null;
}
