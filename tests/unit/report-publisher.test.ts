// A page's report on fake-indexeddb: the publisher as its served address shows it, and a site it only
// claims to be never stands in for it, in the figure line-ups either. The texts are written for this test.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../lib/report/build-report';
import { addUserArticles } from '../../lib/store/corpus-store';
import { corpusIndexer } from '../../lib/match/corpus-indexer';
import { pageArticle } from '../../lib/corpus/page-article';
import { bundledOutlets } from '../../lib/sources/bundled-outlets';
import type { PageDigest } from '../../lib/types';
import { freshDb } from './match-helpers';

const TEXT = [
  'Dock workers at the second-largest port returned to work on Tuesday after their union accepted a pay offer that ends a nine-day strike, the union said.',
  'The agreement raises wages by 7 percent this year, according to a statement from the union, which said more than 3,200 members had voted on the offer.',
  'The port authority said about 140 ships had been waiting offshore at the height of the stoppage and that it expected the backlog to clear within two weeks.',
].join('\n\n');

const digest = (url: string, canonical: string | null, site: string | null): PageDigest => ({
  url,
  canonical,
  site,
  title: 'Port workers end strike after pay deal',
  byline: null,
  published: '2024-05-14',
  modified: null,
  language: 'en',
  originalPublisher: null,
  basedOn: null,
  dateline: null,
  section: null,
  text: TEXT,
  readerable: true,
});

describe('a report’s publisher', () => {
  it('is the served site’s; the claimed outlet appears only as a claim', async () => {
    const db = await freshDb();
    const profiles = bundledOutlets();
    // The same text, saved earlier from the outlet's own site.
    const original = pageArticle(
      digest('https://www.apnews.com/article/port-strike', null, 'Associated Press'),
      profiles,
    );
    await addUserArticles(
      db,
      [{ ...original, published: { iso: '2024-05-13', precision: 'day', text: 'May 13, 2024' } }],
      corpusIndexer,
    );
    const claimed = digest('http://127.0.0.1:8123/port.html', 'https://www.reuters.com/world/port-strike/', 'Reuters');
    const report = await buildReport(db, 1, claimed, { threshold: 0.2, profiles });
    expect(report.publisher).toMatchObject({
      servedFrom: '127.0.0.1',
      profileId: null,
      url: claimed.url,
      claim: { name: 'Reuters' },
    });
    expect(report.matches[0]).toMatchObject({ id: original.id, relation: 'same-article' });
    const pageEntries = report.figureLines.flatMap((line) => line.entries.filter((e) => e.articleId === null));
    expect(pageEntries.length).toBeGreaterThan(0);
    for (const entry of pageEntries) expect(entry.outlet).toBe('127.0.0.1');
    // Without profiles the address alone still makes the reuters.com canonical link a claim.
    const bare = await buildReport(db, 1, claimed, { threshold: 0.2 });
    expect(bare.publisher?.claim).toMatchObject({ name: 'Reuters', by: ['address'] });
  });
});
