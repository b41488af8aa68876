// Dates as news pages write them, read with exactly the precision the words give: never a time
// that was not written, never a day when only a month was.
import type { DateValue } from '../types';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function clockTime(hours: number, minutes: number, meridiem: string | undefined): [number, number] | null {
  let h = hours;
  const m = meridiem?.toLowerCase().replace(/\./g, '');
  if (m === 'pm' && h < 12) h += 12;
  if (m === 'am' && h === 12) h = 0;
  if (h > 23 || minutes > 59) return null;
  return [h, minutes];
}

function build(text: string, year: number, month: number, day: number | null, time: [number, number] | null): DateValue | null {
  if (year < 1900 || year > 2200) return null;
  if (day === null) return { iso: `${year}-${pad(month)}`, precision: 'month', text };
  if (!validDay(year, month, day)) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!time) return { iso: date, precision: 'day', text };
  return { iso: `${date}T${pad(time[0])}:${pad(time[1])}`, precision: 'minute', text };
}

const TIME = String.raw`(?:,?\s*(?:at\s+)?(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?)?`;
const MONTH_NAME = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?,?\s+)?`;

// "Mar 16, 2024, 10:17 AM", "Saturday, March 16, 2024"
const MONTH_FIRST = new RegExp(String.raw`^${WEEKDAY}${MONTH_NAME}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}\s*$`, 'i');
// "16 March 2024 10:17"
const DAY_FIRST = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH_NAME},?\s+(\d{4})${TIME}\s*$`, 'i');
// "March 2024"
const MONTH_YEAR = new RegExp(String.raw`^${MONTH_NAME}\s+(\d{4})\s*$`, 'i');
// "2024-03-16", "2024-03-16T10:17:00Z", "2024-03-16 10:17"
const ISO = /^(\d{4})-(\d{2})(?:-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?$/;

/** Reads a date written on a line of its own (or a header value); null when it is not one. */
export function parseDate(raw: string): DateValue | null {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (text.length < 4 || text.length > 60) return null;
  let m = ISO.exec(text);
  if (m) {
    const [, y, mo, d, hh, mm, zone] = m;
    const value = build(text, +y, +mo, d ? +d : null, hh ? [+hh, +mm] : null);
    if (value && zone && value.precision === 'minute') value.iso += zone === 'Z' ? 'Z' : zone;
    return value;
  }
  m = MONTH_FIRST.exec(text);
  if (m) {
    const [, mon, d, y, hh, mm, mer] = m;
    const time = hh ? clockTime(+hh, +mm, mer) : null;
    if (hh && !time) return null;
    return build(text, +y, MONTHS[mon.toLowerCase()], +d, time);
  }
  m = DAY_FIRST.exec(text);
  if (m) {
    const [, d, mon, y, hh, mm, mer] = m;
    const time = hh ? clockTime(+hh, +mm, mer) : null;
    if (hh && !time) return null;
    return build(text, +y, MONTHS[mon.toLowerCase()], +d, time);
  }
  m = MONTH_YEAR.exec(text);
  if (m) return build(text, +m[2], MONTHS[m[1].toLowerCase()], null, null);
  return null;
}
