// What the index and the matcher read from a text, computed the same way on both sides: term
// frequencies (with a surface form per stem, for display), shingle hashes, and candidate names.
import { termsOfTokens } from '../text/terms';
import { idf } from '../text/background';
import { nameOccurrences, type NameOccurrence } from '../text/names';
import { shinglesOfWords } from '../text/shingles';
import { tokenize } from '../text/tokenize';

export interface TextProfile {
  /** Term frequency per stem; title terms count twice (a title says what the text is about). */
  tf: Map<string, number>;
  /** The most frequent surface form of each stem: "ceasefire" for "ceasefir". */
  surface: Map<string, string>;
  /** Position of each stem's first occurrence (title first), to break ties toward the lead. */
  first: Map<string, number>;
  /** Number of content terms. */
  length: number;
  /** Distinct 5-word shingle hashes of the body. */
  shingles: number[];
  names: NameOccurrence[];
}

/** Longest text profiled: enough for any article; beyond it a page is not an article. */
export const MAX_PROFILE_CHARS = 200_000;
export const SHINGLE_WORDS = 5;

/** Profiles a text (and its title, which adds terms but no shingles or names). */
export function profileText(body: string, title = ''): TextProfile {
  const text = body.length > MAX_PROFILE_CHARS ? body.slice(0, MAX_PROFILE_CHARS) : body;
  const tf = new Map<string, number>();
  const first = new Map<string, number>();
  // Most stems are written one way in a text: keep that form and its count, and a tally of forms
  // only for the stems written more than one way (a map per stem cost more than the rest of this).
  const forms = new Map<string, { form: string; n: number; others: Map<string, number> | null }>();
  let position = 0;
  let length = 0;
  const tokens = tokenize(text);
  const count = (source: string, weight: number, sourceTokens = tokenize(source)) => {
    for (const { term, surface } of termsOfTokens(source, sourceTokens)) {
      const seen = tf.get(term);
      tf.set(term, (seen ?? 0) + weight);
      if (seen === undefined) first.set(term, position);
      position++;
      length++;
      const f = forms.get(term);
      if (!f) forms.set(term, { form: surface, n: 1, others: null });
      else if (f.form === surface) f.n++;
      else {
        f.others ??= new Map();
        f.others.set(surface, (f.others.get(surface) ?? 0) + 1);
      }
    }
  };
  if (title) count(title.slice(0, 1000), 2);
  count(text, 1, tokens);
  // The most frequent form; on a tie, the one written first.
  const surface = new Map<string, string>();
  for (const [term, f] of forms) {
    let best = f.form;
    let bestCount = f.n;
    if (f.others) for (const [form, n] of f.others) if (n > bestCount) [best, bestCount] = [form, n];
    surface.set(term, best);
  }
  const words = tokens.map((t) => t.token);
  return { tf, surface, first, length, shingles: shinglesOfWords(words, SHINGLE_WORDS), names: nameOccurrences(text) };
}

/** Weight of a term frequency: sublinear, so a word said ten times is not ten times the evidence. */
export function tfWeight(tf: number): number {
  return tf > 0 ? 1 + Math.log(tf) : 0;
}

/** Idf from the background prior alone: what is distinctive in news in general. */
export function priorIdf(term: string): number {
  return idf(term, 0, 0);
}

/**
 * The text's most distinctive terms by tf × prior idf, ties broken toward the start of the text.
 * Independent of the corpus, so an article's index entry never depends on what came before it.
 */
export function topTermsByPrior(profile: TextProfile, limit: number): string[] {
  const scored = [...profile.tf].map(([term, tf]) => ({ term, w: tfWeight(tf) * priorIdf(term), first: profile.first.get(term) ?? 0 }));
  scored.sort((a, b) => b.w - a.w || a.first - b.first);
  return scored.slice(0, limit).map((s) => s.term);
}
