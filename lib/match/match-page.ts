// Finds the corpus articles about the same events as a page, in the manner of Lucene's More Like
// This: the page's most distinctive terms become a query; only their postings are read; the best
// candidates are rescored on their stored vectors, shingle sketches, names, dates and figures; and
// each match that clears the threshold is explained. Never loads the whole corpus.
import type { EstimatedDate, Figure, Match } from '../types';
import type { Db } from '../store/db';
import { backgroundShare, idf } from '../text/background';
import type { DocRecord } from '../store/index-records';
import type { ReadTx } from '../store/transactions';
import { committedBlocks, readIndexMeta, recentPostings, removedDocs, withoutRemoved } from './index-tx';
import { readTermBlocks } from './posting-blocks';
import { explainMatch } from './explain-match';
import {
  candidateFeatures,
  candidateScore,
  MARGIN_WEIGHT,
  MAX_FIGURE_GAIN,
  withMargin,
  type CandidateFeatures,
  type PageVector,
} from './score-candidate';
import { daysBetween, daysToReferred, referredSpans } from './dates';
import { sharedFigures } from './shared-figures';
import { matchedFromArticle, matchedFromCard } from './doc-card';
import { profileText, tfWeight, topTermsByPrior } from './text-profile';

export interface PageToMatch {
  text: string;
  title?: string;
  published?: string | null;
  /** The page's date as its text implies it, when it states none: used with less weight than a stated date. */
  estimatedDate?: (EstimatedDate & { confidence: number }) | null;
  figures?: Figure[];
  url?: string | null;
  site?: string | null;
  originalPublisher?: string | null;
  /** The language the page states (BCP 47); its terms leave out the stop words of the language its text shows, else this one. */
  language?: string | null;
}

export interface MatchOptions {
  /** Lowest score shown (0..1). */
  threshold?: number;
  /** Most matches returned. */
  limit?: number;
  /** The figures of a corpus article, when the caller has them faster than the articles store. */
  articleFigures?: (id: string) => Promise<Figure[]>;
  /** Filled with the milliseconds each step took, for the benchmark's account of where time goes. */
  trace?: Record<string, number>;
  /** Told of every candidate rescored in full, with its features and score, whether it clears the threshold or not. */
  /**
   * Filled with the best candidates that fell under the threshold (up to `count`), scored and
   * explained as matches are: what the page is nearest to, and why it is not shown.
   */
  nearest?: { count: number; found: Match[] };
  inspect?: (candidate: { id: string; features: CandidateFeatures; figures: string[]; score: number }) => void;
}

export { DEFAULT_THRESHOLD } from './threshold';
import { DEFAULT_THRESHOLD } from './threshold';
export const DEFAULT_LIMIT = 10;
/**
 * Terms in the More Like This query: the page's most distinctive by the prior, those the corpus has
 * and not in most of it. Each costs one IndexedDB request (some 100 µs here), which also gives its
 * document frequency: the length of its postings.
 */
export const QUERY_TERMS = 15;
/** Candidates rescored. */
export const CANDIDATES = 20;
/** Above this share of the corpus a term selects nothing (once the corpus is big enough to tell). */
export const MAX_DF_RATIO = 0.3;
const MIN_DOCS_FOR_DF_RATIO = 50;

const STORES = ['meta', 'postings', 'postingBlocks', 'docs', 'articles'] as const;

/** The corpus articles about the same events as the page, best first, each explained. */
export async function matchPage(db: Db, page: PageToMatch, options: MatchOptions = {}): Promise<Match[]> {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const limit = options.limit ?? DEFAULT_LIMIT;
  const trace = options.trace;
  let lap = performance.now();
  const step = (name: string) => {
    if (!trace) return;
    const now = performance.now();
    trace[name] = (trace[name] ?? 0) + (now - lap);
    lap = now;
  };
  const profile = profileText(page.text ?? '', page.title ?? '', page.language);
  step('profile');
  if (profile.tf.size === 0 || limit <= 0) return [];

  const tx: ReadTx = db.transaction([...STORES], 'readonly');
  // 1. The index's counters, with the terms too common to select anything and their document
  // frequencies: their postings, the longest of all, are not read.
  const meta = await readIndexMeta(tx);
  const docCount = meta.docs;
  if (docCount === 0) return [];
  const maxDf = docCount >= MIN_DOCS_FOR_DF_RATIO ? docCount * MAX_DF_RATIO : Infinity;
  const common = meta.common ?? new Map<string, number>();
  const tooCommon = (term: string) => (common.get(term) ?? 0) > maxDf;
  step('meta');

  // 2. The postings of the page's likeliest other terms, in one round: a term's document frequency
  // is the length of its postings.
  const lookup = topTermsByPrior(profile, QUERY_TERMS, tooCommon);
  // Blocks of an import under way are left out: a match sees an import whole or not at all.
  // Documents removed lately are still in their blocks: left out here, as if the blocks were rewritten.
  const removed = removedDocs(meta);
  const stored = (await readTermBlocks(tx, lookup, meta.legacyPostings === true)).map((blocks) => {
    const committed = committedBlocks(meta, blocks);
    return removed ? committed.map((b) => withoutRemoved(b, removed)) : committed;
  });
  // Documents added one at a time whose postings still wait in the counters' record.
  const waiting = recentPostings(meta.recent, new Set(lookup));
  const postings: Array<Array<{ docs: ArrayLike<number>; tf: ArrayLike<number> }>> = stored.map((blocks, i) => {
    const extra = waiting.get(lookup[i]);
    return extra ? [...blocks, extra] : blocks;
  });
  step('postings');
  const df = new Map<string, number>(common);
  lookup.forEach((t, i) =>
    df.set(
      t,
      postings[i].reduce((sum, block) => sum + block.docs.length, 0),
    ),
  );
  // A term neither looked up nor known to be common is one the prior finds common: its df is
  // estimated from the prior.
  // Asked for every term of the CANDIDATES candidates: remembered per term.
  const idfs = new Map<string, number>();
  const idfOf = (term: string) => {
    let value = idfs.get(term);
    if (value === undefined)
      idfs.set(term, (value = idf(term, df.get(term) ?? docCount * backgroundShare(term), docCount)));
    return value;
  };
  const weights = new Map<string, number>();
  let normSquared = 0;
  for (const [term, tf] of profile.tf) {
    const w = tfWeight(tf) * idfOf(term);
    weights.set(term, w);
    normSquared += w * w;
  }
  const vector: PageVector = {
    profile,
    weights,
    norm: Math.sqrt(normSquared),
    idf: idfOf,
    maxIdf: idf('', 1, docCount),
    published: page.published ?? null,
  };

  // 3. The More Like This query: distinctive terms the corpus has, not in most of it (an index
  // written before it knew its common terms may still bring some).
  const query = lookup
    .map((term, i) => ({ term, blocks: postings[i] }))
    .filter(({ term }) => (df.get(term) ?? 0) > 0 && (df.get(term) ?? 0) <= maxDf);
  if (query.length === 0) return [];

  // 4. Their postings, accumulated per document. Scores in an array indexed by document number: a query's terms can bring a hundred thousand
  // postings, which a Map would make the slowest part of a match. Freed when the match ends.
  const { nextDoc } = meta;
  const scores = new Float64Array(nextDoc);
  const seen = new Uint8Array(nextDoc);
  const touched: number[] = [];
  const tfWeights = TF_WEIGHTS;
  for (const { term, blocks } of query) {
    const wq = (weights.get(term) ?? 0) * idfOf(term);
    for (const block of blocks) {
      const { docs, tf } = block;
      for (let k = 0; k < docs.length; k++) {
        const n = docs[k];
        if (n >= nextDoc) continue;
        if (seen[n] === 0) {
          seen[n] = 1;
          touched.push(n);
        }
        scores[n] += wq * tfWeights[tf[k]];
      }
    }
  }
  const candidates = topByScore(touched, scores, CANDIDATES);
  step('accumulate');

  // 5. Rescore on the stored vectors and sketches.
  const docsStore = tx.objectStore('docs');
  const records = (await Promise.all(candidates.map((n) => docsStore.get(n)))).filter(
    (r): r is DocRecord => r !== undefined,
  );
  step('docs');
  const pageDate = page.published ?? null;
  const estimate = pageDate ? null : (page.estimatedDate ?? null);
  // The days the page refers to ("last week", "on Monday"), read against its own date.
  const referred = referredSpans(page.text ?? '', pageDate ?? estimate?.iso);
  const scored = records
    .map((doc) => {
      const features = candidateFeatures(vector, doc, profile.shingles);
      // A date a text implies counts, for part of its weight; a stated one always wins.
      const docEstimate = doc.published ? null : (doc.card?.estimated ?? null);
      if ((!pageDate && estimate) || docEstimate) {
        features.daysApart = daysBetween(pageDate ?? estimate?.iso, doc.published ?? docEstimate?.iso);
        features.dateConfidence = Math.min(
          pageDate ? 1 : (estimate?.confidence ?? 1),
          doc.published ? 1 : (docEstimate?.confidence ?? 1),
        );
      }
      const near = features.daysApart === null ? null : daysToReferred(referred, doc.published ?? docEstimate?.iso);
      if (near && near.days < features.daysApart!) features.referred = near;
      return { doc, features, score: candidateScore(features, 0) };
    })
    .sort((a, b) => b.score - a.score);
  // The best candidate gains part of its lead over the next: what can still reach the threshold.
  const reachable = threshold / (1 + MARGIN_WEIGHT);
  const nearestWanted = options.nearest?.count ?? 0;
  const kept = scored.filter((c, i) => c.score + MAX_FIGURE_GAIN >= reachable || i < nearestWanted + 1);
  // Figures can only lift a candidate by MAX_FIGURE_GAIN (and only when the page has figures): past
  // the first `limit`, only those within that of the last one can still make the list.
  const gain = page.figures?.length ? MAX_FIGURE_GAIN : 0;
  const last = kept[Math.min(limit, kept.length) - 1]?.score ?? 0;
  const survivors = kept
    .filter((c, i) => i < limit || c.score + gain >= last)
    .slice(0, Math.max(limit * 2, nearestWanted + 1));
  const nextBase = scored.length > survivors.length ? scored[survivors.length].score : 0;
  step('rescore');

  // 6. What the survivors' cards say (title, outlet, date, figures): read from the articles store
  // only for entries written before index entries had cards.
  const articlesStore = tx.objectStore('articles');
  const articles = await Promise.all(
    survivors.map(async ({ doc }) => {
      if (doc.card) return matchedFromCard(doc, doc.card);
      const article = await articlesStore.get(doc.id);
      return article ? matchedFromArticle(article) : undefined;
    }),
  );
  await tx.done;
  step('cards');

  const rescored: Array<{
    article: NonNullable<(typeof articles)[number]>;
    features: CandidateFeatures;
    figures: string[];
    score: number;
  }> = [];
  for (let i = 0; i < survivors.length; i++) {
    const article = articles[i];
    if (!article) continue;
    const { features } = survivors[i];
    const figures = page.figures?.length
      ? sharedFigures(page.figures, options.articleFigures ? await options.articleFigures(article.id) : article.figures)
      : [];
    rescored.push({ article, features, figures, score: candidateScore(features, figures.length) });
  }
  rescored.sort((a, b) => b.score - a.score);
  if (rescored.length > 0)
    rescored[0].score = withMargin(rescored[0].score, Math.max(rescored[1]?.score ?? 0, nextBase));
  const results: Array<{ match: Match; score: number }> = [];
  const below: Match[] = [];
  const matchedPage = {
    profile,
    published: page.published ?? null,
    estimated: page.published ? null : (page.estimatedDate ?? null),
    site: page.site ?? null,
    originalPublisher: page.originalPublisher ?? null,
  };
  for (const { article, features, figures, score } of rescored) {
    options.inspect?.({ id: article.id, features, figures, score });
    if (score < threshold) {
      if (below.length < nearestWanted && score > 0)
        below.push(explainMatch(matchedPage, article, features, score, figures));
      continue;
    }
    results.push({ match: explainMatch(matchedPage, article, features, score, figures), score });
  }
  if (options.nearest) options.nearest.found = below;
  step('explain');
  results.sort((a, b) => b.score - a.score || (a.match.relation === 'same-article' ? -1 : 1));
  return results.slice(0, limit).map((r) => r.match);
}

/** tfWeight of every stored term frequency (they are capped at 255). */
const TF_WEIGHTS = Float64Array.from({ length: 256 }, (_, tf) => tfWeight(tf));

/** The `k` documents with the highest scores, best first (ties toward the lower number). */
function topByScore(docs: number[], scores: Float64Array, k: number): number[] {
  const better = (a: number, b: number) => scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
  const best: number[] = [];
  for (const n of docs) {
    if (best.length === k && !better(n, best[k - 1])) continue;
    if (best.length < k) best.push(n);
    else best[k - 1] = n;
    for (let i = best.length - 1; i > 0 && better(best[i], best[i - 1]); i--)
      [best[i], best[i - 1]] = [best[i - 1], best[i]];
  }
  return best;
}
