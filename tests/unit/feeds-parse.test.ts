// Feeds without a DOM: RSS, Atom, JSON Feed and OPML read into plain text, markup never kept,
// only http(s) addresses, dates with their zones, and a clear reason for anything that is not a feed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FeedError, MAX_FEED_ITEMS, parseFeed } from '../../lib/feeds/parse-feed';
import { parseOpml } from '../../lib/feeds/opml';
import { htmlToParagraphs } from '../../lib/feeds/html-text';
import { feedItemText } from '../../lib/feeds/feed-articles';
import { parseImport } from '../../lib/corpus/import-files';
import { loadOutlets } from '../../lib/sources/outlets';

const fixture = (name: string) => readFileSync(`tests/fixtures/feeds/${name}`, 'utf8');
const profiles = loadOutlets(JSON.parse(readFileSync('seeds/outlets.json', 'utf8')));
const problem = (text: string) => {
  try {
    parseFeed(text);
  } catch (error) {
    return error instanceof FeedError ? `${error.problem}: ${error.message}` : `other: ${(error as Error).message}`;
  }
  return 'parsed';
};

describe('parseFeed', () => {
  it('reads RSS 2.0 with content:encoded and dc:creator, dropping scripts, markup and javascript: links', () => {
    const feed = parseFeed(fixture('rss-full.xml'), 'https://harbour-courier.test/rss.xml');
    expect(feed).toMatchObject({
      kind: 'rss',
      title: 'Harbour Courier',
      site: 'https://harbour-courier.test/',
      dropped: 0,
    });
    const [quay, fees] = feed.items;
    expect(quay).toMatchObject({
      title: 'Port authority reopens the northern quay after storm repairs',
      url: 'https://harbour-courier.test/news/northern-quay-reopens',
      author: 'Mara Lindqvist',
      published: '2024-03-12T09:30+01:00',
      partial: false,
    });
    expect(quay.paragraphs).toHaveLength(3);
    expect(quay.paragraphs[0]).toBe(
      'The port authority reopened the northern quay on Tuesday, four months after a winter storm tore away 120 metres of its sea wall.',
    );
    // Escaped markup in content:encoded is read as markup and dropped; an entity in a title is decoded once.
    expect(fees.title).toBe('Fishing fleet & council agree on new landing fees');
    expect(fees.url).toBeNull();
    const all = JSON.stringify(feed);
    for (const bad of ['<', 'alert', 'javascript', 'onerror', 'script']) expect(all).not.toContain(bad);
  });

  it('reads Atom 1.0: HTML and XHTML content, a summary-only entry, relative links', () => {
    const feed = parseFeed(fixture('atom.xml'), 'https://valley-dispatch.test/atom.xml');
    expect(feed).toMatchObject({ kind: 'atom', title: 'Valley Dispatch', site: 'https://valley-dispatch.test/' });
    expect(feed.items.map((i) => [i.title, i.partial, i.paragraphs.length])).toEqual([
      ['Rail line closed after landslide near Brenner village', false, 2],
      ['Mountain hut season opens two weeks early', false, 2],
      ['Council to vote on new bus timetable', true, 1],
    ]);
    expect(feed.items[0]).toMatchObject({
      url: 'https://valley-dispatch.test/news/rail-landslide',
      author: 'Ilse Gruber',
      published: '2024-03-14T07:45+01:00',
    });
    expect(feed.items[1].published).toBe('2024-03-13T10:00Z');
  });

  it('reads JSON Feed 1.1: content_html, content_text, summary only, feed authors', () => {
    const feed = parseFeed(fixture('feed.json'), 'https://plains-ledger.test/feed.json');
    expect(feed).toMatchObject({ kind: 'json', title: 'Plains Ledger', site: 'https://plains-ledger.test/' });
    expect(feed.items.map((i) => [i.author, i.partial, i.paragraphs.length])).toEqual([
      ['Dana Whitfield', false, 2],
      ['Plains Ledger staff', false, 2],
      ['Plains Ledger staff', true, 1],
    ]);
    // content_text is text: a "<b>" in it stays as the characters it is.
    const withAngle = parseFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        items: [{ id: '1', content_text: 'Prices rose <b>5%</b> & more.' }],
      }),
    );
    expect(withAngle.items[0].paragraphs).toEqual(['Prices rose <b>5%</b> & more.']);
  });

  it('reads RSS 1.0 (RDF) and summary-only RSS', () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>Old Wire</title><link>https://old-wire.test/</link></channel>
      <item><title>One</title><link>https://old-wire.test/1</link><description>A short summary of the first story, long enough to keep.</description><dc:date>2024-01-02T03:04:05Z</dc:date></item></rdf:RDF>`;
    expect(parseFeed(rdf).items[0]).toMatchObject({
      title: 'One',
      url: 'https://old-wire.test/1',
      published: '2024-01-02T03:04Z',
      partial: true,
    });
    expect(parseFeed(fixture('summary-only.xml')).items.every((i) => i.partial)).toBe(true);
  });

  it(`keeps at most ${MAX_FEED_ITEMS} items a fetch and counts the rest`, () => {
    const items = Array.from(
      { length: 250 },
      (_, i) =>
        `<item><title>Item ${i}</title><description>Text of item number ${i} in the long feed.</description></item>`,
    ).join('');
    const feed = parseFeed(`<rss version="2.0"><channel><title>Long</title>${items}</channel></rss>`);
    expect(feed.items).toHaveLength(MAX_FEED_ITEMS);
    expect(feed.dropped).toBe(50);
  });

  it('says why a text is not a feed', () => {
    expect(problem(fixture('malformed.xml'))).toMatch(
      /^malformed-xml: the XML is malformed: it ends with <rss>, <channel>, <item>, <description> still open/,
    );
    expect(problem(fixture('not-a-feed.html'))).toBe('html-page: this address gives an HTML page, not a feed');
    expect(problem('<html><body><p>hi</p></body></html>')).toBe(
      'html-page: this address gives an HTML page, not a feed',
    );
    expect(problem('{"version": "https://jsonfeed.org/version/1.1", "items": [')).toMatch(
      /^malformed-json: the JSON is malformed/,
    );
    expect(problem('{"title": "not a feed"}')).toMatch(/^not-a-feed: this JSON is not a JSON Feed/);
    expect(problem('<?xml version="1.0"?><sitemap><url>x</url></sitemap>')).toBe(
      'not-a-feed: this XML is not a feed: its root element is <sitemap>, not <rss>, <rdf:RDF> or <feed>',
    );
    expect(problem('')).toBe('not-a-feed: the response is empty');
    expect(problem('plain words')).toBe('not-a-feed: this is neither XML nor JSON, so not a feed');
  });

  it('expands no entities declared in a DTD (no entity bombs)', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
      <rss version="2.0"><channel><title>&d;</title><item><title>x</title><description>&d;&d;&d; and words enough for a summary.</description></item></channel></rss>`;
    const feed = parseFeed(bomb);
    expect(JSON.stringify(feed).length).toBeLessThan(2000);
    expect(feed.items[0].paragraphs[0]).toContain('and words enough');
  });
});

describe('htmlToParagraphs', () => {
  it('keeps text and paragraph breaks, drops what is not text, decodes references once', () => {
    expect(
      htmlToParagraphs(
        '<p>One &amp; two</p><p>Three<br>four</p><style>p{}</style><!-- note --><div>Caf&eacute; &#8212; &lt;b&gt;</div>',
      ),
    ).toEqual(['One & two', 'Three four', 'Café — <b>']);
    expect(htmlToParagraphs('<p>Before</p><script>var x = "</p>";')).toEqual(['Before']);
    expect(htmlToParagraphs('<p onclick="alert(1)">Safe <a href="javascript:alert(1)">text</a></p>')).toEqual([
      'Safe text',
    ]);
  });
});

describe('parseOpml', () => {
  it('lists the feeds of an OPML file at any depth, without javascript: addresses', () => {
    const list = parseOpml(fixture('feeds.opml'));
    expect(list.title).toBe('My news feeds');
    expect(list.feeds.map((f) => f.url)).toEqual([
      'https://harbour-courier.test/rss.xml',
      'https://lakeside-bulletin.test/feed',
      'https://valley-dispatch.test/atom.xml',
    ]);
    expect(list.skipped).toBe(1);
    expect(() => parseOpml('<opml version="2.0"><body><outline text="empty"/></body></opml>')).toThrow(
      'the OPML list holds no feed',
    );
    expect(() => parseOpml(fixture('rss-full.xml'))).toThrow('not an OPML list: its root element is <rss>');
  });
});

describe('feed and crawler files in the import', () => {
  it('imports feed items as articles, marking summary-only ones partial', () => {
    const out = parseImport(
      [
        { name: 'courier.xml', text: fixture('rss-full.xml') },
        { name: 'valley.atom', text: fixture('atom.xml') },
        { name: 'ledger.json', text: fixture('feed.json') },
      ],
      profiles,
      null,
    );
    expect(out.reports.map((r) => [r.file, r.ok, r.added, r.message])).toEqual([
      ['courier.xml', true, 2, null],
      ['valley.atom', true, 3, null],
      ['ledger.json', true, 3, null],
    ]);
    const quay = out.articles.find((a) => a.title.startsWith('Port authority'))!;
    expect(quay).toMatchObject({
      outlet: { name: 'Harbour Courier' },
      author: 'Mara Lindqvist',
      published: { iso: '2024-03-12T09:30+01:00' },
      url: 'https://harbour-courier.test/news/northern-quay-reopens',
    });
    expect(quay.partial).toBeUndefined();
    expect(quay.figures.map((f) => f.text)).toContain('120 metres');
    expect(out.articles.filter((a) => a.partial).map((a) => a.title)).toEqual([
      'Council to vote on new bus timetable',
      'Highway 9 road works to start in April',
    ]);
  });

  it('maps news-please and trafilatura records', () => {
    const out = parseImport(
      [
        { name: 'np.json', text: fixture('news-please.json') },
        { name: 'tr.jsonl', text: fixture('trafilatura.jsonl') },
      ],
      profiles,
      null,
    );
    expect(out.ok).toBe(true);
    expect(out.articles[0]).toMatchObject({
      title: 'Water utility to replace 900 lead pipes this year',
      outlet: { name: 'riverside-gazette.test' },
      author: 'Ruth Castellanos, Ade Mensah',
      published: { iso: '2024-03-16T08:41' },
      url: 'https://riverside-gazette.test/water-pipes',
    });
    expect(out.articles[1]).toMatchObject({
      outlet: { name: 'Northfield Post' },
      author: 'Lena Vogt, Sami Haddad',
      published: { iso: '2024-03-17' },
      url: 'https://northfield-post.test/airport-night-flights',
    });
    expect(out.articles).toHaveLength(3);
  });

  it('names what it did not understand, file by file, and imports nothing', () => {
    const out = parseImport(
      [
        { name: 'good.json', text: fixture('news-please.json') },
        { name: 'other.json', text: JSON.stringify([{ headline: 'x', body: 'y' }]) },
        { name: 'list.opml', text: fixture('feeds.opml') },
        { name: 'broken.xml', text: fixture('malformed.xml') },
        { name: 'page.rss', text: fixture('not-a-feed.html') },
        { name: 'data.csv', text: 'a,b\n1,2' },
      ],
      profiles,
      null,
    );
    expect(out.ok).toBe(false);
    expect(out.reports.map((r) => r.message)).toEqual([
      null,
      'other.json, record 1: not an article record that is understood (its fields: "headline", "body"): expected "title" and "text" (Reading Context), "title" and "maintext" (news-please) or "title", "text" and "sitename" (trafilatura)',
      'list.opml: this is an OPML list of feeds, not articles: add it under Feeds in the options to subscribe to them',
      'broken.xml: the XML is malformed: it ends with <rss>, <channel>, <item>, <description> still open (cut off?)',
      'page.rss: this address gives an HTML page, not a feed',
      'data.csv: unknown kind of file ".csv" (use .txt, .json, .jsonl, .html, or a feed: .xml, .rss, .atom)',
    ]);
  });

  it('leaves out items with a title alone', () => {
    expect(
      feedItemText(
        { title: 'Only a headline', url: null, author: null, published: null, paragraphs: ['Short.'], partial: true },
        'X',
      ),
    ).toBeNull();
  });
});
