// Dates as news pages, feeds and people's files write them, read with exactly the precision the words
// give: never a time that was not written, never a day when only a month was, never a month when the
// order of day and month cannot be told. Written by hand rather than with a date library: see
// docs/DESIGN.md ("Dates").
//
// Forms read (a whole line or header value each; see tests/unit/text-parse-date.test.ts):
// - ISO 8601: "2024-03-16", "2024-03-16T10:17:00Z", "2024-03-16 10:17"
// - RFC 2822, the form of RSS feeds and e-mail: "Sat, 16 Mar 2024 10:17:00 GMT", "… +0100", "… EST", and
//   RFC 822's two-digit year when a time follows: "16 Mar 24 10:17 EST" (2024)
// - month names in English, French, German, Spanish, Italian, Portuguese and Dutch, day first or
//   (English) month first, with a weekday, "at"/"à"/"um" and a time zone: "March 16, 2024 at 10:17 GMT",
//   "samedi 16 mars 2024 à 10h17", "16. März 2024", "16 de marzo de 2024", "March 2024", "mars 2024"
// - numbers: "16/03/2024", "16.03.2024", "2024/03/16"; for "03/04/2024", see `numericOrder`
// - Chinese, Japanese and Korean: "2024年3月16日", "2024年3月16日 10時17分", "2024년 3월 16일"
import type { DateValue } from '../types';

const MONTH_WORDS: Array<[number, string]> = [
  [1, 'jan january janv janvier januar janner enero ene gennaio gen janeiro januari'],
  [2, 'feb february fev fevr fevrier februar febrero febbraio fevereiro februari'],
  [3, 'mar march mars marz maerz marzo marco maart mrt'],
  [4, 'apr april avr avril abril abr aprile'],
  [5, 'may mai mayo maggio mag maio mei'],
  [6, 'jun june juin juni junio giugno giu junho'],
  [7, 'jul july juil juillet juli julio luglio lug julho'],
  [8, 'aug august aout agosto ago augustus'],
  [9, 'sep sept september septembre septiembre setiembre settembre set setembro'],
  [10, 'oct october octobre oktober okt octubre ottobre ott outubro out'],
  [11, 'nov november novembre noviembre novembro'],
  [12, 'dec december decembre dezember dez diciembre dic dicembre dezembro'],
];
/** Month names and abbreviations, folded (lower case, no accents), to their number. A Map: never a prototype's key. */
const MONTHS = new Map<string, number>(
  MONTH_WORDS.flatMap(([n, words]) => words.split(' ').map((w): [string, number] => [w, n])),
);

const WEEKDAYS = new Set(
  `mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday
  lundi mardi mercredi jeudi vendredi samedi dimanche lun mer jeu ven sam dim
  montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so
  lunes martes miercoles jueves viernes sabado domingo
  lunedi martedi mercoledi giovedi venerdi sabato domenica
  segunda terca quarta quinta sexta segunda-feira terca-feira quarta-feira quinta-feira sexta-feira
  maandag dinsdag woensdag donderdag vrijdag zaterdag zondag`.split(/\s+/),
);

/** RFC 2822's zone names, and the universal ones, as offsets. Other abbreviations ("CET", "IST": ambiguous) are read and dropped. */
const ZONES = new Map<string, string>([
  ['gmt', 'Z'],
  ['utc', 'Z'],
  ['ut', 'Z'],
  ['z', 'Z'],
  ['est', '-05:00'],
  ['edt', '-04:00'],
  ['cst', '-06:00'],
  ['cdt', '-05:00'],
  ['mst', '-07:00'],
  ['mdt', '-06:00'],
  ['pst', '-08:00'],
  ['pdt', '-07:00'],
]);

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function clockTime(hours: number, minutes: number, meridiem: string | undefined): [number, number] | null {
  let h = hours;
  const m = meridiem?.toLowerCase().replace(/\./g, '');
  if (m && (h < 1 || h > 12)) return null;
  if (m === 'pm' && h < 12) h += 12;
  if (m === 'am' && h === 12) h = 0;
  if (h > 23 || minutes > 59) return null;
  return [h, minutes];
}

/** "+0100", "+01:00", "GMT", "EST" as an ISO offset; null for a zone that is not known (then dropped). */
function zoneOffset(zone: string | undefined): string | null {
  if (!zone) return null;
  const named = ZONES.get(zone.toLowerCase());
  if (named) return named;
  const m = /^(?:gmt|utc)?([+-])(\d{1,2}):?(\d{2})?$/i.exec(zone);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 14 || minutes > 59) return null;
  return hours === 0 && minutes === 0 ? 'Z' : `${m[1]}${pad(hours)}:${pad(minutes)}`;
}

function build(
  text: string,
  year: number,
  month: number,
  day: number | null,
  time: [number, number] | null,
  zone: string | null = null,
): DateValue | null {
  if (!Number.isInteger(month) || year < 1900 || year > 2200) return null;
  if (day === null)
    return month >= 1 && month <= 12 ? { iso: `${year}-${pad(month)}`, precision: 'month', text } : null;
  if (!validDay(year, month, day)) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!time) return { iso: date, precision: 'day', text };
  return { iso: `${date}T${pad(time[0])}:${pad(time[1])}${zone ?? ''}`, precision: 'minute', text };
}

// The pieces, on the folded text (lower case, accents dropped, full-width digits made ASCII).
const WORD = String.raw`([a-z]+(?:-feira)?)`;
const WEEKDAY = String.raw`(?:([a-z]+(?:-feira)?)\.?,?\s+)?`;
const ORDINAL = String.raw`(?:st|nd|rd|th|er|eme|o|º|°)?\.?`;
// ", 10:17", " at 10:17 a.m.", " à 10h17", " um 10:17 Uhr", " 10:17:00 GMT", " - 10:17 +0100"
const TIME = String.raw`(?:,?\s*(?:at|a|as|a las|um|alle|ore|om|-|\u2013)?\s*(\d{1,2})[:h](\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?:uhr|h)?\s*([ap]\.?m\.?)?(?:\s*\(?((?:gmt|utc)?[+-]\d{1,2}(?::?\d{2})?|[a-z]{1,5})\)?)?)?`;

// "16 March 2024", "Sat, 16 Mar 2024 10:17:00 GMT", "samedi 16 mars 2024 à 10h17", "16. März 2024", "16 de marzo de 2024"
const DAY_FIRST = new RegExp(
  String.raw`^${WEEKDAY}(\d{1,2})${ORDINAL}\s+(?:de\s+)?${WORD}\.?,?\s+(?:de\s+)?(\d{4}|\d{2}(?=\s+\d))${TIME}$`,
);
// "Mar 16, 2024, 10:17 AM", "Saturday, March 16, 2024 at 10:17 GMT"
const MONTH_FIRST = new RegExp(String.raw`^${WEEKDAY}${WORD}\.?\s+(\d{1,2})${ORDINAL},?\s+(\d{4})${TIME}$`);
// "March 2024", "mars 2024", "marzo de 2024"
const MONTH_YEAR = new RegExp(String.raw`^${WORD}\.?\s+(?:de\s+)?(\d{4})$`);
// "16/03/2024", "16.03.2024", "16-03-2024", with a time
const NUMERIC = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})([/.-])(\d{1,2})\3(\d{4})${TIME}$`);
// "2024/03/16", "2024.03.16"
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
// "2024年3月16日", "2024年3月16日(土) 10時17分", "2024년 3월 16일", "2024年3月"
const CJK =
  /^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월](?:\s*(\d{1,2})\s*[日일])?(?:\s*[(（]\S{1,3}[)）])?(?:\s*(?:午前|午後|上午|下午|오전|오후)?\s*(\d{1,2})\s*[時时:：시]\s*(\d{2})\s*[分분]?)?$/;
// "2024-03-16", "2024-03-16T10:17:00Z", "2024-03-16 10:17"
const ISO = /^(\d{4})-(\d{2})(?:-(\d{2})(?:[t\s](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(z|[+-]\d{2}:?\d{2})?)?)?$/;

/**
 * The order of a date written in numbers whose first two parts could each be the day ("03/04/2024"):
 * day first, as most of the world writes it, except in United States English (and the Philippines),
 * which writes the month first. A bare "en" or no language at all does not say which: such a date is
 * not read (null), rather than read as the wrong month. With dots ("03.04.2024") it is day first in
 * every language. When one part is over 12 the date says its order itself.
 */
export function numericOrder(language: string | null | undefined): 'day-first' | 'month-first' | null {
  const tag = (language ?? '').toLowerCase().replace(/_/g, '-');
  if (tag === '' || tag === 'und' || tag === 'en') return null;
  if (tag === 'en-us' || tag === 'en-ph' || tag.startsWith('en-us-')) return 'month-first';
  return 'day-first';
}

/** The time, zone included, of a TIME match; undefined when the time is written but impossible. */
function timeOf(
  hh: string | undefined,
  mm: string | undefined,
  meridiem: string | undefined,
  zone: string | undefined,
): { time: [number, number] | null; zone: string | null } | undefined {
  if (!hh) return { time: null, zone: null };
  const time = clockTime(+hh, +mm!, meridiem);
  if (!time) return undefined;
  return { time, zone: zoneOffset(zone) };
}

/** Lower case, full-width digits made ASCII, and Latin letters without their accents ("März" → "marz"). */
function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\p{Script=Latin}\p{M}]+/gu, (word) => word.normalize('NFD').replace(/\p{M}/gu, ''))
    .toLowerCase();
}

/**
 * The ISO 8601 form of a date as `parseDate` reads it ("2024-03-16T10:17+03:30"), or null; for fields,
 * such as a feed's, that hold a date and nothing else.
 */
export function isoDate(raw: unknown): string | null {
  return typeof raw === 'string' ? (parseDate(raw)?.iso ?? null) : null;
}

/**
 * Reads a date written on a line of its own (or a header value); null when it is not one, or when it
 * cannot be told which date it is. `language` (the text's BCP 47 tag) orders an ambiguous numeric
 * date: see `numericOrder`.
 */
export function parseDate(raw: string, language?: string | null): DateValue | null {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (text.length < 4 || text.length > 60) return null;
  const f = fold(text);
  let m = ISO.exec(f);
  if (m) {
    const [, y, mo, d, hh, mm, zone] = m;
    const value = build(text, +y, +mo, d ? +d : null, hh ? [+hh, +mm] : null);
    if (value && zone && value.precision === 'minute') value.iso += zone === 'z' ? 'Z' : zone;
    return value;
  }
  m = DAY_FIRST.exec(f);
  if (m) {
    const [, weekday, d, mon, y, hh, mm, mer, zone] = m;
    if (weekday && !WEEKDAYS.has(weekday)) return null;
    const t = timeOf(hh, mm, mer, zone);
    if (!t || !MONTHS.has(mon) || (y.length === 2 && !t.time)) return null;
    // RFC 822 wrote the year in two digits: this century's.
    return build(text, y.length === 2 ? 2000 + +y : +y, MONTHS.get(mon)!, +d, t.time, t.zone);
  }
  m = MONTH_FIRST.exec(f);
  if (m) {
    const [, weekday, mon, d, y, hh, mm, mer, zone] = m;
    if (weekday && !WEEKDAYS.has(weekday)) return null;
    const t = timeOf(hh, mm, mer, zone);
    if (!t || !MONTHS.has(mon)) return null;
    return build(text, +y, MONTHS.get(mon)!, +d, t.time, t.zone);
  }
  m = MONTH_YEAR.exec(f);
  if (m) return MONTHS.has(m[1]) ? build(text, +m[2], MONTHS.get(m[1])!, null, null) : null;
  m = NUMERIC.exec(f);
  if (m) {
    const [, weekday, a, separator, b, y, hh, mm, mer, zone] = m;
    if (weekday && !WEEKDAYS.has(weekday)) return null;
    const t = timeOf(hh, mm, mer, zone);
    if (!t) return null;
    const first = +a;
    const second = +b;
    let order: 'day-first' | 'month-first' | null;
    if (first > 12) order = 'day-first';
    else if (second > 12) order = 'month-first';
    else if (first === second) order = 'day-first';
    else order = separator === '.' ? 'day-first' : numericOrder(language);
    if (order === null) return null;
    return order === 'day-first'
      ? build(text, +y, second, first, t.time, t.zone)
      : build(text, +y, first, second, t.time, t.zone);
  }
  m = YEAR_FIRST.exec(f);
  if (m) {
    const [, y, , mo, d, hh, mm, mer, zone] = m;
    const t = timeOf(hh, mm, mer, zone);
    return t ? build(text, +y, +mo, +d, t.time, t.zone) : null;
  }
  m = CJK.exec(f);
  if (m) {
    const [, y, mo, d, hh, mm] = m;
    const afternoon = /午後|下午|오후/.test(f);
    const time = hh
      ? clockTime(+hh, +mm, /午前|午後|上午|下午|오전|오후/.test(f) ? (afternoon ? 'pm' : 'am') : undefined)
      : null;
    if (hh && !time) return null;
    return build(text, +y, +mo, d ? +d : null, time);
  }
  return null;
}
