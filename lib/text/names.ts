// Candidate names of people, places and organizations: runs of capitalized words ("Benjamin
// Netanyahu", "Press TV", "Salah al-Din"), without the capitalized common words that merely start
// a sentence or a heading ("During", "Resistance shatters"), month and day names, or page furniture.
// Normalized (lower case, accents and possessives dropped) so names from two texts can be compared.
import { isStopword } from './stopwords';
import { normalizeWord } from './tokenize';
import { gapEndsSentence, HEADING_MARKS } from './sentence-gap';

const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
/** Arabic article prefixes before a capital: "al-Din", "el-Sisi". */
const ARTICLE_PREFIX = /^(?:al|el|ad|ar|as|ash|at|az|an)[-‐]\p{Lu}/u;
/** Lower-case particles that may stand inside a name: "Bank of England", "Ibn Saud". */
const PARTICLES = new Set(['of', 'bin', 'ibn', 'de', 'la', 'van', 'von', 'der', 'du', 'da', 'di']);
const CALENDAR = new Set(
  `january february march april may june july august september october november december jan feb mar apr
  jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/),
);
/** Capitalized words that are furniture or titles, not names, wherever they stand. */
const NOT_NAMES = new Set(
  `prime minister president mr mrs ms dr leader majority minority secretary governor senator spokesman
  spokeswoman chief director ambassador envoy commander general news id comment comments share read more video photo photos
  related home latest world politics sport sports business opinion live update updates advertisement
  subscribe follow click copyright all rights reserved file menu search login sign`.split(/\s+/),
);

export interface NameOccurrence {
  /** Normalized for comparison: "benjamin netanyahu". */
  key: string;
  /** As first written: "Benjamin Netanyahu". */
  text: string;
}

interface Word {
  word: string;
  capital: boolean;
  /** First word of a sentence, line or heading. */
  initial: boolean;
  /** Separated from the previous word by a single space: may continue its name. */
  joined: boolean;
  /** Ends any name it is in: a possessive, or a compound like "Gaza-based". */
  ends: boolean;
}

/** The distinct candidate names of `text`, normalized, in order of first appearance. */
export function names(text: string): string[] {
  return nameOccurrences(text).map((n) => n.key);
}

/** The distinct candidate names with the form each was first written in. */
export function nameOccurrences(text: string): NameOccurrence[] {
  // Pass 1: runs of capitalized words (with particles between), and the evidence of the whole text:
  // a capitalized word at the start of a sentence or heading is a name only if the text also
  // capitalizes it mid-sentence and never writes it in lower case.
  const runs: Word[][] = [];
  const midCapitalized = new Set<string>();
  const lowered = new Set<string>();
  let run: Word[] = [];
  let previousEnd = -1;
  for (let start = nextWordStart(text, 0); start < text.length; start = nextWordStart(text, previousEnd)) {
    const end = wordEnd(text, start);
    const raw = text.slice(start, end);
    const gapChar = previousEnd >= 0 && start - previousEnd === 1 ? text.charCodeAt(previousEnd) : -1;
    const joined = gapChar === 32 || gapChar === 0xa0;
    const initial = previousEnd < 0 || (!joined && gapEndsSentence(text, previousEnd, start, HEADING_MARKS));
    previousEnd = end;
    const w = readWord(raw, joined, initial);
    if (!w.capital) {
      lowered.add(raw.charCodeAt(0) < 128 ? stripPossessive(raw) : keyOf(raw));
      if (run.length && joined && PARTICLES.has(raw)) run.push(w);
      else if (run.length) {
        runs.push(run);
        run = [];
      }
      continue;
    }
    if (!initial) midCapitalized.add(keyOf(w.word));
    if (run.length && !joined) {
      runs.push(run);
      run = [];
    }
    run.push(w);
    if (w.ends) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);

  // Pass 2: each run trimmed to its names.
  const nameLike = (word: string) => midCapitalized.has(keyOf(word)) && !lowered.has(keyOf(word));
  const seen = new Map<string, NameOccurrence>();
  const addName = (kept: string[]) => {
    const key = kept.map(keyOf).join(' ');
    if (kept.length === 1 && (CALENDAR.has(key) || isStopword(key) || key.length < 2)) return;
    if (!seen.has(key)) seen.set(key, { key, text: kept.map(stripPossessive).join(' ') });
  };
  for (const r of runs) {
    let kept = r.map((w) => w.word);
    while (kept.length && PARTICLES.has(kept[kept.length - 1].toLowerCase())) kept.pop();
    if (kept.length && r[0].initial && !nameLike(kept[0])) {
      // A multi-word run keeps its first word unless it is a common word ("During Hamas' raid").
      const first = keyOf(kept[0]);
      if (kept.length === 1 || isStopword(first) || lowered.has(first)) kept = kept.slice(1);
    }
    while (kept.length && PARTICLES.has(kept[0].toLowerCase())) kept = kept.slice(1);
    // A title or furniture word separates names: "Israeli Prime Minister Benjamin Netanyahu".
    let part: string[] = [];
    for (const w of [...kept, '']) {
      if (w && !NOT_NAMES.has(keyOf(w))) {
        part.push(w);
        continue;
      }
      while (part.length && PARTICLES.has(part[part.length - 1].toLowerCase())) part.pop();
      if (part.length) addName(part);
      part = [];
    }
  }
  return [...seen.values()];
}

/** Whether two normalized names name the same thing: equal, or one is the other's last word. */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.includes(' ')) return false;
  return long.endsWith(' ' + short);
}

function readWord(raw: string, joined: boolean, initial: boolean): Word {
  let word = raw;
  const last = word.charCodeAt(word.length - 1);
  let ends = (last === 115 || last === 83) && word.length > 2 && (word[word.length - 2] === "'" || word[word.length - 2] === '’');
  // "Tehran-based", "Israeli-occupied": the capitalized head is the name, and the name ends there.
  if (word.includes('-') || word.includes('‐')) {
    const compound = /^(\p{Lu}[\p{L}\p{M}]*)[-‐]\p{Ll}/u.exec(word);
    if (compound && !ARTICLE_PREFIX.test(word)) {
      word = compound[1];
      ends = true;
    }
  }
  const code = word.charCodeAt(0);
  const upper = code >= 65 && code <= 90 ? true : code < 128 ? false : UPPER.test(word);
  const capital = (upper && (word.length > 1 || HAS_LOWER.test(word))) || (!upper && code === 97 && ARTICLE_PREFIX.test(word)) || (!upper && code === 101 && ARTICLE_PREFIX.test(word));
  return { word, capital, initial, joined, ends };
}

const keys = new Map<string, string>();
function keyOf(word: string): string {
  let key = keys.get(word);
  if (key === undefined) {
    key = normalizeWord(stripPossessive(word)).replace(/‐/g, '-');
    if (keys.size > 50_000) keys.clear();
    keys.set(word, key);
  }
  return key;
}

const isApostrophe = (code: number) => code === 39 || code === 0x2019;

/** "Hamas's" and "Hamas'" to "Hamas" (a final "'s", then a final apostrophe). */
function stripPossessive(word: string): string {
  let end = word.length;
  if (end >= 2 && word.charCodeAt(end - 1) === 115 && isApostrophe(word.charCodeAt(end - 2))) end -= 2;
  if (end >= 1 && isApostrophe(word.charCodeAt(end - 1))) end -= 1;
  return end === word.length ? word : word.slice(0, end);
}

// The words names are read from: a letter or mark, then letters, marks and digits; an apostrophe or
// a hyphen followed by more of them joins ("al-Rashid", "Kana'ani", "Tehran-based"). A hand-written
// scanner equal to /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu, which cost
// more than everything else that reads names.
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const NUMBER = /^\p{N}$/u;
const NONE = 0;
const LETTER = 1;
const DIGIT = 2;
/** Class of each BMP code unit outside ASCII, filled as met (0 = not yet known). */
const bmpClass = new Uint8Array(65536);

/** LETTER (letter or mark), DIGIT (any number) or NONE for the code point at `i`. */
function charClass(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? LETTER : code >= 48 && code <= 57 ? DIGIT : NONE;
  if (isPair(text, i, code)) {
    const pair = text.slice(i, i + 2);
    return LETTER_OR_MARK.test(pair) ? LETTER : NUMBER.test(pair) ? DIGIT : NONE;
  }
  let c = bmpClass[code];
  if (c === 0) {
    const char = text[i];
    c = bmpClass[code] = LETTER_OR_MARK.test(char) ? LETTER + 1 : NUMBER.test(char) ? DIGIT + 1 : NONE + 1;
  }
  return c - 1;
}

/** Whether a surrogate pair (one astral code point) starts at `i`. */
function isPair(text: string, i: number, code = text.charCodeAt(i)): boolean {
  if (code < 0xd800 || code > 0xdbff) return false;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}

/** Code units of the code point at `i` (2 for a surrogate pair). */
function width(text: string, i: number): number {
  return isPair(text, i) ? 2 : 1;
}

/** Where the next word starts at or after `from` (text.length when none). */
function nextWordStart(text: string, from: number): number {
  let i = from;
  while (i < text.length && charClass(text, i) !== LETTER) i += width(text, i);
  return i;
}

/** Where the word starting at `start` ends. */
function wordEnd(text: string, start: number): number {
  let i = start;
  for (;;) {
    while (i < text.length && charClass(text, i) !== NONE) i += width(text, i);
    const code = text.charCodeAt(i);
    if ((code === 39 || code === 0x2019 || code === 45 || code === 0x2010) && i + 1 < text.length && charClass(text, i + 1) !== NONE) {
      i++;
      continue;
    }
    return i;
  }
}
