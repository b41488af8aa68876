// readMetadata and readPage's credits: what a page says about itself, by source and precedence, and
// how hostile metadata is neutralised.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../lib/page/read-html';
import { readMetadata } from '../../lib/page/read-metadata';

const URL_ = 'https://www.example-news.test/world/2024/03/16/story';
const FIXTURES = path.resolve(__dirname, '../fixtures/pages');

function doc(head: string, body = ''): Document {
  return parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;
}
const ldScript = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('JSON-LD', () => {
  it('reads a NewsArticle inside @graph, resolving author and publisher references', () => {
    const meta = readMetadata(
      doc(
        ldScript({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'NewsMediaOrganization', '@id': '#org', name: 'Tehran Times' },
            { '@type': 'Person', '@id': '#a', name: 'Ana Ruiz' },
            {
              '@type': 'NewsArticle',
              headline: 'Talks resume',
              author: { '@id': '#a' },
              publisher: { '@id': '#org' },
              datePublished: '2024-03-16T10:17:00+03:30',
              dateModified: '2024-03-17',
            },
          ],
        }),
      ),
      URL_,
    );
    expect(meta).toMatchObject({
      title: 'Talks resume',
      byline: 'Ana Ruiz',
      site: 'Tehran Times',
      published: '2024-03-16T10:17:00+03:30',
      modified: '2024-03-17',
    });
  });

  it('reads an array of nodes, with authors as a list of objects and strings', () => {
    const meta = readMetadata(
      doc(
        ldScript([
          { '@type': 'WebSite', name: 'Site' },
          {
            '@type': ['ReportageNewsArticle'],
            headline: 'H',
            author: [{ '@type': 'Person', name: 'Stella Kim' }, 'Jennifer Jett'],
            publisher: 'NBC News',
          },
        ]),
      ),
      URL_,
    );
    expect(meta).toMatchObject({ title: 'H', byline: 'Stella Kim, Jennifer Jett', site: 'NBC News' });
  });

  it('reads isBasedOn as an address and its publisher as the original publisher', () => {
    const meta = readMetadata(
      doc(
        ldScript({
          '@type': 'BlogPosting',
          headline: 'H',
          isBasedOn: {
            '@type': 'NewsArticle',
            url: 'https://www.tehrantimes.com/news/1',
            publisher: { name: 'Tehran Times' },
          },
        }),
      ),
      URL_,
    );
    expect(meta.basedOn).toBe('https://www.tehrantimes.com/news/1');
    expect(meta.originalPublisher).toBe('Tehran Times');
  });

  it('falls back to a WebPage node when the page declares no article', () => {
    expect(
      readMetadata(doc(ldScript({ '@type': 'WebPage', name: 'About us', datePublished: '2020-01-02' })), URL_),
    ).toMatchObject({ title: 'About us', published: '2020-01-02' });
  });

  it('prefers the name to the headline when only the name matches the page title (Wikipedia puts a description in headline)', () => {
    const meta = readMetadata(
      doc(
        `<title>New Zealand - Wikipedia</title>${ldScript({ '@type': 'Article', name: 'New Zealand', headline: 'constitutional monarchy in Oceania' })}`,
      ),
      URL_,
    );
    expect(meta.title).toBe('New Zealand');
  });

  it('ignores JSON-LD that does not parse, and still reads the scripts that do', () => {
    const meta = readMetadata(
      doc(
        `<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>${ldScript({ '@type': 'NewsArticle', headline: 'Valid' })}`,
      ),
      URL_,
    );
    expect(meta.title).toBe('Valid');
  });

  it('ranks JSON-LD above OpenGraph', () => {
    expect(
      readMetadata(
        doc(`<meta property="og:title" content="OG">${ldScript({ '@type': 'NewsArticle', headline: 'LD' })}`),
        URL_,
      ).title,
    ).toBe('LD');
  });
});

describe('meta tags', () => {
  it('reads OpenGraph and article:* tags', () => {
    const meta = readMetadata(
      doc(`<meta property="og:title" content="A headline"><meta property="og:site_name" content="The Paper"><meta property="og:url" content="https://example-news.test/a">
        <meta property="og:locale" content="en_US"><meta property="article:published_time" content="2024-03-16T10:17:00Z">
        <meta property="article:modified_time" content="2024-03-16T11:00:00Z"><meta property="article:author" content="Jane Doe">
        <meta property="article:author" content="https://facebook.com/janedoe"><meta property="article:section" content="World">`),
      URL_,
    );
    expect(meta).toMatchObject({
      title: 'A headline',
      site: 'The Paper',
      canonical: 'https://example-news.test/a',
      language: 'en-US',
      published: '2024-03-16T10:17:00Z',
      modified: '2024-03-16T11:00:00Z',
      byline: 'Jane Doe',
      section: 'World',
    });
  });

  it('reads citation_* tags of scholarly pages, joining several authors', () => {
    const meta = readMetadata(
      doc(`<meta name="citation_title" content="On Figures"><meta name="citation_author" content="Doe, Jane"><meta name="citation_author" content="Roe, John">
        <meta name="citation_publication_date" content="2023/05/01"><meta name="citation_journal_title" content="Journal of Counting">`),
      URL_,
    );
    expect(meta).toMatchObject({
      title: 'On Figures',
      byline: 'Doe, Jane, Roe, John',
      published: '2023/05/01',
      site: 'Journal of Counting',
    });
  });

  it('ranks OpenGraph above citation_* tags', () => {
    expect(
      readMetadata(doc('<meta name="citation_title" content="C"><meta property="og:title" content="OG">'), URL_).title,
    ).toBe('OG');
  });

  it('reads parsely-*, sailthru.*, Dublin Core and name=author / name=date tags', () => {
    expect(
      readMetadata(
        doc('<meta name="parsely-author" content="P A"><meta name="parsely-pub-date" content="2024-04-20T04:20:00Z">'),
        URL_,
      ),
    ).toMatchObject({ byline: 'P A', published: '2024-04-20T04:20:00Z' });
    expect(
      readMetadata(
        doc('<meta name="sailthru.author" content="S A"><meta name="sailthru.date" content="2021-02-03">'),
        URL_,
      ),
    ).toMatchObject({ byline: 'S A', published: '2021-02-03' });
    expect(
      readMetadata(
        doc('<meta name="DC.creator" content="D C"><meta name="DC.date.issued" content="2019-01-01">'),
        URL_,
      ),
    ).toMatchObject({ byline: 'D C', published: '2019-01-01' });
    expect(
      readMetadata(doc('<meta name="author" content="By Sam Poe"><meta name="date" content="2018-08-08">'), URL_),
    ).toMatchObject({ byline: 'Sam Poe', published: '2018-08-08' });
  });

  it('drops a date that is not one (a template placeholder)', () => {
    expect(
      readMetadata(doc('<meta property="article:published_time" content="{{publishDate}}">'), URL_).published,
    ).toBeNull();
  });
});

describe('markup', () => {
  it('resolves a relative canonical link against the page address, and prefers it to og:url', () => {
    expect(
      readMetadata(
        doc('<link rel="canonical" href="/a/b?x=1"><meta property="og:url" content="https://other.test/">'),
        URL_,
      ).canonical,
    ).toBe('https://www.example-news.test/a/b?x=1');
  });

  it('reads the publication time from a <time datetime> marked as such, or the only one on the page', () => {
    expect(
      readMetadata(
        doc(
          '',
          '<time datetime="2020-01-01">x</time><time itemprop="datePublished" datetime="2024-02-02T10:00">y</time>',
        ),
        URL_,
      ).published,
    ).toBe('2024-02-02T10:00');
    expect(
      readMetadata(doc('', '<div><time datetime="2024-03-16T10:17:00+03:30">Mar 16</time></div>'), URL_).published,
    ).toBe('2024-03-16T10:17:00+03:30');
  });

  it('does not take a "Last updated" time for the publication time', () => {
    expect(
      readMetadata(
        doc('', '<time itemprop="dateModified" datetime="2016-09-14">Last updated September 14, 2016</time>'),
        URL_,
      ).published,
    ).toBeNull();
  });

  it('reads <html lang> first, then og:locale', () => {
    const page = parseHTML(
      '<html lang="pt-BR"><head><meta property="og:locale" content="en_US"></head><body></body></html>',
    ).document as unknown as Document;
    expect(readMetadata(page, URL_).language).toBe('pt-BR');
    expect(readMetadata(doc('<meta property="og:locale" content="fr_FR">'), URL_).language).toBe('fr-FR');
  });
});

describe('readPage credits', () => {
  it('strips " | Site" from a title when it names the site, and keeps a bar that is part of the headline', () => {
    const withSite = readHtml(
      '<title>Talks resume | Tehran Times</title><meta property="og:site_name" content="Tehran Times">',
      URL_,
    );
    expect(withSite.title).toBe('Talks resume');
    const own = readHtml(
      '<title>Q&amp;A | What the figures say</title><meta property="og:site_name" content="Tehran Times">',
      URL_,
    );
    expect(own.title).toBe('Q&A | What the figures say');
  });

  it('strips a title suffix naming the host when the page gives no site name, and names the site after the host', () => {
    const digest = readHtml('<title>Talks resume - Tehran Times</title>', 'https://www.tehrantimes.com/news/1');
    expect(digest.site).toBe('tehrantimes.com');
    expect(digest.title).toBe('Talks resume');
  });

  it('decodes entities left escaped in metadata and collapses whitespace', () => {
    const digest = readHtml(
      '<meta property="og:title" content="Rock &amp;amp; roll:   &amp;#8216;live&amp;#8217;\n today">',
      URL_,
    );
    expect(digest.title).toBe('Rock & roll: ‘live’ today');
  });

  it('reads a republished article: isBasedOn publisher, authors, dates, section, language', () => {
    const html = readFileSync(path.join(FIXTURES, 'republished-article.html'), 'utf8');
    const digest = readHtml(html, 'https://example-daily.test/news/2024/03/16/prisoner-exchange?utm_source=x');
    expect(digest).toMatchObject({
      canonical: 'https://example-daily.test/news/2024/03/16/prisoner-exchange',
      title: 'Prisoner exchange agreed after talks in Muscat',
      site: 'Example Daily',
      byline: 'Ana Ruiz, Omar Haddad',
      published: '2024-03-16T10:17:00+03:30',
      modified: '2024-03-16T12:00:00+03:30',
      language: 'en-GB',
      originalPublisher: 'Tehran Times',
      basedOn: 'https://www.tehrantimes.com/news/493001/prisoner-exchange',
      section: 'World',
      readerable: true,
    });
  });

  it('reads a wire dateline "TEHRAN, Mar. 16 (MNA) –" and does not call the site its own original publisher', () => {
    const html = readFileSync(path.join(FIXTURES, 'wire-dateline.html'), 'utf8');
    const digest = readHtml(html, 'https://en.mehrnews.com/news/213066/x');
    expect(digest).toMatchObject({
      title: 'Talks to continue, ministry says',
      site: 'Mehr News Agency',
      dateline: 'TEHRAN',
      originalPublisher: null,
      published: '2024-03-16T10:17:00+03:30',
      canonical: 'https://en.mehrnews.com/news/213066/Talks-to-continue',
      language: 'en',
    });
  });

  it('takes a wire credit of another agency as the original publisher', () => {
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>${i === 0 ? 'WASHINGTON (Reuters) - ' : ''}${'The committee met again on Friday to discuss the budget, officials said. '.repeat(3)}</p>`,
    ).join('');
    const digest = readHtml(
      `<title>Budget talks</title><meta property="og:site_name" content="Daily Planet"><body><article>${paragraphs}</article></body>`,
      URL_,
    );
    expect(digest).toMatchObject({ dateline: 'WASHINGTON', originalPublisher: 'Reuters' });
  });
});

describe('hostile metadata', () => {
  it('drops javascript: and data: addresses from canonical, og:url and isBasedOn', () => {
    const meta = readMetadata(
      doc(`<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="data:text/html,<script>alert(1)</script>">
        ${ldScript({ '@type': 'NewsArticle', headline: 'H', isBasedOn: 'java\tscript:alert(1)' })}`),
      URL_,
    );
    expect(meta.canonical).toBeNull();
    expect(meta.basedOn).toBeNull();
  });

  it('caps a 1 MB title at 500 characters and a byline at 200', () => {
    const digest = readHtml(
      `<meta property="og:title" content="${'A'.repeat(1_000_000)}"><meta name="author" content="${'B '.repeat(5000)}">`,
      URL_,
    );
    expect(digest.title.length).toBeLessThanOrEqual(500);
    expect(digest.byline!.length).toBeLessThanOrEqual(200);
  });

  it('strips zero-width and bidi control characters from metadata', () => {
    const digest = readHtml(
      '<meta property="og:title" content="Ta\u200Blks\u202E resume\uFEFF"><meta name="author" content="Ja\u200Dne\u2066 Doe">',
      URL_,
    );
    expect(digest.title).toBe('Talks resume');
    expect(digest.byline).toBe('Jane Doe');
  });

  it('drops a site name that swallowed markup through an unclosed quote, and falls back to the host', () => {
    const digest = readHtml(
      '<meta property="og:site_name" content="Harbour Herald>\n<meta name="author" content=""><p>Text</p>',
      URL_,
    );
    expect(digest.site).toBe('example-news.test');
  });

  it('reads on after a comment closed with "--!>", as a browser does', () => {
    const digest = readHtml(
      `<title>Port reopens</title><!-- note --!><article>${'<p>The port reopened on Friday after a storm had closed it for four days, officials said, and the first container ships began unloading before noon while crews cleared the debris from the main channel.</p>'.repeat(4)}</article>`,
      URL_,
    );
    expect(digest.text).toMatch(/^The port reopened on Friday/);
    expect(digest.readerable).toBe(true);
  });

  it('does not let a profile address pose as a byline', () => {
    expect(
      readHtml('<meta property="article:author" content="https://www.facebook.com/someone">', URL_).byline,
    ).toBeNull();
  });
});
