// The pages the benchmark matches against a generated corpus, the same for our index and for
// MiniSearch: excerpts of corpus articles (the article must be found first), new articles on the
// corpus's topics (separate coverage of the same events), and real news pages from the fixtures.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageToMatch } from '../lib/match/match-page';
import type { Article } from '../lib/types';
import { prng } from './generate-corpus';

export interface BenchPage extends PageToMatch {
  kind: 'excerpt' | 'coverage' | 'real';
  /** For an excerpt, the corpus article it was cut from. */
  expect: string | null;
}

/**
 * `excerpts` pages of four paragraphs cut from random corpus articles, every `fresh` article as a
 * page of coverage, and the real pages of tests/fixtures/match (plain-text ones).
 */
export function benchPages(corpus: Article[], fresh: Article[], excerpts: number, root = process.cwd()): BenchPage[] {
  const rand = prng(7);
  const pages: BenchPage[] = [];
  for (let i = 0; i < excerpts; i++) {
    const a = corpus[Math.floor(rand() * corpus.length)];
    const from = Math.floor(rand() * Math.max(1, a.paragraphs.length - 4));
    pages.push({ kind: 'excerpt', expect: a.id, text: a.paragraphs.slice(from, from + 4).join('\n\n') });
  }
  for (const a of fresh)
    pages.push({
      kind: 'coverage',
      expect: null,
      title: a.title,
      text: a.paragraphs.join('\n\n'),
      published: a.published?.iso ?? null,
    });
  const dir = join(root, 'tests/fixtures/match');
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    pages.push({ kind: 'real', expect: null, text: readFileSync(join(dir, f), 'utf8') });
  }
  return pages;
}

/** A long news article of about `words` words: the seed articles and fixture texts, repeated as needed. */
export function longArticle(words: number, root = process.cwd()): string {
  const files = [
    ...readdirSync(join(root, 'seeds'))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(root, 'seeds', f)),
    ...readdirSync(join(root, 'tests/fixtures/match'))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(root, 'tests/fixtures/match', f)),
  ];
  const paragraphs = files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
  );
  const out: string[] = [];
  let total = 0;
  for (let i = 0; total < words; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(p);
    total += p.split(/\s+/).length;
  }
  return out.join('\n\n');
}
