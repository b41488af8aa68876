// Candidate names of people, places and organizations: runs of capitalized words ("Benjamin
// Netanyahu", "Press TV", "Salah al-Din"), without the capitalized common words that merely start
// a sentence or a heading ("During", "Resistance shatters"), month and day names, or page furniture.
// Normalized (lower case, accents and possessives dropped) so names from two texts can be compared.
import { ANY_LANGUAGE, isStopword } from './stopwords';
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

/** What a word says wherever it stands, derived once per distinct word (see `wordAt`). */
interface NameWord {
  /** As written. */
  raw: string;
  /** The word a name is made of: `raw`, or the head of a compound ("Tehran" of "Tehran-based"). */
  word: string;
  capital: boolean;
  /** Ends any name it is in: a possessive, or a compound like "Gaza-based". */
  ends: boolean;
  /** keyOf(word), interned: where the text's evidence about the word is kept. */
  key: NameKey;
  /** How a lower-case `raw` is remembered as written in lower case; null for a capital. */
  lowered: NameKey | null;
  /** `raw` is a particle ("of", "bin") that may stand inside a name. */
  joinsNames: boolean;
  /** `word` is a particle, which a name neither starts nor ends with. */
  particle: boolean;
  /** `word` is a title or furniture word ("Minister"), which separates names. */
  notName: boolean;
  /** Alone, the word can be a name: not a month or a day, a stop word, or a single letter. */
  alone: boolean;
  /** `word` without a possessive, as a name is shown. */
  stripped: string;
  /** FNV-1a of `raw`, and the next word in the same bucket. */
  hash: number;
  next: NameWord | null;
}

/** A normalized word with the evidence the text being read gives about it (stamped with its serial). */
interface NameKey {
  key: string;
  /** Capitalized in mid-sentence. */
  midCapitalizedIn: number;
  /** Written in lower case. */
  loweredIn: number;
}

/** The distinct candidate names of `text`, normalized, in order of first appearance. */
export function names(text: string): string[] {
  return nameOccurrences(text).map((n) => n.key);
}

/** Serial of the last text read, which stamps the evidence in its words' keys. */
let texts = 0;

/** The distinct candidate names with the form each was first written in. */
export function nameOccurrences(text: string): NameOccurrence[] {
  makeRoom();
  const serial = ++texts;
  // Pass 1: runs of capitalized words (with particles between), and the evidence of the whole text:
  // a capitalized word at the start of a sentence or heading is a name only if the text also
  // capitalizes it mid-sentence and never writes it in lower case.
  const runs: NameWord[][] = [];
  /** Whether each run starts a sentence, a line or a heading. */
  const initials: boolean[] = [];
  let run: NameWord[] = [];
  let runInitial = false;
  const endRun = () => {
    runs.push(run);
    initials.push(runInitial);
    run = [];
  };
  let previousEnd = -1;
  for (let start = nextWordStart(text, 0); start < text.length; start = nextWordStart(text, previousEnd)) {
    const end = wordEnd(text, start);
    // Separated from the previous word by a single space, a word may continue its name; the first
    // word of a sentence, line or heading is "initial".
    const gapChar = previousEnd >= 0 && start - previousEnd === 1 ? text.charCodeAt(previousEnd) : -1;
    const joined = gapChar === 32 || gapChar === 0xa0;
    const initial = previousEnd < 0 || (!joined && gapEndsSentence(text, previousEnd, start, HEADING_MARKS));
    previousEnd = end;
    const w = wordAt(text, start, end);
    if (!w.capital) {
      w.lowered!.loweredIn = serial;
      if (run.length && joined && w.joinsNames) run.push(w);
      else if (run.length) endRun();
      continue;
    }
    if (!initial) w.key.midCapitalizedIn = serial;
    if (run.length && !joined) endRun();
    if (!run.length) runInitial = initial;
    run.push(w);
    if (w.ends) endRun();
  }
  if (run.length) endRun();

  // Pass 2: each run trimmed to its names (the words from `lo` to `hi`, end exclusive).
  const seen = new Map<string, NameOccurrence>();
  for (let k = 0; k < runs.length; k++) {
    const r = runs[k];
    let lo = 0;
    let hi = r.length;
    while (hi > lo && r[hi - 1].particle) hi--;
    const first = r[0].key;
    const nameLike = first.midCapitalizedIn === serial && first.loweredIn !== serial;
    if (hi > lo && initials[k] && !nameLike) {
      // A multi-word run keeps its first word unless it is a common word ("During Hamas' raid").
      if (hi === 1 || isStopword(first.key, ANY_LANGUAGE) || first.loweredIn === serial) lo = 1;
    }
    while (hi > lo && r[lo].particle) lo++;
    // A title or furniture word separates names: "Israeli Prime Minister Benjamin Netanyahu".
    let from = lo;
    for (let i = lo; i <= hi; i++) {
      if (i < hi && !r[i].notName) continue;
      let to = i;
      while (to > from && r[to - 1].particle) to--;
      if (to > from) addName(seen, r, from, to);
      from = i + 1;
    }
  }
  return [...seen.values()];
}

/** Adds the name of words `from` to `to` (end exclusive), unless a single word cannot be a name alone. */
function addName(seen: Map<string, NameOccurrence>, words: NameWord[], from: number, to: number): void {
  if (to - from === 1) {
    const w = words[from];
    if (!w.alone || seen.has(w.key.key)) return;
    seen.set(w.key.key, { key: w.key.key, text: w.stripped });
    return;
  }
  let key = words[from].key.key;
  for (let i = from + 1; i < to; i++) key += ' ' + words[i].key.key;
  if (seen.has(key)) return;
  let text = words[from].stripped;
  for (let i = from + 1; i < to; i++) text += ' ' + words[i].stripped;
  seen.set(key, { key, text });
}

/** Whether two normalized names name the same thing: equal, or one is the other's last word. */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.includes(' ')) return false;
  return long.endsWith(' ' + short);
}

// Every word of every text indexed is read here, mostly the same few thousand words: each distinct
// word is derived once and found again by its FNV hash, comparing characters in place, without
// building its string or adding it to a set per text. The evidence of a text is stamped in the
// words' keys with its serial.
const BUCKETS = 1 << 15;
const MASK = BUCKETS - 1;
/** Words kept before the table starts over (memory stays bounded on any import). */
const MAX_WORDS = 50_000;
const buckets: Array<NameWord | null> = new Array<NameWord | null>(BUCKETS).fill(null);
const keys = new Map<string, NameKey>();
let size = 0;

/** Empties the table when full; called before a text is read, so a text's words keep their stamps. */
function makeRoom(): void {
  if (size < MAX_WORDS) return;
  buckets.fill(null);
  keys.clear();
  size = 0;
}

/** The word `text.slice(start, end)`. */
function wordAt(text: string, start: number, end: number): NameWord {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h >>>= 0;
  for (let w = buckets[h & MASK]; w; w = w.next) if (w.hash === h && sameText(w.raw, text, start, end)) return w;
  const w = readWord(text.slice(start, end), h, buckets[h & MASK]);
  buckets[h & MASK] = w;
  size++;
  return w;
}

function sameText(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = start, j = 0; i < end; i++, j++) if (text.charCodeAt(i) !== word.charCodeAt(j)) return false;
  return true;
}

function readWord(raw: string, hash: number, next: NameWord | null): NameWord {
  let word = raw;
  const last = word.charCodeAt(word.length - 1);
  let ends =
    (last === 115 || last === 83) &&
    word.length > 2 &&
    (word[word.length - 2] === "'" || word[word.length - 2] === '’');
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
  const capital =
    (upper && (word.length > 1 || HAS_LOWER.test(word))) ||
    (!upper && code === 97 && ARTICLE_PREFIX.test(word)) ||
    (!upper && code === 101 && ARTICLE_PREFIX.test(word));
  const key = internKey(keyOf(word));
  return {
    raw,
    word,
    capital,
    ends,
    key,
    lowered: capital ? null : internKey(raw.charCodeAt(0) < 128 ? stripPossessive(raw) : keyOf(raw)),
    joinsNames: PARTICLES.has(raw),
    particle: PARTICLES.has(word.toLowerCase()),
    notName: NOT_NAMES.has(key.key),
    alone: !(CALENDAR.has(key.key) || isStopword(key.key, ANY_LANGUAGE) || key.key.length < 2),
    stripped: stripPossessive(word),
    hash,
    next,
  };
}

function internKey(key: string): NameKey {
  let k = keys.get(key);
  if (!k) keys.set(key, (k = { key, midCapitalizedIn: 0, loweredIn: 0 }));
  return k;
}

function keyOf(word: string): string {
  return normalizeWord(stripPossessive(word)).replace(/‐/g, '-');
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
/** Class of each ASCII character. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  ASCII_CLASS[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? LETTER : c >= 48 && c <= 57 ? DIGIT : NONE;
/** Class of each BMP code unit outside ASCII, filled as met (0 = not yet known). */
const bmpClass = new Uint8Array(65536);

/** LETTER (letter or mark), DIGIT (any number) or NONE for the code point at `i`. */
function charClass(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? LETTER : code >= 48 && code <= 57 ? DIGIT : NONE;
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
  while (i < text.length) {
    const code = text.charCodeAt(i);
    // ASCII by table; the rest by charClass.
    if (code < 128) {
      if (ASCII_CLASS[code] === LETTER) return i;
      i++;
    } else if (charClass(text, i) === LETTER) return i;
    else i += width(text, i);
  }
  return i;
}

/** Where the word starting at `start` ends. */
function wordEnd(text: string, start: number): number {
  let i = start;
  for (;;) {
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code < 128) {
        if (ASCII_CLASS[code] === NONE) break;
        i++;
      } else if (charClass(text, i) === NONE) break;
      else i += width(text, i);
    }
    const code = text.charCodeAt(i);
    if (
      (code === 39 || code === 0x2019 || code === 45 || code === 0x2010) &&
      i + 1 < text.length &&
      charClass(text, i + 1) !== NONE
    ) {
      i++;
      continue;
    }
    return i;
  }
}

/**
 * Whether a title capitalizes its words as headlines in title case do ("Skies Over Jerusalem Lit
 * Up"): then its capitals say nothing of names. Most of its longer words after the first, leaving out
 * stop words, start with a capital.
 */
export function titleCased(title: string): boolean {
  const words = title.split(/\s+/).slice(1);
  let long = 0;
  let capitalized = 0;
  for (const raw of words) {
    const word = raw.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (word.length < 4 || isStopword(word.toLowerCase(), ANY_LANGUAGE)) continue;
    long++;
    if (UPPER.test(word)) capitalized++;
  }
  return long >= 2 && capitalized / long >= 0.6;
}

/**
 * The names of a text with its title, the title's first: a headline names the event's people and
 * places ("Lawmakers in Strasbourg back…"), often ones the text itself writes otherwise. A title in
 * title case adds none (its capitals say nothing), nor does the run of capitals a title starts with
 * (its first word is capitalized anyway) unless the text names it too.
 */
export function namesWithTitle(title: string, text: string): NameOccurrence[] {
  const body = nameOccurrences(text);
  const head = title.trim().slice(0, 300);
  if (!head || titleCased(head)) return body;
  const inBody = new Set(body.map((n) => n.key));
  const start = head.replace(/^[^\p{L}]+/u, '');
  const fromTitle = nameOccurrences(head).filter((n) => !start.startsWith(n.text) || inBody.has(n.key));
  if (fromTitle.length === 0) return body;
  const seen = new Set(fromTitle.map((n) => n.key));
  return [...fromTitle, ...body.filter((n) => !seen.has(n.key))];
}
