// Reads one number expression at a token: a numeral or number words, a magnitude ("2.4-million",
// "1.5bn", "two million"), a range ("700 to 1,000", "between 20 and 30", "20-30"), a currency
// ("$75 million") and a unit ("40%", "42 days", "seven-month-long"). Qualifiers and the question
// whether the number is a figure at all (dates, years, codes) are decided by the caller.
import { ATTACHED_MAGNITUDES, MAGNITUDES, readNumberWords, startsNumberWords } from './number-words';
import { isPlainInteger, parseNumeral } from './numerals';
import { readProportion } from './proportions';
import type { Token } from './tokens';
import { currencyBefore, magnitudeBefore, unitAfter, type UnitReading } from './units';

/** Words before a four-digit number that make it a year: "in 2013", "since 1990". */
const YEAR_BEFORE = new Set(['in', 'since', 'until', 'till', 'from', 'of', 'by', 'during', 'before', 'after']);

/**
 * "increased by 22 and 14 percent": a number joined by "and" or "or" to a percent takes its unit (the
 * unit's tokens stay the other number's).
 */
function percentOfNext(tokens: Token[], last: number, end: number): UnitReading | null {
  const joint = tokens[last + 1];
  if (!joint || last + 3 >= end || !(joint.lower === 'and' || joint.lower === 'or')) return null;
  if (tokens[last + 2].kind !== 'num') return null;
  // "by 4.2 percent in 2013 and 3.4 percent in 2014": a year is no percent.
  if (/^(?:1[89]|20)\d\d$/.test(tokens[last].text) && YEAR_BEFORE.has(tokens[last - 1]?.lower ?? '')) return null;
  const unit = unitAfter(tokens, last + 2, end, false);
  return unit && unit.unit === 'percent' && !unit.modifier ? { ...unit, last } : null;
}

export interface NumberReading {
  /** First token (the currency sign when there is one). */
  first: number;
  /** Last token, unit included. */
  last: number;
  value: number;
  /** The interval the number itself allows, before any qualifier. */
  lo: number;
  hi: number;
  unit: string | null;
  duration: boolean;
  /** Number and unit form a hyphenated modifier: "42-day truce". */
  modifier: boolean;
  vague: string | null;
  range: boolean;
  /** Written in words ("three") rather than digits. */
  words: boolean;
  /** The numeral tokens read (digits only), for the checks on dates, years and codes. */
  numerals: number[];
  /** Whether a magnitude word or suffix scaled the number. */
  scaled: boolean;
  /** Whether the range is written with a hyphen and no spaces: "20-30". */
  hyphenRange: boolean;
  currency: boolean;
}

interface Core {
  value: number;
  lo: number;
  hi: number;
  last: number;
  vague: string | null;
  words: boolean;
  scale: number;
  numerals: number[];
}

/** A core that must not become a figure (ordinal, decade, code, foreign numeral), with where it ends. */
interface Refused {
  refused: true;
  last: number;
}

function isHyphen(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'punct' && (t.text === '-' || t.text === '\u2010');
}

function isDash(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'punct' && (t.text === '\u2013' || isHyphen(t));
}

/** A magnitude written after a numeral ("2.4 million", "2.4-million", "1.5bn"), or null. */
function magnitudeAfter(tokens: Token[], at: number, end: number): { scale: number; last: number } | null {
  const next = tokens[at + 1];
  if (!next || at + 1 >= end) return null;
  if (next.kind === 'word' && !next.gap) {
    return next.lower in ATTACHED_MAGNITUDES ? { scale: ATTACHED_MAGNITUDES[next.lower], last: at + 1 } : null;
  }
  if (isHyphen(next) && !next.gap && at + 2 < end) {
    const w = tokens[at + 2];
    if (w.kind === 'word' && !w.gap && w.lower in MAGNITUDES && w.lower !== 'hundred') {
      return { scale: MAGNITUDES[w.lower], last: at + 2 };
    }
    return null;
  }
  // "1.5 bn", "3 tn": the abbreviations that are never a unit of their own, spaced.
  if (next.kind === 'word' && SPACED_ABBREVIATIONS.has(next.lower))
    return { scale: ATTACHED_MAGNITUDES[next.lower], last: at + 1 };
  if (next.kind === 'word' && next.lower in MAGNITUDES) {
    let scale = MAGNITUDES[next.lower];
    let last = at + 1;
    // "3 hundred thousand"
    const then = tokens[at + 2];
    if (at + 2 < end && then.kind === 'word' && then.lower in MAGNITUDES && MAGNITUDES[then.lower] > scale) {
      scale *= MAGNITUDES[then.lower];
      last = at + 2;
    }
    return { scale, last };
  }
  return null;
}

/** Magnitude abbreviations read after a space too: "1.5 bn" (but "5 m" may be metres). */
const SPACED_ABBREVIATIONS = new Set(['bn', 'bln', 'tn', 'trn', 'mn', 'mln']);

/** Whitespace characters that group thousands: "40 000", "40\u00a0000", "40\u202f000". */
function groupsThousands(tokens: Token[], i: number, end: number): boolean {
  const next = tokens[i + 1];
  return (
    i + 1 < end &&
    next.kind === 'num' &&
    next.gap &&
    next.start === tokens[i].end + 1 &&
    next.text.length === 3 &&
    isPlainInteger(next.text)
  );
}

/** "40 000", "1 250 000": digit groups of three after a first group of one to three digits, one space apart. */
function spacedThousands(
  tokens: Token[],
  i: number,
  end: number,
): { value: number; last: number; numerals: number[] } | null {
  const first = tokens[i].text;
  if (!isPlainInteger(first) || first.length > 3 || first.charCodeAt(0) === 48 || !groupsThousands(tokens, i, end))
    return null;
  // A number before it ("020 7946 0958", "+44 20 7946") makes the whole a code.
  if (i > 0 && tokens[i - 1].kind === 'num' && tokens[i].gap) return null;
  let digits = first;
  let k = i;
  const numerals = [i];
  while (groupsThousands(tokens, k, end) && digits.length <= 12) {
    k++;
    digits += tokens[k].text;
    numerals.push(k);
  }
  // A fourth digit group that is not three digits long ("555 123 4567") makes the whole a phone number.
  if (k + 1 < end && tokens[k + 1].kind === 'num' && tokens[k + 1].gap) return null;
  return { value: Number(digits), last: k, numerals };
}

function percentAfter(next: Token | undefined, beyond: Token | undefined): boolean {
  if (!next) return false;
  if (next.kind === 'punct') return next.text === '%' && !next.gap;
  return next.lower === 'percent' || next.lower === 'pct' || (next.lower === 'per' && beyond?.lower === 'cent');
}

/** Letters glued to a numeral that are neither a magnitude nor a unit: "7th", "1960s", "5G". */
const GLUED_UNITS = new Set(['km', 'kg', 'mw']);

function readCore(tokens: Token[], i: number, end: number): Core | Refused | null {
  const t = tokens[i];
  if (t.kind === 'num') {
    const spaced = spacedThousands(tokens, i, end);
    if (spaced) {
      const mag = magnitudeAfter(tokens, spaced.last, end);
      const scale = mag ? mag.scale : 1;
      const v = spaced.value * scale;
      return {
        value: v,
        lo: v,
        hi: v,
        last: mag ? mag.last : spaced.last,
        vague: null,
        words: false,
        scale,
        numerals: spaced.numerals,
      };
    }
    let value = parseNumeral(t.text);
    // "a 71,4% pass rate": a decimal comma, told by one or two digits after it and the percent.
    if (Number.isNaN(value) && /^\d+,\d{1,2}$/.test(t.text) && percentAfter(tokens[i + 1], tokens[i + 2]))
      value = Number(t.text.replace(',', '.'));
    if (Number.isNaN(value)) return { refused: true, last: i };
    const next = tokens[i + 1];
    if (
      next &&
      i + 1 < end &&
      next.kind === 'word' &&
      !next.gap &&
      !(next.lower in ATTACHED_MAGNITUDES) &&
      !GLUED_UNITS.has(next.lower) &&
      // "40C", "104F", "40ºC", "47º C": a temperature (units.ts), not a code like "5G" nor "Carlos 3º".
      !/^\u00ba?[CF]$/.test(next.text) &&
      !(next.text === '\u00ba' && /^[CF]$/.test(tokens[i + 2]?.text ?? ''))
    ) {
      return { refused: true, last: i + 1 };
    }
    const mag = magnitudeAfter(tokens, i, end);
    const scale = mag ? mag.scale : 1;
    // Scaling a decimal brings float noise: 2.4 × 1e6 is 2399999.9999999995 without the rounding.
    const v = scale === 1 ? value : Number((value * scale).toPrecision(15));
    return { value: v, lo: v, hi: v, last: mag ? mag.last : i, vague: null, words: false, scale, numerals: [i] };
  }
  if (t.kind !== 'word' || !startsNumberWords(t.lower)) return null;
  const w = readNumberWords(tokens, i, end);
  if (!w) return null;
  let { value, lower, upper, last } = w;
  let scale = 1;
  // "two million", "two-million": words already include their magnitudes; "three dozen" too.
  if (w.vague === null) {
    const lastWord = tokens[last].lower;
    if (lastWord in MAGNITUDES || lastWord === 'dozen') scale = lastWord === 'dozen' ? 12 : MAGNITUDES[lastWord];
    const mag = magnitudeAfter(tokens, last, end);
    if (mag && scale === 1) {
      value *= mag.scale;
      lower = value;
      upper = value;
      scale = mag.scale;
      last = mag.last;
    }
  }
  return { value, lo: lower, hi: upper, last, vague: w.vague, words: true, scale, numerals: [] };
}

function isRefused<T extends object>(c: T | Refused | null): c is Refused {
  return c !== null && 'refused' in c;
}

export type ReadOutcome =
  | { kind: 'number'; reading: NumberReading }
  /** Not a figure; the caller resumes after `last`. */
  | { kind: 'refused'; last: number }
  | null;

export interface ReadOptions {
  /** "between 20 and 30": "and" joins a range. */
  between: boolean;
  /** Whether "to" may join a range; false after "rose from". */
  toJoins: boolean;
  /**
   * After "by": "revised up by 16,000 to 167,000" is a change and the level it led to, not a range,
   * when the second number is four times the first or more ("grow by 2 to 3 percent" stays a range).
   */
  afterBy?: boolean;
}

/** How many times the first number the second must be for "by N to M" to be a change and a level. */
const BY_TO_LEVEL = 4;

/** The second number of a range after `core`, or null. */
function readRangeEnd(
  tokens: Token[],
  core: Core,
  end: number,
  options: ReadOptions,
): { core: Core; hyphen: boolean } | Refused | null {
  const j = core.last + 1;
  const joint = tokens[j];
  if (!joint || j + 1 >= end) return null;
  let hyphen = false;
  if (isDash(joint)) {
    // "20-30" glued, or "20 – 30" with an en dash.
    const glued = !joint.gap && !tokens[j + 1].gap;
    if (!glued && joint.text !== '\u2013') return null;
    hyphen = glued;
  } else if (joint.kind === 'word') {
    const w = joint.lower;
    const ok = (w === 'to' && options.toJoins) || (w === 'and' && options.between) || w === 'or';
    if (!ok) return null;
    if (w === 'or') {
      const n = tokens[j + 1];
      if (n.lower === 'more' || n.lower === 'so' || n.lower === 'fewer' || n.lower === 'less' || n.lower === 'over')
        return null;
    }
  } else {
    return null;
  }
  // The two ends are written alike: "700 to 1,000", "two or three".
  const second = readCore(tokens, j + 1, end);
  // "42-day", "seven-month": a hyphen before a word is a unit's, not a range's.
  if (second === null) return null;
  if (isRefused(second)) return hyphen ? second : null;
  if (second.words !== core.words || second.vague || core.vague)
    return hyphen ? { refused: true, last: second.last } : null;
  if (options.afterBy && joint.lower === 'to' && core.value > 0 && second.value >= BY_TO_LEVEL * core.value)
    return null;
  return { core: second, hyphen };
}

/** Reads the number expression starting at token `i` (a numeral or a number word), or null. */
export function readNumber(tokens: Token[], i: number, floor: number, end: number, options: ReadOptions): ReadOutcome {
  const proportion = readProportion(tokens, i, end);
  if (proportion) {
    const numerals: number[] = [];
    for (let k = i; k <= proportion.last; k++) if (tokens[k].kind === 'num') numerals.push(k);
    const v = proportion.value;
    return {
      kind: 'number',
      reading: {
        first: i,
        last: proportion.last,
        value: v,
        lo: v,
        hi: v,
        unit: proportion.unit,
        duration: false,
        modifier: false,
        vague: null,
        range: false,
        words: tokens[i].kind === 'word',
        numerals,
        scaled: false,
        hyphenRange: false,
        currency: false,
      },
    };
  }
  const core = readCore(tokens, i, end);
  if (core === null) return null;
  if (isRefused(core)) return { kind: 'refused', last: core.last };

  let lo = core.lo;
  let hi = core.hi;
  let value = core.value;
  let last = core.last;
  let range = false;
  let hyphenRange = false;
  const numerals = [...core.numerals];

  let second = readRangeEnd(tokens, core, end, options);
  // "between 38% and 42%", "5.25%-5.5%": a range whose two ends each carry the same percent sign.
  let sharedUnit: UnitReading | null = null;
  if (second === null && !core.words) {
    const firstUnit = unitAfter(tokens, core.last, end, false);
    if (firstUnit !== null && firstUnit.unit === 'percent') {
      const after = readRangeEnd(tokens, { ...core, last: firstUnit.last }, end, options);
      const joint = tokens[firstUnit.last + 1];
      const joined = options.between || (joint !== undefined && isDash(joint));
      const secondUnit = after !== null && !isRefused(after) ? unitAfter(tokens, after.core.last, end, false) : null;
      if (joined && after !== null && !isRefused(after) && secondUnit !== null && secondUnit.unit === firstUnit.unit) {
        second = after;
        sharedUnit = secondUnit;
      }
    }
  }
  if (second !== null && isRefused(second)) return { kind: 'refused', last: second.last };
  if (second !== null) {
    let a = core.value;
    const b = second.core.value;
    // "2 to 3 million": the magnitude of the second end applies to the first.
    if (core.scale === 1 && second.core.scale > 1 && a * second.core.scale < b) a *= second.core.scale;
    if (a < b) {
      lo = a;
      hi = b;
      value = (a + b) / 2;
      last = second.core.last;
      range = true;
      hyphenRange = second.hyphen;
      numerals.push(...second.core.numerals);
    } else if (second.hyphen) {
      // "5-3", "2020-21": a score, a season or a code, not a range and not two figures.
      return { kind: 'refused', last: second.core.last };
    }
  }

  const currency = core.words ? null : currencyBefore(tokens, i, floor);
  const magnitude = currency || core.words ? -1 : magnitudeBefore(tokens, i, floor);
  if (magnitude >= 0)
    return {
      kind: 'number',
      reading: {
        // The figure is the number alone: "magnitude" and its "of" stay in the sentence, where a tally's
        // reading looks for them ("registered the quake at a Richter magnitude of 5.8").
        first: i,
        last,
        value,
        lo,
        hi,
        unit: 'magnitude',
        duration: false,
        modifier: true,
        vague: core.vague,
        range,
        words: core.words,
        numerals,
        scaled: false,
        hyphenRange,
        currency: false,
      },
    };
  const unit =
    range && sharedUnit !== null
      ? sharedUnit
      : (unitAfter(tokens, last, end, currency !== null) ?? (currency ? null : percentOfNext(tokens, last, end)));
  return {
    kind: 'number',
    reading: {
      first: currency ? currency.edge : i,
      last: unit ? unit.last : last,
      value,
      lo,
      hi,
      unit: currency ? currency.unit : unit ? unit.unit : null,
      duration: unit ? unit.duration : false,
      modifier: unit ? unit.modifier : false,
      vague: core.vague,
      range,
      words: core.words,
      numerals,
      scaled: core.scale > 1 || (range && second !== null && second.core.scale > 1),
      hyphenRange,
      currency: currency !== null,
    },
  };
}
