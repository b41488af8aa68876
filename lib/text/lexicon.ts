// The words the engine has met, each derived once: its shingle hash, whether it can be a term at all,
// and its term as a common word and as a name. A text profile (lib/match/text-profile.ts) reads
// every word of every article indexed, mostly the same few thousand words across a corpus; looking
// each one up once, and finding a plain ASCII word without building its string, is what makes the
// text work of indexing fast. What is derived is exactly what terms.ts and shingles.ts compute.
import { fnv1a } from './shingles';
import { stopwordMask } from './stopwords';
import { stem } from './stem';
import { isNumeric } from './tokenize';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** A term (stem) with the scratch of the text profile being built (see text-profile.ts). */
export interface LexTerm {
  term: string;
  /** The languages the stem is a stop word in (stopwordMask): a text in one of them drops it. */
  stop: number;
  /** Idf from the background prior alone, filled by the profile when first needed (-1 until then). */
  prior: number;
  /** Serial of the profile the fields below belong to; stale values from an earlier one are ignored. */
  profile: number;
  tf: number;
  first: number;
  /** The first surface form met, how often it was met, and a tally of any other forms. */
  form: string;
  forms: number;
  others: Map<string, number> | null;
}

export interface LexWord {
  /** The normalized token. */
  token: string;
  /** `fnv1a(token)`: the word's part of every shingle hash. */
  hash: number;
  /** The token without a final "'s", as explanations show it. */
  surface: string;
  /** True for numbers and one-letter debris, which are never terms. */
  debris: boolean;
  /** The languages the word is a stop word in (stopwordMask): a text in one of them drops it. */
  stop: number;
  /**
   * The languages the word is a sign of (lib/text/language.ts): those it is a stop word in, or for an
   * elided article or pronoun joined to its word ("l'armee", "dell'esercito"), those of the elision.
   */
  cue: number;
  numeric: boolean;
  /** Its term as a common word and as a name; null when the stem is dropped, undefined until needed. */
  plain: LexTerm | null | undefined;
  name: LexTerm | null | undefined;
  /** Serial of the last text that capitalized the word mid-sentence, and that wrote it in lower case. */
  capitalizedIn: number;
  lowerIn: number;
  /** Next word in the same hash bucket. */
  next: LexWord | null;
}

// Words are chained in buckets by their FNV hash, which a plain ASCII word gets while it is read:
// finding it again compares characters in place instead of slicing and lower-casing a new string.
const BUCKETS = 1 << 16;
const MASK = BUCKETS - 1;
/** Words kept before the lexicon starts over (memory stays bounded on any import). */
const MAX_WORDS = 50_000;
const buckets: Array<LexWord | null> = new Array<LexWord | null>(BUCKETS).fill(null);
const terms = new Map<string, LexTerm>();
let size = 0;

/**
 * Empties the lexicon when it is full. Called before a text is read, never during: a text's words
 * must keep their entries (and their terms' scratch) while it is profiled.
 */
export function makeRoom(): void {
  if (size < MAX_WORDS) return;
  buckets.fill(null);
  terms.clear();
  size = 0;
}

/** The word `text.slice(start, end).toLowerCase()` of a run of ASCII letters, digits, "'", "." and ",". */
export function asciiWord(text: string, start: number, end: number): LexWord {
  // FNV-1a of the lower-cased characters, as fnv1a(token) would compute it.
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
  }
  h >>>= 0;
  for (let w = buckets[h & MASK]; w; w = w.next) if (w.hash === h && sameLowerCase(w.token, text, start, end)) return w;
  return add(text.slice(start, end).toLowerCase(), h);
}

/** The word of a token already normalized. */
export function tokenWord(token: string): LexWord {
  const h = fnv1a(token);
  for (let w = buckets[h & MASK]; w; w = w.next) if (w.hash === h && w.token === token) return w;
  return add(token, h);
}

/** The word's term when it is read as a common word (`name` false) or as a name; null if too short to be one. */
export function termOf(word: LexWord, name: boolean): LexTerm | null {
  if (name) return word.name === undefined ? (word.name = internTerm(stem(word.token, { name: true }))) : word.name;
  return word.plain === undefined ? (word.plain = internTerm(stem(word.token))) : word.plain;
}

function add(token: string, hash: number): LexWord {
  const numeric = isNumeric(token);
  const debris = numeric || (token.length < 2 && !CJK.test(token));
  const stop = stopwordMask(token);
  const apostrophe = stop === 0 ? token.indexOf("'") : -1;
  const cue = apostrophe > 0 ? stopwordMask(token.slice(0, apostrophe + 1)) : stop;
  const surface = token.endsWith("'s") ? token.slice(0, -2) : token;
  const slot = hash & MASK;
  const word: LexWord = {
    token,
    hash,
    surface,
    debris,
    numeric,
    stop,
    cue,
    plain: undefined,
    name: undefined,
    capitalizedIn: 0,
    lowerIn: 0,
    next: buckets[slot],
  };
  buckets[slot] = word;
  size++;
  return word;
}

/** Whether `token` is the lower case of the ASCII run `text[start, end)`. */
function sameLowerCase(token: string, text: string, start: number, end: number): boolean {
  if (token.length !== end - start) return false;
  for (let i = start, j = 0; i < end; i++, j++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== token.charCodeAt(j)) return false;
  }
  return true;
}

/** The one LexTerm of a stem, or null for a stem too short to be a term. */
function internTerm(term: string): LexTerm | null {
  if (term.length < 2 && !CJK.test(term)) return null;
  let t = terms.get(term);
  if (!t)
    terms.set(
      term,
      (t = {
        term,
        stop: stopwordMask(term),
        prior: -1,
        profile: 0,
        tf: 0,
        first: 0,
        form: '',
        forms: 0,
        others: null,
      }),
    );
  return t;
}
