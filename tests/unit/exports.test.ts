// Every export reads back: the figures CSV through an independent CSV parser (csv-parse) with the
// same rows; CSL-JSON checked against the CSL-data item schema's fields and types; the JSON Lines of
// earlier releases through the import, to the same articles; a figure line copied as Markdown and as
// text with every fact.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../../lib/corpus/compile-corpus';
import { loadOutlets } from '../../lib/sources/outlets';
import { parseImport } from '../../lib/corpus/import-files';
import { FIGURE_CSV_COLUMNS, figureRows, figuresCsv } from '../../lib/export/figures-csv';
import { cslNames, toCslJson } from '../../lib/export/csl-json';
import { figureLineMarkdown, figureLinePlainText } from '../../lib/export/figure-copy';
import { lineUpFigures } from '../../lib/figures/line-up-figures';
import type { Article } from '../../lib/types';
import { cslProblems } from '../csl-check';

const profiles = loadOutlets(JSON.parse(readFileSync('seeds/outlets.json', 'utf8')));
const seeds = ['000_49ebc4d4ef1aa215.txt', '003_d8affad2d3658da0.txt'].map((name) => ({
  name,
  text: readFileSync(`seeds/${name}`, 'utf8'),
}));
const corpus = compileCorpus(seeds, profiles).articles.map((a, i) => ({
  ...a,
  url: a.url ?? `https://example.org/seed/${i}`,
  addedAt: Date.UTC(2024, 3, 2),
}));
// A hostile article: quotes, commas, line breaks and formula starts in the fields a CSV carries.
const hostile: Article = {
  ...corpus[0],
  id: 'hostile',
  outlet: { name: '=HYPERLINK("x"), "Quoted" Outlet', domain: null, profileId: null },
  url: 'https://example.org/a?x=1,2',
  figures: [{ ...corpus[0].figures[0], counts: 'people,\n"displaced"', source: '-cmd|calc', qualifier: '+ about' }],
};

describe('exports', () => {
  it('figures CSV parses back with the same rows, hostile fields included', () => {
    const articles = [...corpus, hostile];
    const rows = parse(figuresCsv(articles), { relax_column_count: false }) as string[][];
    expect(rows[0]).toEqual([...FIGURE_CSV_COLUMNS]);
    expect(rows.slice(1)).toEqual(figureRows(articles));
    expect(rows.length - 1).toBe(articles.reduce((n, a) => n + a.figures.length, 0));
    const last = rows.at(-1)!;
    expect(last[8]).toBe('=HYPERLINK("x"), "Quoted" Outlet');
    expect(figuresCsv([hostile])).toContain('"=HYPERLINK(""x""), ""Quoted"" Outlet"');
    expect(figuresCsv([hostile])).toContain('"-cmd|calc"');
    // A figure row carries its value, bounds and article facts.
    const seedRow = rows.find((r) => r[9] === corpus[0].published?.iso);
    expect(seedRow?.[10]).toBe(corpus[0].url);
  });

  it('CSL-JSON items hold only CSL variables of the right kind', () => {
    const items = toCslJson([
      ...corpus,
      {
        ...corpus[1],
        author: 'Jane Doe and Press TV Staff',
        published: { iso: '2024-03', precision: 'month', text: 'March 2024' },
      },
    ]);
    for (const item of items) expect(cslProblems(item)).toEqual([]);
    expect(items[0]).toMatchObject({
      type: 'article-newspaper',
      title: corpus[0].title,
      'container-title': corpus[0].outlet?.name,
      URL: corpus[0].url,
      accessed: { 'date-parts': [[2024, 4, 2]] },
    });
    expect(items.at(-1)).toMatchObject({
      issued: { 'date-parts': [[2024, 3]] },
      author: [{ given: 'Jane', family: 'Doe' }, { literal: 'Press TV Staff' }],
    });
    expect(JSON.parse(JSON.stringify(items))).toEqual(items);
    expect(cslNames('Reuters')).toEqual([{ literal: 'Reuters' }]);
    expect(cslNames("Seán O'Brien, Ann McDonald")).toEqual([
      { given: 'Seán', family: "O'Brien" },
      { given: 'Ann', family: 'McDonald' },
    ]);
  });

  it('the JSON Lines export of earlier releases (records without a backup header) imports back to the same articles', () => {
    const text = corpus.map((a) => JSON.stringify(a)).join('\n');
    const back = parseImport([{ name: 'corpus.jsonl', text }], profiles, null);
    expect(back.ok).toBe(true);
    expect(back.articles.map((a) => [a.title, a.outlet?.name, a.published?.iso, a.url, a.paragraphs])).toEqual(
      corpus.map((a) => [a.title, a.outlet?.name, a.published?.iso, a.url, a.paragraphs]),
    );
  });

  it('copies a figure line as Markdown and as text with value, what it counts, source, outlet, date and address', () => {
    const lines = lineUpFigures(
      corpus.map((a) => ({
        figures: a.figures,
        articleId: a.id,
        outlet: a.outlet?.name ?? null,
        date: a.published?.iso ?? null,
      })),
    );
    const line = lines[0];
    expect(line).toBeDefined();
    const address = (id: string | null) => corpus.find((a) => a.id === id)?.url ?? null;
    const md = figureLineMarkdown(line, address);
    const text = figureLinePlainText(line, address);
    for (const e of line.entries) {
      expect(md).toContain(e.figure.text.replace(/([\\`*_[\]<>#|])/g, '\\$1'));
      expect(text).toContain(e.figure.text);
      expect(text).toContain(address(e.articleId)!);
      expect(md).toContain(`(<${address(e.articleId)}>)`);
      expect(text).toContain(e.outlet ?? 'outlet unknown');
      expect(text).toContain(e.date ?? 'date unknown');
      if (e.figure.counts) expect(text).toContain(e.figure.counts);
      expect(text).toMatch(
        e.figure.source === 'no source given'
          ? /no source given/
          : new RegExp(`according to ${e.figure.source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      );
    }
    expect(md.startsWith(`**${line.quantity}**`)).toBe(true);
    expect(md.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(line.entries.length);
  });
});
