// Candidate names of people, places and organizations: runs of capitalized words ("Benjamin
// Netanyahu", "Press TV", "Salah al-Din"), without the capitalized common words that merely start
// a sentence or a heading ("During", "Resistance shatters"), month and day names, or page furniture.
// Normalized (lower case, accents and possessives dropped) so names from two texts can be compared.
import { isStopword } from './stopwords';
import { normalizeWord } from './tokenize';

// Hyphenated and apostrophe words count as one ("al-Rashid", "Kana'ani", "Tehran-based").
const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;
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
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index ?? 0;
    const gapChar = previousEnd >= 0 && start - previousEnd === 1 ? text.charCodeAt(previousEnd) : -1;
    const joined = gapChar === 32 || gapChar === 0xa0;
    const initial = previousEnd < 0 || (!joined && startsSentence(text.slice(previousEnd, start)));
    previousEnd = start + raw.length;
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

function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, '').replace(/['’]$/u, '');
}

function startsSentence(gap: string): boolean {
  return /[.!?:;•|/›»>]\s*["“‘'(\[]?\s*$/u.test(gap) || /\s[–—-]\s+$/u.test(gap) || gap.includes('\n');
}
