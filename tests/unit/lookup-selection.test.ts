// A right-click lookup (lib/lookup/lookup-selection.ts): the corpus passages that match a selection,
// highlighted, with the figures of the selection lined up against the corpus.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/store/db';
import type { Article } from '../../lib/types';
import { lookupSelection, MAX_PASSAGES } from '../../lib/lookup/lookup-selection';
import { freshDb, loadCorpus, seedArticles } from './match-helpers';

let db: Db;
let articles: Article[];
beforeAll(async () => {
  articles = (await seedArticles()).articles;
  db = await freshDb();
  await loadCorpus(db, articles);
});

describe('lookupSelection', () => {
  it('finds the paragraph a selection comes from first, with its words highlighted', async () => {
    const article = articles[0]!;
    const paragraph = article.paragraphs.findIndex((p) => p.includes('160 days of the war'));
    const selection = 'After more than 160 days of the war, Israel has failed to achieve its goal.';
    const result = await lookupSelection(db, selection);
    expect(result.selection).toBe(selection);
    expect(result.passages.length).toBeGreaterThan(0);
    expect(result.passages.length).toBeLessThanOrEqual(MAX_PASSAGES);
    const best = result.passages[0]!;
    expect(best.articleId).toBe(article.id);
    expect(best.paragraph).toBe(paragraph);
    expect(best.score).toBeGreaterThan(0);
    expect(best.score).toBeLessThanOrEqual(1);
    const marked = best.highlights.map(([start, end]) => best.text.slice(start, end).toLowerCase());
    expect(marked.some((m) => m.includes('israel'))).toBe(true);
    expect(marked.some((m) => m.includes('fail'))).toBe(true);
    for (let i = 1; i < result.passages.length; i++)
      expect(result.passages[i - 1]!.score).toBeGreaterThanOrEqual(result.passages[i]!.score);
  });

  it('lines up a selected figure against the same figure in the corpus', async () => {
    const result = await lookupSelection(
      db,
      'During the Hamas military operation, more than 1,100 people were killed and roughly 250 were taken captive.',
    );
    expect(result.figures.map((f) => f.value)).toContain(1100);
    const line = result.figureLines.find((l) => l.entries.some((e) => e.articleId === null && e.figure.value === 1100));
    expect(line?.entries.some((e) => e.articleId === articles[0]!.id)).toBe(true);
  });

  it('bounds a long selection and finds nothing for words the corpus does not have', async () => {
    const result = await lookupSelection(db, 'Violins and cellos tuned before the symphony premiere. '.repeat(200));
    expect(result.selection.length).toBe(5000);
    expect(result.passages).toEqual([]);
    expect(result.figureLines).toEqual([]);
  });
});
