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
  `prime minister president mr mrs ms dr news id comment comments share read more video photo photos
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
  const words = wordsOf(text);
  // Evidence from the whole text: a capitalized word at the start of a sentence or heading is a name
  // only if the text also capitalizes it mid-sentence and never writes it in lower case.
  const midCapitalized = new Set<string>();
  const lowered = new Set<string>();
  for (const w of words) {
    if (w.capital && !w.initial) midCapitalized.add(keyOf(w.word));
    else if (!w.capital) lowered.add(keyOf(w.word));
  }
  const nameLike = (word: string) => midCapitalized.has(keyOf(word)) && !lowered.has(keyOf(word));

  const seen = new Map<string, NameOccurrence>();
  const add = (run: Word[]) => {
    let kept = run.map((w) => w.word);
    while (kept.length && PARTICLES.has(kept[kept.length - 1].toLowerCase())) kept.pop();
    if (kept.length && run[0].initial && !nameLike(kept[0])) {
      // A multi-word run keeps its first word unless it is a common word ("During Hamas' raid").
      const first = keyOf(kept[0]);
      if (kept.length === 1 || isStopword(first) || lowered.has(first)) kept = kept.slice(1);
    }
    while (kept.length && PARTICLES.has(kept[0].toLowerCase())) kept = kept.slice(1);
    kept = kept.filter((w) => !NOT_NAMES.has(keyOf(w)));
    if (!kept.length) return;
    const key = kept.map(keyOf).join(' ');
    if (kept.length === 1 && (CALENDAR.has(key) || isStopword(key) || key.length < 2)) return;
    if (!seen.has(key)) seen.set(key, { key, text: kept.map(stripPossessive).join(' ') });
  };

  let run: Word[] = [];
  for (const w of words) {
    if (run.length && !(w.joined && (w.capital || PARTICLES.has(w.word.toLowerCase())))) {
      add(run);
      run = [];
    }
    if (w.capital) {
      run.push(w);
      if (w.ends) {
        add(run);
        run = [];
      }
    } else if (run.length && PARTICLES.has(w.word.toLowerCase())) {
      run.push(w);
    }
  }
  if (run.length) add(run);
  return [...seen.values()];
}

/** Whether two normalized names name the same thing: equal, or one is the other's last word. */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.includes(' ')) return false;
  return long.endsWith(' ' + short);
}

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  let previousEnd = -1;
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    const start = match.index ?? 0;
    let ends = /['’]s$/u.test(word);
    // "Tehran-based", "Israeli-occupied": the capitalized head is the name, and the name ends there.
    const compound = /^(\p{Lu}[\p{L}\p{M}]*)[-‐]\p{Ll}/u.exec(word);
    if (compound && !ARTICLE_PREFIX.test(word)) {
      word = compound[1];
      ends = true;
    }
    const capital = (UPPER.test(word) && (HAS_LOWER.test(word) || word.length > 1)) || ARTICLE_PREFIX.test(word);
    const gap = previousEnd < 0 ? '' : text.slice(previousEnd, start);
    out.push({
      word,
      capital,
      initial: previousEnd < 0 || startsSentence(gap),
      joined: previousEnd >= 0 && /^[ \u00a0]$/.test(gap),
      ends,
    });
    previousEnd = start + match[0].length;
  }
  return out;
}

function keyOf(word: string): string {
  return normalizeWord(stripPossessive(word)).replace(/‐/g, '-');
}

function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, '').replace(/['’]$/u, '');
}

function startsSentence(gap: string): boolean {
  return /[.!?:;•|/›»>]\s*["“‘'(\[]?\s*$/u.test(gap) || /\s[–—-]\s+$/u.test(gap) || gap.includes('\n');
}
