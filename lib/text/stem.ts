// A light English stemmer: folds plurals, possessives, -ing, -ed and -ly so that "talks", "talk" and
// "talking" meet, while leaving short words and names alone. Deliberately lighter than Porter: an
// over-eager stemmer merges unrelated words ("general"/"generate") and mangles names ("Hamas",
// "Beijing"); for finding articles about the same events, a few missed merges cost less.

/** Names and words that look inflected but are not ("Hamas" is no plural of "Hama"). */
const KEEP = new Set(
  `hamas texas vegas thomas christmas lucas douglas caracas honduras barbados athens paris tunis
  brussels wales philippines netherlands emirates bahamas seychelles maldives news lens series species
  beijing nanjing king ring thing sterling viking boeing wedding ceiling evening morning during nothing
  something anything everything bring spring string sing wing sling swing ping kunming harbin
  bed red shed seed need feed speed breed creed greed hundred kindred naked wicked sacred
  only early daily family italy july reply supply rally ally bully belly jelly holy ugly apply
  always perhaps abbas mesbah gas bus plus thus yes this his has was is as us`
    .split(/\s+/)
    .filter(Boolean),
);

const VOWEL = /[aeiouy]/;
const ASCII_WORD = /^[a-z][a-z']*$/;

export interface StemOptions {
  /** The token is a proper name in its text: only possessives and demonym plurals are folded. */
  name?: boolean;
}

// Stemming is pure and words repeat: a bounded memo saves most of the work on a large import.
const MEMO_MAX = 50_000;
const memo = new Map<string, string>();
const nameMemo = new Map<string, string>();

/** The stem of a normalized (lower-case) token. */
export function stem(token: string, options: StemOptions = {}): string {
  const cache = options.name ? nameMemo : memo;
  let result = cache.get(token);
  if (result === undefined) {
    result = computeStem(token, options);
    if (cache.size >= MEMO_MAX) cache.clear();
    cache.set(token, result);
  }
  return result;
}

function computeStem(token: string, options: StemOptions): string {
  let word = stripPossessive(token);
  if (!ASCII_WORD.test(word) || word.length <= 3 || KEEP.has(word)) return word;
  if (options.name) {
    // "Palestinians" and "Israelis" fold to their adjective; other names stay as written.
    if (/[^s]ns$/.test(word) || (word.length > 6 && /[^s]is$/.test(word))) return word.slice(0, -1);
    return word;
  }
  word = plural(word);
  word = suffix(word);
  // A final silent e is dropped so that "release", "released" and "releasing" share "releas".
  if (word.length > 3 && word.endsWith('e') && !word.endsWith('ee')) word = word.slice(0, -1);
  return word;
}

function stripPossessive(word: string): string {
  if (word.endsWith("'s")) return word.slice(0, -2);
  if (word.endsWith("'")) return word.slice(0, -1);
  return word;
}

function plural(word: string): string {
  if (KEEP.has(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (/(?:[sxz]|ch|sh)es$/.test(word) && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is|as|os)$/.test(word)) return word.slice(0, -1);
  return word;
}

function suffix(word: string): string {
  if (KEEP.has(word)) return word;
  if (word.endsWith('ing') && word.length > 5) return undouble(word.slice(0, -3));
  if (word.endsWith('ied') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('ed') && word.length > 4 && !word.endsWith('eed')) return undouble(word.slice(0, -2));
  if (word.endsWith('ly') && word.length > 5 && !word.endsWith('ally')) {
    const base = word.slice(0, -2);
    if (VOWEL.test(base)) return base;
  }
  if (word.endsWith('ally') && word.length > 6) return word.slice(0, -4) + 'al';
  return word;
}

/** "stopp" → "stop", but "kill" and "pass" keep their pairs. */
function undouble(base: string): string {
  if (!VOWEL.test(base)) return base;
  if (/([bdgmnprt])\1$/.test(base)) return base.slice(0, -1);
  return base;
}
