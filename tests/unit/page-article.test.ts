// A saved or kept page becomes an article with its publisher as its served address shows it: a page
// on 127.0.0.1 calling itself Reuters is stored with its served address, its claim, and no Reuters
// profile; a page served by the outlet it names keeps that outlet's profile. The text is written for
// this test.
import { describe, expect, it } from 'vitest';
import { bundledOutlets } from '../../lib/sources/bundled-outlets';
import { pageArticle } from '../../lib/corpus/page-article';
import type { PageDigest } from '../../lib/types';

const TEXT = [
  'CAIRO (Reuters) – Negotiators met again on Saturday to discuss a pause in the fighting, two officials said.',
  'The officials said 40 hostages could be released in a first phase, according to a draft seen by the mediators.',
].join('\n\n');

const digest = (over: Partial<PageDigest>): PageDigest => ({
  url: 'http://127.0.0.1:8123/world/talks.html',
  canonical: null,
  title: 'Negotiators meet again on a pause in the fighting',
  site: null,
  byline: null,
  published: '2024-03-16',
  modified: null,
  language: 'en',
  originalPublisher: null,
  basedOn: null,
  dateline: 'CAIRO',
  section: null,
  text: TEXT,
  readerable: true,
  ...over,
});

describe('a read page as a corpus article', () => {
  const profiles = bundledOutlets();

  it('stores a borrowed identity as a claim: served address, no other outlet’s profile', () => {
    const a = pageArticle(
      digest({ canonical: 'https://www.reuters.com/world/talks-2024-03-16/', site: 'Reuters' }),
      profiles,
    );
    expect(a.outlet).toEqual({ name: '127.0.0.1', domain: '127.0.0.1', profileId: null });
    expect(a.url).toBe('http://127.0.0.1:8123/world/talks.html');
    expect(a.servedUrl).toBe('http://127.0.0.1:8123/world/talks.html');
    expect(a.publisherClaim).toEqual({
      name: 'Reuters',
      url: 'https://www.reuters.com/world/talks-2024-03-16/',
      by: ['address', 'name'],
    });
    expect(JSON.stringify(a)).not.toContain('"profileId":"reuters"');
  });

  it('does not take an outlet from a wire credit in the dateline of a page with no name', () => {
    const a = pageArticle(digest({ site: null }), profiles);
    expect(a.outlet).toEqual({ name: '127.0.0.1', domain: '127.0.0.1', profileId: null });
    expect(a.publisherClaim).toBeUndefined();
  });

  it('keeps the outlet’s profile when the page is served from the outlet’s own site', () => {
    const url = 'https://www.reuters.com/world/talks-2024-03-16/';
    const a = pageArticle(digest({ url, canonical: url, site: 'Reuters' }), profiles);
    expect(a.outlet).toEqual({ name: 'Reuters', domain: 'reuters.com', profileId: 'reuters' });
    expect(a).toMatchObject({ url, servedUrl: url });
    expect(a.publisherClaim).toBeUndefined();
  });

  it('keeps an open first-publisher credit as a credit', () => {
    const a = pageArticle(
      digest({ site: 'The Harbour Herald', originalPublisher: 'Tehran Times', originalPublisherFoundIn: 'text' }),
      profiles,
    );
    expect(a.outlet).toEqual({ name: 'The Harbour Herald', domain: '127.0.0.1', profileId: null });
    expect(a.originalPublisher).toEqual({ name: 'Tehran Times', domain: 'tehrantimes.com', profileId: 'tehran-times' });
  });
});
