import { lookupTable } from '../text/lookup-table';
// Numbers written as words: "three", "twenty-five", "a hundred", "two million", "one hundred and fifty",
// and the vague plurals that stand for a range ("dozens", "hundreds", "tens of thousands").
//
// Vague plurals read as the interval the words allow, value = the least of it (what the words
// assert for sure): "dozens" 24..99, "scores of" 40..99, "hundreds" 200..999, "thousands" 2,000..9,999,
// "tens of thousands" 20,000..99,999, "hundreds of thousands" 200,000..999,999, "millions" 2..9.99
// million; "a few hundred" 200..500 and "several hundred" 300..900 (a few = 2..5, several = 3..9).
import type { Token } from './tokens';

export const SMALL_NUMBERS: Readonly<Record<string, number>> = lookupTable({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});

export const TENS: Readonly<Record<string, number>> = lookupTable({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

/** Magnitude words after a number, written out: "2.4 million", "two million". */
export const MAGNITUDES: Readonly<Record<string, number>> = lookupTable({
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  // South Asian magnitudes: "Rs 2 lakh" is 200,000 rupees, "5 crore" 50 million.
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
});

/** Magnitudes glued to a numeral: "1.5bn", "$75m", "10k". */
export const ATTACHED_MAGNITUDES: Readonly<Record<string, number>> = lookupTable({
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  tn: 1e12,
  trn: 1e12,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
});

const PLURAL_MAGNITUDES: Readonly<Record<string, number>> = lookupTable({
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
});

/** How many a vague multiplier stands for: "a few hundred", "several thousand". */
const VAGUE_MULTIPLIERS: Readonly<Record<string, [number, number]>> = lookupTable({
  few: [2, 5],
  several: [3, 9],
});

/** The words that can open a number written in words (the reader still checks what follows). */
const OPENERS = new Set([
  ...Object.keys(SMALL_NUMBERS),
  ...Object.keys(TENS),
  ...Object.keys(PLURAL_MAGNITUDES),
  ...Object.keys(VAGUE_MULTIPLIERS),
  'a',
  'dozen',
  'dozens',
  'scores',
  'tens',
  'half',
]);

/** Whether a word can open a number written in words: a cheap test run on every word of a text. */
export function startsNumberWords(lower: string): boolean {
  return OPENERS.has(lower);
}

export interface WordsReading {
  value: number;
  lower: number;
  upper: number;
  /** Index of the last token read. */
  last: number;
  /** The vague words ("dozens", "tens of thousands"), or null for an exact number. */
  vague: string | null;
}

function wordAt(tokens: Token[], i: number, end: number): string | null {
  return i < end && tokens[i].kind === 'word' ? tokens[i].lower : null;
}

/** Whether tokens i and i+2 are joined by a hyphen with no spaces: "twenty-five". */
function hyphenJoined(tokens: Token[], i: number, end: number): boolean {
  return (
    i + 2 < end &&
    tokens[i + 1].kind === 'punct' &&
    (tokens[i + 1].text === '-' || tokens[i + 1].text === '\u2010') &&
    !tokens[i + 1].gap &&
    !tokens[i + 2].gap
  );
}

function exact(value: number, last: number): WordsReading {
  return { value, lower: value, upper: value, last, vague: null };
}

function vague(lo: number, hi: number, last: number, tokens: Token[], first: number): WordsReading {
  const words: string[] = [];
  for (let k = first; k <= last; k++) if (tokens[k].kind === 'word') words.push(tokens[k].lower);
  return { value: lo, lower: lo, upper: hi, last, vague: words.join(' ') };
}

/** Vague plurals and multipliers at `i`: "dozens", "tens of thousands", "several hundred", "a few thousand". */
function readVague(tokens: Token[], i: number, end: number): WordsReading | null {
  const w = wordAt(tokens, i, end);
  if (w === null) return null;
  if (w === 'dozens') return vague(24, 99, i, tokens, i);
  if (w === 'scores' && wordAt(tokens, i + 1, end) === 'of') return vague(40, 99, i, tokens, i);
  if ((w === 'tens' || w === 'hundreds') && wordAt(tokens, i + 1, end) === 'of') {
    const m = wordAt(tokens, i + 2, end);
    const scale = m === 'thousands' ? 1e3 : m === 'millions' ? 1e6 : m === 'billions' ? 1e9 : 0;
    if (scale > 0) {
      const base = w === 'tens' ? 10 : 100;
      return vague(2 * base * scale, 10 * base * scale - 1, i + 2, tokens, i);
    }
  }
  if (w in PLURAL_MAGNITUDES) {
    const m = PLURAL_MAGNITUDES[w];
    return vague(2 * m, 10 * m - 1, i, tokens, i);
  }
  let j = i;
  if (w === 'a' && wordAt(tokens, i + 1, end) === 'few') j = i + 1;
  const multiplier = wordAt(tokens, j, end);
  if (multiplier !== null && multiplier in VAGUE_MULTIPLIERS) {
    const m = wordAt(tokens, j + 1, end);
    const scale = m === 'dozen' ? 12 : m !== null && m in MAGNITUDES ? MAGNITUDES[m] : 0;
    if (scale > 0) {
      const [lo, hi] = VAGUE_MULTIPLIERS[multiplier];
      return vague(lo * scale, hi * scale, j + 1, tokens, i);
    }
  }
  return null;
}

/**
 * A number written in words starting at token `i`, or null. "a" counts only before a magnitude
 * or "dozen" ("a hundred", "a dozen"), never alone ("a month ago").
 */
export function readNumberWords(tokens: Token[], i: number, end: number): WordsReading | null {
  const fuzzy = readVague(tokens, i, end);
  if (fuzzy) return fuzzy;

  const first = wordAt(tokens, i, end);
  if (first === null) return null;
  if (first === 'half' && wordAt(tokens, i + 1, end) === 'a') {
    const m = wordAt(tokens, i + 2, end);
    if (m === 'dozen') return exact(6, i + 2);
    if (m !== null && m in MAGNITUDES) return exact(MAGNITUDES[m] / 2, i + 2);
    return null;
  }

  let total = 0;
  let current = 0;
  let last = -1;
  let read = false;
  // What the previous word was, to refuse sequences that are not one number ("one two").
  let prev: 'none' | 'small' | 'tens' | 'hundred' | 'magnitude' | 'and' | 'a' = 'none';
  let j = i;
  while (j < end) {
    const w = wordAt(tokens, j, end);
    if (w === null) break;
    if (w === 'a' && prev === 'none') {
      const m = wordAt(tokens, j + 1, end);
      if (m === 'dozen' || (m !== null && m in MAGNITUDES)) {
        prev = 'a';
        j++;
        continue;
      }
      break;
    }
    if (w in SMALL_NUMBERS) {
      if (prev === 'small' || (prev === 'tens' && current % 10 !== 0)) break;
      current += SMALL_NUMBERS[w];
      prev = 'small';
    } else if (w in TENS) {
      if (prev === 'small' || prev === 'tens') break;
      current += TENS[w];
      prev = 'tens';
      // "twenty-five"
      if (hyphenJoined(tokens, j, end)) {
        const u = tokens[j + 2].lower;
        if (u in SMALL_NUMBERS && SMALL_NUMBERS[u] > 0 && SMALL_NUMBERS[u] < 10) {
          current += SMALL_NUMBERS[u];
          prev = 'small';
          j += 2;
        }
      }
    } else if (w === 'dozen') {
      if (!(prev === 'small' || prev === 'a')) break;
      current = (current || 1) * 12;
      prev = 'magnitude';
    } else if (w === 'hundred') {
      if (!(prev === 'small' || prev === 'tens' || prev === 'a') || current >= 100) break;
      current = (current || 1) * 100;
      prev = 'hundred';
    } else if (w in MAGNITUDES) {
      if (prev === 'none' || prev === 'and' || prev === 'magnitude') break;
      total += (current || 1) * MAGNITUDES[w];
      current = 0;
      prev = 'magnitude';
    } else if (w === 'and' && (prev === 'hundred' || prev === 'magnitude')) {
      // "one hundred and fifty", but not "hundred and" at the end.
      const nx = wordAt(tokens, j + 1, end);
      if (nx === null || !(nx in SMALL_NUMBERS || nx in TENS)) break;
      prev = 'and';
      j++;
      continue;
    } else {
      break;
    }
    read = true;
    last = j;
    j++;
  }
  if (!read) return null;
  return exact(total + current, last);
}
