// Paragraphs and sentences of an article body, with offsets. Attribution works sentence by sentence,
// so the splitter must not break "U.S. Senate", "Mar. 16" or "Dr. Smith"; it is one linear scan.
// (Written here because lib/figures/sentences.ts did not exist yet; one of the two should go.)

export interface TextSpan {
  text: string;
  /** Offsets in the whole text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
}

export interface SentenceSpan extends TextSpan {
  /** Index of the paragraph it stands in. */
  paragraph: number;
}

// Lower-cased words that end with a dot without ending a sentence.
const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof gen sen rep gov lt col sgt capt cmdr adm maj st jr sr no nos vs etc inc ltd co corp
  jan feb mar apr jun jul aug sep sept oct nov dec approx est dept univ fig vol ed eds op cf al rev hon`.split(/\s+/),
);
// After a dotted acronym ("U.S."), a capital usually continues the name ("U.S. Senate"); these words
// usually start a new sentence instead.
const SENTENCE_STARTERS = new Set(
  `the he she it they this that these those in on at but and however a an we i his her their its there as
  after before when while if meanwhile yet so`.split(/\s+/),
);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«']);

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0' || c === '\f' || c === '\v';
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /\p{L}/u.test(c);
}

function isUpperStart(c: string | undefined): boolean {
  return c !== undefined && /[\p{Lu}\p{N}]/u.test(c);
}

/** The span of `text` between start and end with surrounding whitespace trimmed, or null if blank. */
function trimmed(text: string, start: number, end: number): TextSpan | null {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return start < end ? { text: text.slice(start, end), start, end } : null;
}

/** The paragraphs of a text: blocks separated by blank lines. */
export function splitParagraphs(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  const blank = /\n[ \t\r\u00a0]*\n/g;
  let from = 0;
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    const span = trimmed(text, from, m.index);
    if (span) out.push(span);
    from = m.index + m[0].length;
  }
  const last = trimmed(text, from, text.length);
  if (last) out.push(last);
  return out;
}

/** The word just before position `dot` (letters and inner dots): "U.S" for "U.S.", "Mar" for "Mar.". */
function wordBefore(text: string, dot: number, floor: number): string {
  let i = dot;
  while (i > floor && dot - i < 24 && (isLetter(text[i - 1]) || (text[i - 1] === '.' && isLetter(text[i - 2])))) i--;
  return text.slice(i, dot);
}

/** The word starting at `i`. */
function wordAt(text: string, i: number): string {
  let j = i;
  while (j < text.length && j - i < 20 && isLetter(text[j])) j++;
  return text.slice(i, j);
}

/** Whether the dot at `dot` ends a sentence, given the next sentence would start at `next`. */
function dotEndsSentence(text: string, dot: number, next: number, floor: number): boolean {
  const word = wordBefore(text, dot, floor);
  if (!word) return true;
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false; // an initial: "Joe J. Smith"
  if (word.includes('.')) return SENTENCE_STARTERS.has(wordAt(text, next).toLowerCase());
  return true;
}

function splitParagraph(text: string, para: TextSpan, index: number, out: SentenceSpan[]): void {
  let from = para.start;
  const end = para.end;
  for (let i = para.start; i < end; i++) {
    const c = text[i];
    if (c !== '.' && c !== '?' && c !== '!' && c !== '…') continue;
    let j = i + 1;
    while (j < end && (text[j] === '.' || text[j] === '?' || text[j] === '!' || text[j] === '…' || CLOSERS.has(text[j]!))) j++;
    const dot = i;
    // Whatever happens next, the run of terminators and closers is consumed once (a linear scan).
    i = j - 1;
    if (j < end && !isSpace(text[j])) continue;
    let k = j;
    while (k < end && isSpace(text[k])) k++;
    if (k >= end) break;
    const nextChar = text[k];
    if (!isUpperStart(nextChar) && !OPENERS.has(nextChar!)) continue;
    if (c === '.' && j === dot + 1 && !dotEndsSentence(text, dot, k, para.start)) continue;
    const span = trimmed(text, from, j);
    if (span) out.push({ ...span, paragraph: index });
    from = k;
    i = k - 1;
  }
  const rest = trimmed(text, from, end);
  if (rest) out.push({ ...rest, paragraph: index });
}

/** The sentences of a text, paragraph by paragraph; a paragraph break always ends a sentence. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  splitParagraphs(text).forEach((para, index) => splitParagraph(text, para, index, out));
  return out;
}
