// Splits a text into sentences with their offsets, without being fooled by "U.S.", "Mar. 16",
// "Dr. Smith", initials ("George W. Bush") or decimals, and keeping closing quotes with their sentence.
// One linear pass over the characters; every look-around is bounded to a few characters.
import { isDigit, isSpace } from '../text/char-class';

export interface Sentence {
  text: string;
  start: number;
  /** End offset, exclusive. */
  end: number;
}

/** Titles that always precede a name: a point after them never ends a sentence. */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'maj',
  'cmdr',
  'adm',
  'brig',
  'rep',
  'sen',
  'gov',
  'pres',
  'rev',
  'hon',
  'fr',
  'mt',
  'ft',
  'messrs',
  'mme',
  'insp',
  'supt',
  'amb',
  'vs',
  'v',
  'cf',
  'approx',
  'ca',
  'est',
  'dept',
  'univ',
  'assn',
  'bros',
  'ave',
  'blvd',
  'rd',
]);

/** Abbreviations that usually stand before a number: "Mar. 16", "No. 5", "p. 12". */
const BEFORE_NUMBER = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'nos',
  'p',
  'pp',
  'vol',
  'art',
  'fig',
  'sec',
  'ch',
  'op',
  'para',
  'ed',
  // Rupees: "Rs. 2 lakh".
  'rs',
]);

/** Abbreviations that may end a sentence: a capital after them starts one only if it looks like a sentence start. */
const MAY_END = new Set(['inc', 'ltd', 'co', 'corp', 'etc', 'plc', 'llc', 'al', 'jr', 'sr', 'esq']);

/** Words that commonly open a sentence; after "U.S." or "Inc." they signal a new sentence. */
const SENTENCE_STARTERS = new Set([
  'the',
  'a',
  'an',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'these',
  'those',
  'but',
  'and',
  'or',
  'in',
  'on',
  'at',
  'as',
  'for',
  'if',
  'when',
  'while',
  'there',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'after',
  'before',
  'since',
  'however',
  'meanwhile',
  'so',
  'yet',
  'then',
  'now',
  'according',
  'during',
  'some',
  'many',
  'most',
  'all',
  'what',
  'who',
  'why',
  'how',
  'both',
  'officials',
  'also',
  'still',
  'such',
  'other',
  'last',
  'earlier',
  'later',
  'by',
  'with',
  'from',
]);

const codes = (chars: string): Set<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
const TERMINATORS = codes('.!?\u2026');
/** Full-width terminators end a sentence even with no space after them. */
const WIDE_TERMINATORS = codes('\u3002\uff01\uff1f');
const CLOSERS = codes('"\'\u201d\u2019)]\u00bb\u203a');
const OPENERS = codes('"\'\u201c\u2018([\u00ab\u2039');
const POINT = 46;
const NEWLINE = 10;

function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

function isLower(ch: string): boolean {
  return isLetter(ch) && ch === ch.toLowerCase();
}

/** The word (letters and inner points, at most 12 characters) ending just before `dot`. */
function wordBefore(text: string, dot: number, floor: number): string {
  let i = dot;
  const limit = Math.max(floor, dot - 12);
  while (i > limit && (isLetter(text[i - 1]) || text[i - 1] === '.')) i--;
  return text.slice(i, dot);
}

/** The word (letters only, at most 12 characters) starting at `from`. */
function wordAfter(text: string, from: number): string {
  let i = from;
  const limit = Math.min(text.length, from + 12);
  while (i < limit && isLetter(text[i])) i++;
  return text.slice(from, i);
}

/** Whether the point at `dot` belongs to an abbreviation that keeps the sentence going before `next`. */
function pointContinues(text: string, dot: number, floor: number, next: number): boolean {
  const before = wordBefore(text, dot, floor);
  if (before === '') return false;
  const word = before.toLowerCase();
  const nextChar = text[next] ?? '';
  if (TITLES.has(word)) return true;
  if (BEFORE_NUMBER.has(word) && isDigit(nextChar.charCodeAt(0))) return true;
  const dotted = word.includes('.'); // "U.S", "a.m", "e.g"
  const initial = before.length === 1 && !isLower(before);
  if (dotted || initial || MAY_END.has(word) || BEFORE_NUMBER.has(word)) {
    // Ambiguous: "the U.S. Senate" goes on, "in the U.S. The talks" does not.
    const after = wordAfter(text, next).toLowerCase();
    return !SENTENCE_STARTERS.has(after);
  }
  return false;
}

/** The sentences of `text`, trimmed, with offsets into `text`. A blank line always ends a sentence. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  if (typeof text !== 'string') return out;
  const n = text.length;
  let start = -1;
  let lastNonSpace = -1;

  const close = (end: number): void => {
    if (start >= 0 && end > start) out.push({ text: text.slice(start, end), start, end });
    start = -1;
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c > 32 && c < 127 && start >= 0) {
      // The common case, a visible ASCII character inside a sentence.
      lastNonSpace = i;
      if (c !== 46 && c !== 33 && c !== 63) {
        i++;
        continue;
      }
    }
    if (isSpace(text.charCodeAt(i))) {
      if (c === NEWLINE && start >= 0) {
        // A blank line (only spaces between two line breaks) is a paragraph break.
        let j = i + 1;
        while (j < n && text.charCodeAt(j) !== NEWLINE && isSpace(text.charCodeAt(j))) j++;
        if (j < n && text.charCodeAt(j) === NEWLINE) {
          close(lastNonSpace + 1);
          i = j + 1;
          continue;
        }
      }
      i++;
      continue;
    }
    if (start < 0) start = i;
    lastNonSpace = i;
    // Most characters are neither: answer them with two comparisons.
    if (c !== 46 && c !== 33 && c !== 63 && c < 0x2026) {
      i++;
      continue;
    }
    if (WIDE_TERMINATORS.has(c)) {
      let k = i + 1;
      while (k < n && CLOSERS.has(text.charCodeAt(k))) k++;
      close(k);
      i = k;
      continue;
    }
    if (!TERMINATORS.has(c)) {
      i++;
      continue;
    }
    // A run of terminators ("?!", "..."), then closing quotes or brackets.
    let j = i + 1;
    while (j < n && TERMINATORS.has(text.charCodeAt(j))) j++;
    let k = j;
    while (k < n && CLOSERS.has(text.charCodeAt(k))) k++;
    if (k >= n) {
      close(k);
      i = k;
      continue;
    }
    lastNonSpace = k - 1;
    if (!isSpace(text.charCodeAt(k))) {
      // "2.4", "U.S.", "example.com": no space, no break.
      i = k;
      continue;
    }
    let m = k;
    while (m < n && isSpace(text.charCodeAt(m))) m++;
    let letterAt = m;
    while (letterAt < n && OPENERS.has(text.charCodeAt(letterAt))) letterAt++;
    const next = text[letterAt] ?? '';
    const goesOn =
      isLower(next) ||
      next === ',' ||
      next === ';' ||
      next === ':' ||
      next === ')' ||
      (j === i + 1 && c === POINT && pointContinues(text, i, start, letterAt));
    if (m >= n || !goesOn) close(k);
    i = k;
  }
  if (start >= 0) close(lastNonSpace + 1);
  return out;
}
