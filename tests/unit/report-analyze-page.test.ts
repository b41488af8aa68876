// The one path from a page to what the engine says about it (lib/report/analyze-page.ts), which the
// extension's tab report and the command-line tool both take: its text bound, the date its text
// implies, its related corpus articles and the figures lined up across them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/store/db';
import type { Article, PageDigest } from '../../lib/types';
import { analyzePage, analyzePageText, MAX_ANALYSED_CHARS } from '../../lib/report/analyze-page';
import { buildReport } from '../../lib/report/build-report';
import { freshDb, loadCorpus, seedArticles } from './match-helpers';

function digestOf(text: string, extra: Partial<PageDigest> = {}): PageDigest {
  return {
    url: 'https://example.org/a',
    canonical: null,
    title: '',
    site: 'Example',
    byline: null,
    published: null,
    modified: null,
    language: 'en',
    originalPublisher: null,
    basedOn: null,
    dateline: null,
    section: null,
    text,
    readerable: true,
    ...extra,
  };
}

let db: Db;
let articles: Article[];
beforeAll(async () => {
  articles = (await seedArticles()).articles;
  db = await freshDb();
  await loadCorpus(db, articles);
});

describe('analyzePageText', () => {
  it('reads figures only from the first MAX_ANALYSED_CHARS characters', () => {
    const sentence = 'More than 98,765 people were killed in the flood, officials said.';
    const filler = 'The river rose again. '.repeat(Math.ceil(MAX_ANALYSED_CHARS / 22));
    const early = analyzePageText(`${sentence}\n\n${filler}`);
    const late = analyzePageText(`${filler}\n\n${sentence}`);
    expect(early.text.length).toBe(MAX_ANALYSED_CHARS);
    expect(early.figures.map((f) => f.value)).toContain(98765);
    expect(late.text.length).toBe(MAX_ANALYSED_CHARS);
    expect(late.figures.map((f) => f.value)).not.toContain(98765);
  });
});

describe('analyzePage', () => {
  it('finds a corpus article in a page that carries its text, and lines up the figures they share', async () => {
    const article = articles[0]!;
    const result = await analyzePage(db, digestOf(article.paragraphs.join('\n\n'), { title: article.title }), {
      threshold: 0.2,
    });
    expect(result.matches[0]?.id).toBe(article.id);
    expect(result.matches[0]?.relation).toBe('same-article');
    expect(result.figures.length).toBeGreaterThan(0);
    // A line holds the page's figure (no article) beside the same figure in the matched article.
    const shared = result.figureLines.filter(
      (line) => line.entries.some((e) => e.articleId === null) && line.entries.some((e) => e.articleId === article.id),
    );
    expect(shared.length).toBeGreaterThan(0);
  });

  it('estimates the date of a page that states none from its text, and of no page that states one', async () => {
    const text = articles
      .find((a) => a.paragraphs.some((p) => p.includes('160 days of the war')))!
      .paragraphs.join('\n\n');
    const undated = await analyzePage(db, digestOf(text), { threshold: 0.2 });
    expect(undated.estimated?.iso).toMatch(/^2024-03/);
    const dated = await analyzePage(db, digestOf(text, { published: '2024-03-16' }), { threshold: 0.2 });
    expect(dated.estimated).toBeNull();
  });

  it('finds nothing for a page about something else, and gives what the tab report shows', async () => {
    const digest = digestOf(
      'The orchestra tuned its violins while the conductor studied the score of a new symphony. '.repeat(20),
    );
    const result = await analyzePage(db, digest, { threshold: 0.2 });
    expect(result.matches).toEqual([]);
    const report = await buildReport(db, 7, digest, { threshold: 0.2 });
    expect(report.matches).toEqual(result.matches);
    expect(report.figures).toEqual(result.figures);
    expect(report.page?.text).toBe(result.text);
  });
});
