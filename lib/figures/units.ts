import { lookupTable } from '../text/lookup-table';
// The unit a figure is measured in: a currency sign before it ("$75 million" is USD), a percent
// after it ("40%", "40 percent"), a duration ("42 days", "a seven-month-long onslaught") or a measure.
// Units are named one way whatever the spelling: "percent", "USD", "days", "km".
import type { Token } from './tokens';

const CURRENCY_SIGNS: Readonly<Record<string, string>> = lookupTable({
  $: 'USD',
  '\u20ac': 'EUR',
  '\u00a3': 'GBP',
  '\u20aa': 'ILS',
  '\u00a5': 'JPY',
  '\u20b9': 'INR',
  '\ufdfc': 'IRR',
});

const CURRENCY_CODES: Readonly<Record<string, string>> = lookupTable({
  usd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
  ils: 'ILS',
  nis: 'ILS',
  irr: 'IRR',
  jpy: 'JPY',
  cny: 'CNY',
  rub: 'RUB',
  inr: 'INR',
  sar: 'SAR',
  egp: 'EGP',
  try: 'TRY',
  chf: 'CHF',
});

const CURRENCY_WORDS: Readonly<Record<string, string>> = lookupTable({
  dollars: 'USD',
  dollar: 'USD',
  euros: 'EUR',
  euro: 'EUR',
  shekels: 'ILS',
  shekel: 'ILS',
  rials: 'IRR',
  rial: 'IRR',
  yuan: 'CNY',
  rubles: 'RUB',
  roubles: 'RUB',
  yen: 'JPY',
  rupees: 'INR',
  riyals: 'SAR',
  ...CURRENCY_CODES,
});

/** Durations, singular and plural, to their plural name. */
const DURATIONS: Readonly<Record<string, string>> = lookupTable({
  second: 'seconds',
  seconds: 'seconds',
  minute: 'minutes',
  minutes: 'minutes',
  hour: 'hours',
  hours: 'hours',
  day: 'days',
  days: 'days',
  week: 'weeks',
  weeks: 'weeks',
  month: 'months',
  months: 'months',
  year: 'years',
  years: 'years',
  decade: 'decades',
  decades: 'decades',
  century: 'centuries',
  centuries: 'centuries',
});

/** Length of each duration unit in days, to compare "160 days" with "five months". */
export const DAYS_PER_UNIT: Readonly<Record<string, number>> = lookupTable({
  seconds: 1 / 86400,
  minutes: 1 / 1440,
  hours: 1 / 24,
  days: 1,
  weeks: 7,
  months: 30.44,
  years: 365.25,
  decades: 3652.5,
  centuries: 36525,
});

const MEASURES: Readonly<Record<string, string>> = lookupTable({
  km: 'km',
  kilometres: 'km',
  kilometers: 'km',
  kilometre: 'km',
  kilometer: 'km',
  miles: 'miles',
  mile: 'miles',
  feet: 'feet',
  foot: 'feet',
  metres: 'metres',
  meters: 'metres',
  metre: 'metres',
  meter: 'metres',
  tonnes: 'tonnes',
  tons: 'tonnes',
  tonne: 'tonnes',
  ton: 'tonnes',
  kg: 'kg',
  kilograms: 'kg',
  kilogram: 'kg',
  hectares: 'hectares',
  hectare: 'hectares',
  acres: 'acres',
  acre: 'acres',
  barrels: 'barrels',
  km2: 'sq km',
  megawatts: 'MW',
  mw: 'MW',
});

/** Area units after "square" or "sq": "40 square km", "12 sq miles", "300 square kilometres". */
const SQUARE_OF: Readonly<Record<string, string>> = lookupTable({
  km: 'sq km',
  kilometres: 'sq km',
  kilometers: 'sq km',
  kilometre: 'sq km',
  kilometer: 'sq km',
  miles: 'sq miles',
  mile: 'sq miles',
  mi: 'sq miles',
  metres: 'sq metres',
  meters: 'sq metres',
  metre: 'sq metres',
  meter: 'sq metres',
  m: 'sq metres',
  feet: 'sq feet',
  foot: 'sq feet',
  ft: 'sq feet',
});

/** An area after the number: "40 square km", "12 sq. miles" (the last token of the unit and its name). */
function areaAfter(tokens: Token[], at: number, end: number): UnitReading | null {
  const next = tokens[at + 1];
  if (!next || !(next.lower === 'square' || next.lower === 'sq') || !next.gap) return null;
  let k = at + 2;
  if (next.lower === 'sq' && tokens[k]?.text === '.' && k < end) k++;
  const unit = k < end ? tokens[k] : undefined;
  if (!unit || unit.kind !== 'word') return null;
  // "586 square nautical miles"
  if (unit.lower === 'nautical' && k + 1 < end && /^miles?$/.test(tokens[k + 1].lower))
    return { unit: 'sq nautical miles', last: k + 1, duration: false, modifier: false };
  if (!(unit.lower in SQUARE_OF)) return null;
  return { unit: SQUARE_OF[unit.lower], last: k, duration: false, modifier: false };
}

/**
 * An earthquake's magnitude before the number: "a magnitude 5.9 quake", "a magnitude-7.1 earthquake".
 * Returns the index of the word "magnitude", or -1.
 */
export function magnitudeBefore(tokens: Token[], at: number, floor: number): number {
  let k = at - 1;
  // "with a magnitude of 5.4"
  if (k - 1 >= floor && tokens[k]?.lower === 'of' && tokens[k - 1]?.lower === 'magnitude') return k - 1;
  if (k >= floor && isHyphen(tokens[k]) && !tokens[k].gap && !tokens[at].gap) k--;
  else if (tokens[at] && !tokens[at].gap) return -1;
  return k >= floor && tokens[k]?.lower === 'magnitude' ? k : -1;
}

/** A building's height written as a modifier: "a 12-story building", "an eight-storey block". */
const STOREYS = new Set(['story', 'storey', 'stories', 'storeys', 'floor']);

/** Temperature scales, by the unit's name the figures give: "C", "F". */
const SCALES: Readonly<Record<string, string>> = { c: 'C', f: 'F', celsius: 'C', centigrade: 'C', fahrenheit: 'F' };

/**
 * A temperature after the number: "40°C", "40 °F", "40C", "40 C", "46 degrees Celsius", "40 degrees". A
 * lone C or F counts only in capitals and not before a hyphen ("F-16").
 */
function temperatureAfter(tokens: Token[], at: number, end: number): UnitReading | null {
  const next = tokens[at + 1];
  const after = at + 2 < end ? tokens[at + 2] : undefined;
  const scale = (t: Token | undefined) =>
    t && t.kind === 'word' && (t.lower.length > 1 || /^[CF]$/.test(t.text)) ? (SCALES[t.lower] ?? null) : null;
  if (next.kind === 'punct' && next.text === '\u00b0') {
    const named = after && !after.gap ? scale(after) : null;
    return { unit: named ?? 'degrees', last: named ? at + 2 : at + 1, duration: false, modifier: false };
  }
  if (next.kind !== 'word') return null;
  // "40ºC", "47º C": the ordinal sign some write for the degree sign.
  if (/^\u00ba[CF]?$/.test(next.text)) {
    const named = next.text.length === 2 ? SCALES[next.lower.slice(1)] : scale(after);
    return {
      unit: named ?? 'degrees',
      last: next.text.length === 1 && named ? at + 2 : at + 1,
      duration: false,
      modifier: false,
    };
  }
  if (/^[CF]$/.test(next.text) && !(after && after.kind === 'punct' && isHyphen(after) && !after.gap))
    return { unit: SCALES[next.lower], last: at + 1, duration: false, modifier: false };
  if ((next.lower === 'celsius' || next.lower === 'fahrenheit') && next.gap)
    return { unit: SCALES[next.lower], last: at + 1, duration: false, modifier: false };
  if (next.lower === 'degrees' && next.gap) {
    const named = scale(after);
    return { unit: named ?? 'degrees', last: named ? at + 2 : at + 1, duration: false, modifier: false };
  }
  return null;
}

/** Units that may be glued to the numeral: "10km", "5kg". */
const ATTACHED_MEASURES = new Set(['km', 'kg', 'mw']);

export interface UnitReading {
  unit: string;
  /** Index of the last token of the unit. */
  last: number;
  /** Whether the unit is a duration (days, months, …). */
  duration: boolean;
  /**
   * Whether the number and unit form a hyphenated modifier: "42-day truce", "seven-month-long
   * onslaught", "a 60-percent rise", "12-foot storm surges".
   */
  modifier: boolean;
}

export function isDurationUnit(unit: string | null): boolean {
  return unit !== null && unit in DAYS_PER_UNIT;
}

function isHyphen(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'punct' && (t.text === '-' || t.text === '\u2010');
}

/** A currency sign or code right before token `at` ("$75", "US$5", "USD 5"), or null. */
export function currencyBefore(tokens: Token[], at: number, floor: number): { unit: string; edge: number } | null {
  const prev = tokens[at - 1];
  if (at - 1 < floor || !prev) return null;
  if (prev.kind === 'punct' && prev.text in CURRENCY_SIGNS && !tokens[at].gap) {
    const before = tokens[at - 2];
    // "US$75", "A$5"
    if (
      at - 2 >= floor &&
      before &&
      before.kind === 'word' &&
      !prev.gap &&
      (before.text === 'US' || before.text === 'U.S')
    ) {
      return { unit: CURRENCY_SIGNS[prev.text], edge: at - 2 };
    }
    return { unit: CURRENCY_SIGNS[prev.text], edge: at - 1 };
  }
  // "Rs3,989 billion", "Rs 50,000", "Rs. 2 lakh": rupees, as CURRENCY_WORDS reads "rupees".
  if (prev.kind === 'word' && prev.text === 'Rs') return { unit: 'INR', edge: at - 1 };
  if (prev.kind === 'punct' && prev.text === '.' && at - 2 >= floor && tokens[at - 2]?.text === 'Rs')
    return { unit: 'INR', edge: at - 2 };
  if (prev.kind === 'word' && prev.text === prev.text.toUpperCase() && prev.lower in CURRENCY_CODES) {
    return { unit: CURRENCY_CODES[prev.lower], edge: at - 1 };
  }
  return null;
}

/** The unit right after token `at` (the last token of the number), or null. */
export function unitAfter(tokens: Token[], at: number, end: number, hasCurrency: boolean): UnitReading | null {
  const next = tokens[at + 1];
  if (!next || at + 1 >= end) return null;
  if (next.kind === 'punct' && next.text === '%')
    return { unit: 'percent', last: at + 1, duration: false, modifier: false };
  const temperature = temperatureAfter(tokens, at, end);
  if (temperature) return temperature;
  const area = areaAfter(tokens, at, end);
  if (area) return area;
  if (next.kind === 'punct' && isHyphen(next) && !next.gap) {
    // "42-day", "seven-month-long", "10-year-old"
    const word = tokens[at + 2];
    if (at + 2 < end && word.kind === 'word' && !word.gap && word.lower in DURATIONS) {
      let last = at + 2;
      const tail = tokens[at + 4];
      if (
        at + 4 < end &&
        isHyphen(tokens[at + 3]) &&
        !tokens[at + 3].gap &&
        !tail.gap &&
        (tail.lower === 'long' || tail.lower === 'old' || tail.lower === 'olds')
      ) {
        last = at + 4;
      }
      return { unit: DURATIONS[word.lower], last, duration: true, modifier: true };
    }
    // "five-fold"
    if (at + 2 < end && word.kind === 'word' && !word.gap && word.lower === 'fold') {
      return { unit: 'times', last: at + 2, duration: false, modifier: false };
    }
    // "a 60-percent rise", "12-foot storm surges", "a 5-km stretch": a measure written as a modifier.
    if (at + 2 < end && word.kind === 'word' && !word.gap) {
      // "a 12-story apartment building": its height in storeys.
      if (STOREYS.has(word.lower)) return { unit: 'storeys', last: at + 2, duration: false, modifier: true };
      // "a 400-pound satellite": a weight, where "400 pounds" alone may be money.
      if (word.lower === 'pound') return { unit: 'lb', last: at + 2, duration: false, modifier: true };
      // "a 7.7-magnitude earthquake"
      if (word.lower === 'magnitude') return { unit: 'magnitude', last: at + 2, duration: false, modifier: true };
      if (word.lower === 'percent' || word.lower === 'pct')
        return { unit: 'percent', last: at + 2, duration: false, modifier: true };
      if (word.lower in MEASURES) return { unit: MEASURES[word.lower], last: at + 2, duration: false, modifier: true };
    }
    return null;
  }
  if (next.kind !== 'word') return null;
  if (!next.gap && !ATTACHED_MEASURES.has(next.lower)) return null;
  const w = next.lower;
  const after = at + 2 < end ? tokens[at + 2] : undefined;
  if (w === 'percent' || w === 'pct') return { unit: 'percent', last: at + 1, duration: false, modifier: false };
  if (w === 'percentage' && (after?.lower === 'points' || after?.lower === 'point')) {
    return { unit: 'percentage points', last: at + 2, duration: false, modifier: false };
  }
  if (w === 'per' && after?.lower === 'cent')
    return { unit: 'percent', last: at + 2, duration: false, modifier: false };
  if (!hasCurrency && w in CURRENCY_WORDS) {
    // Codes only in capitals: "USD", not the word "try".
    if (w in CURRENCY_CODES && next.text !== next.text.toUpperCase()) return null;
    return { unit: CURRENCY_WORDS[w], last: at + 1, duration: false, modifier: false };
  }
  if (!hasCurrency && (w === 'us' || w === 'u.s') && after?.lower === 'dollars') {
    return { unit: 'USD', last: at + 2, duration: false, modifier: false };
  }
  if (w === 'nautical' && after && /^miles?$/.test(after.lower))
    return { unit: 'nautical miles', last: at + 2, duration: false, modifier: false };
  // "2.35 crore second dose": before a noun, "second" is an ordinal, not a span of time.
  if (w === 'second' && after?.kind === 'word' && after.gap) return null;
  if (w in DURATIONS) return { unit: DURATIONS[w], last: at + 1, duration: true, modifier: false };
  // "Saturday's 7.6 magnitude quake"
  if (w === 'magnitude') return { unit: 'magnitude', last: at + 1, duration: false, modifier: true };
  // "three times as many", "5 times higher": a multiple.
  if (w === 'times' || w === 'fold') return { unit: 'times', last: at + 1, duration: false, modifier: false };
  if (w in MEASURES) return { unit: MEASURES[w], last: at + 1, duration: false, modifier: false };
  return null;
}
