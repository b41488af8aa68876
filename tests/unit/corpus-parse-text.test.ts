// The seed parser on texts it has never seen: a header block, another site's furniture, bad files.
import { describe, expect, it } from 'vitest';
import { checkText, parseText, SeedError } from '../../lib/corpus/parse-seed';
import { decodeText } from '../../lib/corpus/read-seed-dir';
import { compileCorpus } from '../../lib/corpus/compile-corpus';
import { parseDate } from '../../lib/text/parse-date';
import { FACTOR, LIMIT, describeGrowth, growth } from './growth';

describe('parseText', () => {
  it('takes fields stated outright in a header block ended by ---', () => {
    const p = parseText(
      'x.txt',
      'Title: Floods close the port\nOutlet: Harbour Herald\nAuthor: Jane Roe\nPublished: 2024-05-02\nURL: https://herald.example/a/1\n---\nHeavy rain closed the port on Thursday, officials said.\n\nShips were diverted to the south.',
    );
    expect(p).toMatchObject({
      title: 'Floods close the port',
      outletName: 'Harbour Herald',
      author: 'Jane Roe',
      url: 'https://herald.example/a/1',
    });
    expect(p.published).toEqual({ iso: '2024-05-02', precision: 'day', text: '2024-05-02' });
    expect(p.paragraphs).toEqual([
      'Heavy rain closed the port on Thursday, officials said.',
      'Ships were diverted to the south.',
    ]);
  });

  it('reads a pasted article from another site sensibly', () => {
    const text = [
      'Skip to content',
      'Home / World / Europe',
      'Share',
      'Tweet',
      'Wildfire forces thousands to flee coastal towns',
      'By Maria Lopez, Staff Reporter',
      '14 August 2023 08:30',
      'ATHENS (Reuters) – Thousands of residents fled coastal towns on Monday as a wildfire spread.',
      'Advertisement',
      'Firefighters said the blaze was moving fast.',
      'Related articles',
      'Copyright © 2023 Some Site. All rights reserved.',
    ].join('\n');
    const p = parseText('pasted.txt', text);
    expect(p.title).toBe('Wildfire forces thousands to flee coastal towns');
    expect(p.section).toEqual(['Home', 'World', 'Europe']);
    expect(p.author).toBe('Maria Lopez');
    expect(p.published).toEqual({ iso: '2023-08-14T08:30', precision: 'minute', text: '14 August 2023 08:30' });
    expect(p.dateline).toBe('ATHENS');
    expect(p.datelineCredit).toBe('Reuters');
    expect(p.paragraphs).toEqual([
      'ATHENS (Reuters) – Thousands of residents fled coastal towns on Monday as a wildfire spread.',
      'Firefighters said the blaze was moving fast.',
    ]);
  });

  it('takes a title from the first sentence when the text has no title line', () => {
    const p = parseText(
      't.txt',
      'The council voted on Tuesday to close the bridge for repairs. Work starts next month.',
    );
    expect(p.title).toBe('The council voted on Tuesday to close the bridge for repairs.');
  });

  it('rejects an empty file, naming it', () => {
    expect(() => parseText('empty.txt', '  \n\n ')).toThrow(
      new SeedError('empty.txt', 'the file is empty: a seed needs an article text'),
    );
  });

  it('rejects binary content, naming the file', () => {
    expect(() => checkText('img.txt', 'PNG\u0000\u0001\u0002')).toThrow(/img\.txt: the file is binary/);
    expect(() => decodeText('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]))).toThrow(
      /latin1\.txt: the file is not valid UTF-8/,
    );
  });

  it(`parses 10 MB of text into a well-formed article, in linear time (${FACTOR} times the text costs well under ${FACTOR}² times as much)`, () => {
    const line = 'A long report line about the harbour and the weather today.\n';
    const big = line.repeat(170_000);
    const p = parseText('big.txt', big);
    expect(p.paragraphs.length).toBeGreaterThan(1000);
    expect(p.title.length).toBeGreaterThan(0);
    const g = growth((text: string) => parseText('big.txt', text), line.repeat(170_000 / FACTOR), big, {
      rounds: 3,
      minMs: 20,
    });
    expect(g.ratio, describeGrowth(g)).toBeLessThan(LIMIT);
  });

  it('reads a header key that is also a name on Object.prototype as an unknown key', () => {
    const p = parseText(
      'x.txt',
      'Constructor: Acme\nTitle: Floods close the port\n---\nHeavy rain closed the port on Thursday, officials said.',
    );
    expect(p.title).toBe('Floods close the port');
    expect(Object.keys(p).sort()).toEqual([
      'author',
      'dateline',
      'datelineCredit',
      'language',
      'originalPublisherName',
      'outletArticleId',
      'outletName',
      'paragraphs',
      'published',
      'section',
      'title',
      'url',
    ]);
  });

  it('fails the whole corpus when one seed is bad, so no half-formed corpus is built', () => {
    expect(() =>
      compileCorpus(
        [
          { name: 'good.txt', text: 'Title: A\n---\nSome text here that is a sentence.' },
          { name: 'bad.txt', text: '' },
        ],
        [],
      ),
    ).toThrow(/bad\.txt/);
  });
});

describe('parseDate', () => {
  it.each([
    ['Mar 16, 2024, 10:17 AM', '2024-03-16T10:17', 'minute'],
    ['March 16, 2024', '2024-03-16', 'day'],
    ['Saturday, 16 March 2024', '2024-03-16', 'day'],
    ['2024-03-16T10:17:00Z', '2024-03-16T10:17Z', 'minute'],
    ['March 2024', '2024-03', 'month'],
    ['Dec 1, 2023, 12:05 PM', '2023-12-01T12:05', 'minute'],
    ['Mar 16, 2024, 10:17 PM', '2024-03-16T22:17', 'minute'],
    ['16 March 2024', '2024-03-16', 'day'],
  ])('reads %s with its precision', (text, iso, precision) => {
    expect(parseDate(text)).toMatchObject({ iso, precision });
  });
  it.each(['Feb 30, 2024', 'Hamas proposal', '13:99', '2024', 'Mar. 16', 'News ID 213066', 'Smarch 16, 2024'])(
    'does not invent a date from %s',
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );
});
