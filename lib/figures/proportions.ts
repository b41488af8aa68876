// Proportions and multiples written in words: "half", "a third", "two-thirds", "three-quarters",
// "one in five", "1 out of every 4"; "twice", "doubled", "tripled", "fivefold". A proportion is read as
// a fraction (value 0.5, unit "proportion") of what follows its "of" ("half of Gaza's population");
// a multiple as a number of times (value 2, unit "times"). Each reader looks at a few tokens only.
import { lookupTable } from '../text/lookup-table';
import { parseNumeral } from './numerals';
import { SMALL_NUMBERS, TENS } from './number-words';
import type { Token } from './tokens';

export const PROPORTION_UNIT = 'proportion';
export const TIMES_UNIT = 'times';

/** Denominators written as words, singular and plural: "third", "thirds", "quarter"… */
const DENOMINATORS: Readonly<Record<string, number>> = lookupTable({
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
});

/** Words that may follow "half" directly and start what it is half of: "half the population". */
const HALF_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'all', 'those', 'these', 'this', 'that']);

/** One-word multiples: "twice", "doubled", "tripled", "tenfold". */
export const MULTIPLE_WORDS: Readonly<Record<string, number>> = lookupTable({
  twice: 2,
  doubled: 2,
  doubling: 2,
  tripled: 3,
  tripling: 3,
  trebled: 3,
  quadrupled: 4,
  quadrupling: 4,
  twofold: 2,
  threefold: 3,
  fourfold: 4,
  fivefold: 5,
  sixfold: 6,
  sevenfold: 7,
  eightfold: 8,
  ninefold: 9,
  tenfold: 10,
  hundredfold: 100,
});

/**
 * Multiples that are as often other words ("a double murder", "triple-A"): read only before what they
 * multiply ("nearly double the 58 cases") or after a modal ("could double", "is set to triple").
 */
export const VERB_MULTIPLE_WORDS: Readonly<Record<string, number>> = lookupTable({
  double: 2,
  triple: 3,
  treble: 3,
  quadruple: 4,
});
const MODALS = new Set(['could', 'would', 'will', 'may', 'might', 'can', 'should', 'to', 'must']);

/** The words that may open a proportion or a multiple. */
export const PROPORTION_OPENERS = new Set([
  'half',
  'a',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  ...Object.keys(MULTIPLE_WORDS),
]);

export interface Proportion {
  value: number;
  /** Last token of the words read. */
  last: number;
  unit: typeof PROPORTION_UNIT | typeof TIMES_UNIT;
}

function word(tokens: Token[], i: number, end: number): string | null {
  return i < end && tokens[i].kind === 'word' ? tokens[i].lower : null;
}

function hyphenGlued(tokens: Token[], i: number, end: number): boolean {
  const t = tokens[i];
  return i + 1 < end && t.kind === 'punct' && (t.text === '-' || t.text === '\u2010') && !t.gap && !tokens[i + 1].gap;
}

/** A small whole number at token i, as a word ("five", "twenty") or a numeral ("5", "10"); with its last token. */
function smallCount(tokens: Token[], i: number, end: number): { value: number; last: number } | null {
  if (i >= end) return null;
  const t = tokens[i];
  if (t.kind === 'num') {
    const v = parseNumeral(t.text);
    return Number.isInteger(v) && v > 0 && v <= 1_000_000 ? { value: v, last: i } : null;
  }
  if (t.kind !== 'word') return null;
  if (t.lower in SMALL_NUMBERS) return { value: SMALL_NUMBERS[t.lower], last: i };
  if (t.lower in TENS) return { value: TENS[t.lower], last: i };
  if (t.lower === 'hundred' || t.lower === 'thousand') return { value: t.lower === 'hundred' ? 100 : 1000, last: i };
  return null;
}

/** "one in five", "1 in 10", "one out of every four", "one in every three": a numerator already read at `i`. */
function inEvery(tokens: Token[], numerator: number, i: number, end: number): Proportion | null {
  let k = i + 1;
  const w = word(tokens, k, end);
  if (w === 'in') k++;
  else if (w === 'out' && word(tokens, k + 1, end) === 'of') k += 2;
  else return null;
  if (word(tokens, k, end) === 'every') k++;
  // "one in a hundred"
  if (
    word(tokens, k, end) === 'a' &&
    (word(tokens, k + 1, end) === 'hundred' || word(tokens, k + 1, end) === 'thousand')
  )
    k++;
  const d = smallCount(tokens, k, end);
  if (d === null || d.value <= numerator) return null;
  // "one in 2023" is a year; "5 in 10 days" a rate over time.
  const dt = tokens[d.last];
  if (dt.kind === 'num' && dt.text.length === 4 && d.value >= 1000 && d.value <= 2199) return null;
  const after = word(tokens, d.last + 1, end);
  if (after !== null && /^(?:day|week|month|year|hour|minute|second)s?$/.test(after)) return null;
  return { value: numerator / d.value, last: d.last, unit: PROPORTION_UNIT };
}

/**
 * A proportion or multiple starting at token `i`, or null. Fractions in words need what they are a
 * proportion of after them ("of", or "the" after "half"), so "a third time" and "half an hour" are not read.
 */
export function readProportion(tokens: Token[], i: number, end: number): Proportion | null {
  const t = tokens[i];
  if (t.kind === 'num') {
    const v = parseNumeral(t.text);
    return Number.isInteger(v) && v > 0 && v < 1000 ? inEvery(tokens, v, i, end) : null;
  }
  if (t.kind !== 'word') return null;
  const w = t.lower;
  if (w in MULTIPLE_WORDS) return { value: MULTIPLE_WORDS[w], last: i, unit: TIMES_UNIT };
  if (w in VERB_MULTIPLE_WORDS) {
    const next = word(tokens, i + 1, end);
    const before = i > 0 && tokens[i - 1].kind === 'word' ? tokens[i - 1].lower : null;
    const multiplies = (next !== null && HALF_DETERMINERS.has(next)) || (before !== null && MODALS.has(before));
    return multiplies ? { value: VERB_MULTIPLE_WORDS[w], last: i, unit: TIMES_UNIT } : null;
  }
  if (w === 'half') {
    const next = word(tokens, i + 1, end);
    if (next === 'of' || (next !== null && HALF_DETERMINERS.has(next)))
      return { value: 0.5, last: i, unit: PROPORTION_UNIT };
    return null;
  }
  let numerator: number;
  if (w === 'a' || w === 'one') numerator = 1;
  else if (w in SMALL_NUMBERS && SMALL_NUMBERS[w] > 1) numerator = SMALL_NUMBERS[w];
  else return null;
  if (w !== 'a') {
    const ratio = inEvery(tokens, numerator, i, end);
    if (ratio) return ratio;
  }
  // "two-thirds", "two thirds", "a quarter", "one-fifth", followed by "of".
  let k = i + 1;
  if (hyphenGlued(tokens, k, end)) k++;
  const d = word(tokens, k, end);
  if (d === null || !(d in DENOMINATORS)) return null;
  const plural = d.endsWith('s') && d !== 'halves' ? true : d === 'halves';
  if (numerator === 1 ? plural : !plural) return null;
  if (d === 'half' && w === 'a') return null; // "a half" is read by the number words ("a half million")
  if (word(tokens, k + 1, end) !== 'of') return null;
  return { value: numerator / DENOMINATORS[d], last: k, unit: PROPORTION_UNIT };
}
