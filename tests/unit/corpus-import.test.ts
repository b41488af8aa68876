// Importing files: each kind parses, each problem names the file and the line or record, and
// nothing is written unless every file parsed.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../lib/corpus/import-files';
import { htmlArticle, htmlFileUrl } from '../../lib/corpus/html-article';
import { loadOutlets } from '../../lib/sources/outlets';
import { readHtml } from '../../lib/page/read-html';
import { openCorpusDb } from '../../lib/store/db';
import { addUserArticles } from '../../lib/store/corpus-store';
import { corpusIndexer } from '../../lib/match/corpus-indexer';

const profiles = loadOutlets(JSON.parse(readFileSync('seeds/outlets.json', 'utf8')));
const seedText = readFileSync('seeds/000_49ebc4d4ef1aa215.txt', 'utf8');
const record = {
  title: 'Port reopens',
  text: 'The port reopened on Friday after a storm, officials said.',
  outlet: 'Harbour Herald',
  published: '2024-05-03',
};

describe('parseImport', () => {
  it('reads .txt, .json, .jsonl and .html files', () => {
    const html = readFileSync('tests/fixtures/pages/demo-republished.html', 'utf8');
    const out = parseImport(
      [
        { name: 'a.txt', text: seedText },
        {
          name: 'b.json',
          text: JSON.stringify([record, { ...record, title: 'Second', text: 'Another text about the weather.' }]),
        },
        {
          name: 'c.jsonl',
          text: `${JSON.stringify(record)}\n\n${JSON.stringify({ ...record, title: 'Third', text: 'Third text.' })}\n`,
        },
        { name: 'd.html', text: html },
      ],
      profiles,
      readHtml,
    );
    expect(out.ok).toBe(true);
    expect(out.reports.map((r) => r.added)).toEqual([1, 2, 2, 1]);
    expect(out.articles.find((a) => a.title === 'Port reopens')).toMatchObject({
      outlet: { name: 'Harbour Herald' },
      published: { iso: '2024-05-03' },
      origin: 'user',
    });
    expect(out.articles.at(-1)).toMatchObject({ outlet: { name: 'The Meridian Ledger' }, author: 'Alireza Hashemi' });
  });

  it('takes an HTML page as the options page read it, and refuses one nobody could read', () => {
    const html = readFileSync('tests/fixtures/pages/demo-republished.html', 'utf8');
    // What the options page sends: the file and its article, read there with the browser's parser.
    const article = htmlArticle(readHtml(html, htmlFileUrl('d.html')));
    expect(article).not.toBeNull();
    const sent = parseImport([{ name: 'd.html', text: html, article }], profiles, null);
    expect(sent.ok).toBe(true);
    expect(sent.articles).toEqual(parseImport([{ name: 'd.html', text: html }], profiles, readHtml).articles);
    // A page the options page found no article in, and one that came without a reading where none can be made.
    expect(parseImport([{ name: 'nav.html', text: html, article: null }], profiles, null).reports[0].message).toMatch(
      /nav\.html: no article found/,
    );
    expect(parseImport([{ name: 'raw.html', text: html }], profiles, null).reports[0].message).toMatch(
      /raw\.html: HTML pages cannot be read here/,
    );
  });

  it.each([
    ['bad.json', '{"title": "x", ', /bad\.json: not valid JSON/],
    ['bad.jsonl', `${JSON.stringify(record)}\n{oops}\n`, /bad\.jsonl, line 2: not valid JSON/],
    ['missing.json', JSON.stringify([record, { text: 'no title' }]), /missing\.json, record 2: "title" is missing/],
    [
      'typed.json',
      JSON.stringify([{ ...record, author: 42 }]),
      /typed\.json, record 1: "author" must be a string, not number/,
    ],
    ['empty.txt', '', /empty\.txt: the file is empty/],
    ['bin.txt', 'ab\u0000cd', /bin\.txt: the file is binary/],
    ['page.html', '<html><body><nav>Home</nav></body></html>', /page\.html: no article found/],
    ['x.pdf', '%PDF', /unknown kind of file/],
  ])('reports %s clearly, naming the file and the line or record', (name, text, message) => {
    const out = parseImport([{ name, text }], profiles, readHtml);
    expect(out.ok).toBe(false);
    expect(out.reports[0].message).toMatch(message);
  });
});

describe('parseImport: dates that cannot be read', () => {
  it('imports a record whose date cannot be read with the date unknown, and a warning naming the file and record', () => {
    const out = parseImport(
      [
        {
          name: 'dates.json',
          text: JSON.stringify([
            record,
            { ...record, title: 'Second', text: 'Another text about the weather.', published: 'yesterday' },
          ]),
        },
        {
          name: 'dates.jsonl',
          text: `${JSON.stringify({ ...record, title: 'Third', text: 'A third text.', published: '03/04/2024' })}\n`,
        },
      ],
      profiles,
      null,
    );
    expect(out.ok).toBe(true);
    expect(out.articles.map((a) => [a.title, a.published?.iso ?? null])).toEqual([
      ['Port reopens', '2024-05-03'],
      ['Second', null],
      ['Third', null],
    ]);
    expect(out.reports[0]).toMatchObject({ ok: true, added: 2, message: null });
    expect(out.reports[0].warnings).toEqual([
      expect.stringMatching(
        /^dates\.json, record 2: "published" cannot be read as a date \("yesterday"\): imported with the date unknown/,
      ),
    ]);
    // Day and month could be either way round, and the record does not say its locale.
    expect(out.reports[1].warnings).toEqual([
      expect.stringMatching(/^dates\.jsonl, line 1: "published" cannot be read as a date \("03\/04\/2024"\)/),
    ]);
  });

  it("reads the forms people's files hold, a numeric date in the order of the record's language", () => {
    const dated = (published: string, language?: string) => ({
      ...record,
      title: published,
      text: `${published}: a text.`,
      published,
      language,
    });
    const out = parseImport(
      [
        {
          name: 'forms.json',
          text: JSON.stringify([
            dated('Sat, 16 Mar 2024 10:17:00 GMT'),
            dated('16/03/2024'),
            dated('16 mars 2024', 'fr'),
            dated('2024年3月16日', 'ja'),
            dated('03/04/2024', 'en-GB'),
            dated('03/04/2024', 'en-US'),
          ]),
        },
      ],
      profiles,
      null,
    );
    expect(out.reports[0].warnings).toBeUndefined();
    expect(out.articles.map((a) => a.published?.iso)).toEqual([
      '2024-03-16T10:17Z',
      '2024-03-16',
      '2024-03-16',
      '2024-03-16',
      '2024-04-03',
      '2024-03-04',
    ]);
  });

  it('imports a .txt whose header date cannot be read with the date unknown, and a warning naming the file', () => {
    const text = (
      published: string,
      body = 'The council approved the harbour budget on Tuesday after a long debate.',
    ) => `Title: Harbour budget approved\nOutlet: Harbour Courier\nPublished: ${published}\n---\n${body}`;
    const out = parseImport(
      [
        { name: 'unread.txt', text: text('the Ides of March') },
        { name: 'fine.txt', text: text('16 March 2024') },
        {
          name: 'in-text.txt',
          text: text('sometime', '16 March 2024\n\nThe council approved the harbour budget on Tuesday.'),
        },
      ],
      profiles,
      null,
    );
    expect(out.ok).toBe(true);
    expect(out.articles.map((a) => a.published?.iso ?? null)).toEqual([null, '2024-03-16', '2024-03-16']);
    expect(out.reports[0].warnings).toEqual([
      'unread.txt: the date in its header cannot be read ("the Ides of March"): imported with the date unknown. Write it as 2024-03-16 to keep it.',
    ]);
    expect(out.reports[1].warnings).toBeUndefined();
    expect(out.reports[2].warnings).toEqual([
      expect.stringMatching(
        /^in-text\.txt: the date in its header cannot be read \("sometime"\): the date its text gives, 2024-03-16, is used/,
      ),
    ]);
  });

  it('says how many more past the first twenty', () => {
    const records = Array.from({ length: 25 }, (_, i) => ({
      ...record,
      title: `R${i}`,
      text: `Text number ${i} here.`,
      published: 'soon',
    }));
    const out = parseImport([{ name: 'many.json', text: JSON.stringify(records) }], profiles, null);
    expect(out.ok).toBe(true);
    expect(out.reports[0].warnings).toHaveLength(21);
    expect(out.reports[0].warnings![20]).toMatch(/and 5 more dates that cannot be read/);
  });
});

describe('addUserArticles', () => {
  it('lands a whole import, reports duplicates, and keeps what was there', async () => {
    const db = await openCorpusDb(new IDBFactory(), 'import-test');
    const first = parseImport([{ name: 'a.json', text: JSON.stringify([record]) }], profiles, null).articles;
    await addUserArticles(db, first, corpusIndexer);
    const again = parseImport(
      [{ name: 'b.json', text: JSON.stringify([record, { ...record, title: 'New', text: 'Fresh text here.' }]) }],
      profiles,
      null,
    ).articles;
    const outcome = await addUserArticles(db, again, corpusIndexer);
    expect(outcome.added).toHaveLength(1);
    expect(outcome.duplicates).toEqual([first[0].id]);
    expect(await db.count('articles')).toBe(2);
  });

  it('writes nothing when the write fails part-way', async () => {
    const db = await openCorpusDb(new IDBFactory(), 'import-fail');
    const good = parseImport([{ name: 'a.json', text: JSON.stringify([record]) }], profiles, null).articles;
    await addUserArticles(db, good, corpusIndexer);
    const batch = parseImport(
      [
        {
          name: 'b.json',
          text: JSON.stringify([
            { ...record, title: 'One', text: 'One text.' },
            { ...record, title: 'Two', text: 'Two text.' },
          ]),
        },
      ],
      profiles,
      null,
    ).articles;
    const failing = {
      add: async () => {
        throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
      },
      remove: corpusIndexer.remove,
    };
    await expect(addUserArticles(db, batch, failing)).rejects.toThrow('quota');
    expect(await db.count('articles')).toBe(1);
    expect((await db.getAll('articles'))[0].title).toBe('Port reopens');
  });
});
