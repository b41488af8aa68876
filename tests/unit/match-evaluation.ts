// Runs the labeled fixture set (tests/fixtures/match) through the matcher against a corpus built
// from the seeds, and scores the outcome: precision and recall for "related at all" and for
// "same-article". Shared by the quality report (scripts/match-report.ts) and its test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_THRESHOLD, matchPage } from '../../lib/match/match-page';
import type { Match } from '../../lib/types';
import { freshDb, loadCorpus, readFixturePage, seedArticles } from './match-helpers';

export type Relation = 'same-article' | 'related' | 'none';

export interface Label {
  relation: Relation;
  article?: string;
}

export interface PageOutcome {
  file: string;
  expected: Label;
  matches: Array<Match & { seed: string }>;
  /** Whether the labeled article came back (for 'none': whether nothing came back). */
  found: boolean;
  /** Whether it came back with the labeled relation. */
  relationRight: boolean;
  ms: number;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  pages: PageOutcome[];
  related: Score;
  sameArticle: Score;
  threshold: number;
  corpusVia: string;
  pageVia: string[];
}

export const FIXTURE_DIR = join(process.cwd(), 'tests/fixtures/match');

export async function evaluateFixtures(threshold = DEFAULT_THRESHOLD): Promise<Evaluation> {
  const labels = JSON.parse(readFileSync(join(FIXTURE_DIR, 'labels.json'), 'utf8')).pages as Record<string, Label>;
  const { articles, via } = await seedArticles();
  const db = await freshDb();
  await loadCorpus(db, articles);
  const seedOf = new Map(articles.map((a) => [a.id, a.originRef ?? a.id]));
  const pages: PageOutcome[] = [];
  const pageVia = new Set<string>();
  for (const file of Object.keys(labels).sort()) {
    const expected = labels[file];
    const { page, via: how } = await readFixturePage(join(FIXTURE_DIR, file));
    pageVia.add(how);
    const started = performance.now();
    const found = await matchPage(db, page, { threshold });
    const ms = performance.now() - started;
    const matches = found.map((m) => ({ ...m, seed: seedOf.get(m.id) ?? m.id }));
    const hit = matches.find((m) => m.seed === expected.article);
    pages.push({
      file,
      expected,
      matches,
      found: expected.relation === 'none' ? matches.length === 0 : hit !== undefined,
      relationRight: expected.relation === 'none' ? matches.length === 0 : hit?.relation === expected.relation,
      ms,
    });
  }
  db.close();
  return {
    pages,
    related: relatedScore(pages),
    sameArticle: sameArticleScore(pages),
    threshold,
    corpusVia: via,
    pageVia: [...pageVia],
  };
}

/** "Related at all": the labeled article is shown (any relation); anything shown for a 'none' page is wrong. */
function relatedScore(pages: PageOutcome[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of pages) {
    if (p.expected.relation === 'none') {
      if (p.matches.length > 0) fp++;
      continue;
    }
    if (p.found) tp++;
    else {
      fn++;
      if (p.matches.length > 0) fp++;
    }
  }
  return score(tp, fp, fn);
}

/** "Same article": the labeled copy is called same-article; any other same-article call is wrong. */
function sameArticleScore(pages: PageOutcome[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of pages) {
    for (const m of p.matches) {
      if (m.relation !== 'same-article') continue;
      if (p.expected.relation === 'same-article' && m.seed === p.expected.article) tp++;
      else fp++;
    }
    if (p.expected.relation === 'same-article' && !p.relationRight) fn++;
  }
  return score(tp, fp, fn);
}

function score(tp: number, fp: number, fn: number): Score {
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}
