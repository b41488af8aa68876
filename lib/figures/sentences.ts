// Splits a text into sentences with their offsets, without being fooled by "U.S.", "Mar. 16",
// "Dr. Smith", initials ("George W. Bush") or decimals, and keeping closing quotes with their sentence.
// One linear pass over the characters; every look-around is bounded to a few characters.

export interface Sentence {
  text: string;
  start: number;
  /** End offset, exclusive. */
  end: number;
}

/** Titles that always precede a name: a point after them never ends a sentence. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'cmdr',
  'adm', 'brig', 'rep', 'sen', 'gov', 'pres', 'rev', 'hon', 'fr', 'mt', 'ft', 'messrs', 'mme', 'insp',
  'supt', 'amb', 'vs', 'v', 'cf', 'approx', 'ca', 'est', 'dept', 'univ', 'assn', 'bros', 'ave', 'blvd', 'rd',
]);

/** Abbreviations that usually stand before a number: "Mar. 16", "No. 5", "p. 12". */
const BEFORE_NUMBER = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'p', 'pp', 'vol', 'art', 'fig', 'sec', 'ch', 'op', 'para', 'ed',
]);

/** Abbreviations that may end a sentence: a capital after them starts one only if it looks like a sentence start. */
const MAY_END = new Set(['inc', 'ltd', 'co', 'corp', 'etc', 'plc', 'llc', 'al', 'jr', 'sr', 'esq']);

/** Words that commonly open a sentence; after "U.S." or "Inc." they signal a new sentence. */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those',
  'but', 'and', 'or', 'in', 'on', 'at', 'as', 'for', 'if', 'when', 'while', 'there', 'his', 'her',
  'their', 'its', 'our', 'my', 'after', 'before', 'since', 'however', 'meanwhile', 'so', 'yet', 'then',
  'now', 'according', 'during', 'some', 'many', 'most', 'all', 'what', 'who', 'why', 'how', 'both',
  'officials', 'also', 'still', 'such', 'other', 'last', 'earlier', 'later', 'by', 'with', 'from',
]);

const TERMINATORS = new Set(['.', '!', '?', '\u2026']);
/** Full-width terminators end a sentence even with no space after them. */
const WIDE_TERMINATORS = new Set(['\u3002', '\uff01', '\uff1f']);
const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb', '\u203a']);
const OPENERS = new Set(['"', "'", '\u201c', '\u2018', '(', '[', '\u00ab', '\u2039']);

const UNICODE_SPACE = /\s/u;

/** Whitespace as `String.prototype.trim` sees it, so sentences come out trimmed. */
function isSpace(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c > 127 && UNICODE_SPACE.test(ch);
}

function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

function isLower(ch: string): boolean {
  return isLetter(ch) && ch === ch.toLowerCase();
}

function isDigitChar(ch: string): boolean {
  return ch >= '0' && ch <= '9';
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
  if (BEFORE_NUMBER.has(word) && isDigitChar(nextChar)) return true;
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
    const ch = text[i];
    if (isSpace(ch)) {
      if (ch === '\n' && start >= 0) {
        // A blank line (only spaces between two line breaks) is a paragraph break.
        let j = i + 1;
        while (j < n && text[j] !== '\n' && isSpace(text[j])) j++;
        if (j < n && text[j] === '\n') {
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
    if (WIDE_TERMINATORS.has(ch)) {
      let k = i + 1;
      while (k < n && CLOSERS.has(text[k])) k++;
      close(k);
      i = k;
      continue;
    }
    if (!TERMINATORS.has(ch)) {
      i++;
      continue;
    }
    // A run of terminators ("?!", "..."), then closing quotes or brackets.
    let j = i + 1;
    while (j < n && TERMINATORS.has(text[j])) j++;
    let k = j;
    while (k < n && CLOSERS.has(text[k])) k++;
    if (k >= n) {
      close(k);
      i = k;
      continue;
    }
    if (!isSpace(text[k])) {
      // "2.4", "U.S.", "example.com": no space, no break.
      lastNonSpace = k - 1;
      i = k;
      continue;
    }
    let m = k;
    while (m < n && isSpace(text[m])) m++;
    let letterAt = m;
    while (letterAt < n && OPENERS.has(text[letterAt])) letterAt++;
    const next = text[letterAt] ?? '';
    const breaks =
      m >= n ||
      !(isLower(next) || next === ',' || next === ';' || next === ':' || next === ')') &&
        !(j === i + 1 && ch === '.' && pointContinues(text, i, start, letterAt));
    if (breaks) {
      close(k);
      i = k;
    } else {
      lastNonSpace = k - 1;
      i = k;
    }
  }
  if (start >= 0) close(lastNonSpace + 1);
  return out;
}
