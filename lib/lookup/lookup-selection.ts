// A right-click lookup: the corpus passages that match a selection, ranked and highlighted; the
// figures in the selection with the corpus figures for the same quantities; the sources involved.
// Candidate articles come from the same index as page matching; only their paragraphs are read.
import type { Article, Figure, LookupPassage, LookupResult, Source } from '../types';
import type { Db } from '../store/db';
import { analyzeText } from '../corpus/analyze-article';
import { matchPage } from '../match/match-page';
import { lineUpFigures } from '../figures/line-up-figures';
import { analyzeTerms } from '../text/terms';
import { tokenize } from '../text/tokenize';
import { stem } from '../text/stem';

export const MAX_PASSAGES = 8;
const CANDIDATE_ARTICLES = 12;
const LOOKUP_THRESHOLD = 0.02;

/** The stems of a paragraph's tokens with their ranges, for scoring and highlighting. */
function stemmedTokens(text: string): Array<{ stem: string; start: number; end: number }> {
  return tokenize(text).map((t) => ({ stem: stem(t.token), start: t.start, end: t.end }));
}

/** Adjacent highlight ranges separated only by spaces or punctuation become one. */
function mergeRanges(ranges: Array<[number, number]>, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = out.at(-1);
    if (last && /^[\s,'’-]*$/.test(text.slice(last[1], r[0]))) last[1] = r[1];
    else out.push([r[0], r[1]]);
  }
  return out;
}

function scorePassages(article: Article, weights: Map<string, number>, total: number): LookupPassage[] {
  const out: LookupPassage[] = [];
  article.paragraphs.forEach((text, paragraph) => {
    const tokens = stemmedTokens(text);
    const found = new Set<string>();
    const ranges: Array<[number, number]> = [];
    for (const t of tokens) {
      if (weights.has(t.stem)) {
        found.add(t.stem);
        ranges.push([t.start, t.end]);
      }
    }
    if (found.size === 0) return;
    let covered = 0;
    for (const s of found) covered += weights.get(s)!;
    const score = covered / total;
    if (score < 0.2 && found.size < 2) return;
    out.push({
      articleId: article.id,
      title: article.title,
      outlet: article.outlet?.name ?? null,
      published: article.published?.iso ?? null,
      paragraph,
      text,
      highlights: mergeRanges(ranges, text),
      score: Math.min(1, score),
    });
  });
  return out;
}

/** Sources of an article whose sentences fall in the given paragraphs. */
function sourcesIn(article: Article, paragraphs: Set<number>): Source[] {
  const texts = [...paragraphs].map((i) => article.paragraphs[i] ?? '');
  return article.sources.filter((s) =>
    s.sentences.some((sentence) => texts.some((t) => t.includes(sentence) || sentence.includes(t))),
  );
}

export async function lookupSelection(db: Db, selection: string): Promise<LookupResult> {
  const text = selection.slice(0, 5000);
  const { figures, sources } = analyzeText(text);
  const queryTerms = analyzeTerms(text).map((t) => t.term);
  const weights = new Map<string, number>();
  // Rarer words count for more: a weight per distinct stem, long words a little more than short.
  for (const term of queryTerms) weights.set(term, Math.min(3, 1 + Math.max(0, term.length - 4) * 0.25));
  const total = [...weights.values()].reduce((a, b) => a + b, 0) || 1;

  const matches = await matchPage(db, { text, figures }, { threshold: LOOKUP_THRESHOLD, limit: CANDIDATE_ARTICLES });
  const articles = (await Promise.all(matches.map((m) => db.get('articles', m.id)))).filter(
    (a): a is Article => a !== undefined,
  );

  const passages = articles
    .flatMap((a) => scorePassages(a, weights, total))
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_PASSAGES);

  const byArticle = new Map<string, Set<number>>();
  for (const p of passages) {
    if (!byArticle.has(p.articleId)) byArticle.set(p.articleId, new Set());
    byArticle.get(p.articleId)!.add(p.paragraph);
  }
  const involved = new Map<string, Source>();
  for (const s of sources) involved.set(s.name, s);
  for (const a of articles) {
    const paragraphs = byArticle.get(a.id);
    if (paragraphs) for (const s of sourcesIn(a, paragraphs)) if (!involved.has(s.name)) involved.set(s.name, s);
  }

  const lines = lineUpFigures([
    { figures, articleId: null, outlet: null, date: null },
    ...articles.map((a) => ({
      figures: a.figures as Figure[],
      articleId: a.id,
      outlet: a.outlet?.name ?? null,
      date: a.published?.iso ?? null,
    })),
  ]);
  // With figures selected, the lines of their quantities; otherwise those the passages report.
  const figureLines =
    figures.length > 0
      ? lines.filter((line) => line.entries.some((e) => e.articleId === null))
      : lines.filter((line) =>
          line.entries.some(
            (e) =>
              e.articleId !== null &&
              passages.some((p) => p.articleId === e.articleId && p.text.includes(e.figure.sentence.slice(0, 40))),
          ),
        );

  return { selection: text, passages, figures, figureLines, sources: [...involved.values()], at: Date.now() };
}
