// Bad imports through the background's import (entrypoints/background/import.ts), with WXT's fake
// browser and fake-indexeddb: storage full, a 50 MB file, another encoding, broken and hostile
// records, duplicates, a page with no article. Each gets a message naming the file and the line or
// record, and the database afterwards is, store for store and record for record, what it was.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { unwrap } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { compileCorpus } from '../../lib/corpus/compile-corpus';
import { loadOutlets } from '../../lib/sources/outlets';
import { importSizeProblem, MAX_IMPORT_BYTES } from '../../lib/corpus/import-limits';
import { parseImport } from '../../lib/corpus/import-files';
import { htmlArticle, htmlFileUrl, isHtmlFile } from '../../lib/corpus/html-article';
import { checkMessage } from '../../lib/check-message';
import { readHtml } from '../../lib/page/read-html';
import { dumpDb } from '../../scripts/db-snapshot';
import type { ImportReport } from '../../lib/types';

const profiles = loadOutlets(JSON.parse(readFileSync('seeds/outlets.json', 'utf8')));
const seeds = ['000_49ebc4d4ef1aa215.txt', '003_d8affad2d3658da0.txt'].map((name) => ({
  name,
  text: readFileSync(`seeds/${name}`, 'utf8'),
}));
const bundled = compileCorpus(seeds, profiles);
const quake = {
  name: 'earthquake-followup.txt',
  text: readFileSync('tests/fixtures/import/earthquake-followup.txt', 'utf8'),
};
const record = (i: number) => ({
  title: `Harbour note ${i}`,
  text: `The harbour master logged ${i + 3} ships on day ${i}, officials said. Cranes worked through the night.`,
  outlet: 'Harbour Herald',
  published: '2024-05-03',
});
const jsonl = (name: string, n: number) => ({
  name,
  text: Array.from({ length: n }, (_, i) => JSON.stringify(record(i))).join('\n'),
});

async function background() {
  vi.resetModules();
  const { importFiles } = await import('../../entrypoints/background/import');
  const { getDb } = await import('../../entrypoints/background/db');
  const { ensureCorpus } = await import('../../entrypoints/background/corpus');
  await ensureCorpus();
  const db = await getDb();
  return { importFiles, db, snapshot: () => dumpDb(unwrap(db)) };
}

/**
 * Counts IndexedDB writes, and fails every write after the first `failAfter` as a full disk does
 * (IndexedDB 3.0, "abort a transaction" with QuotaExceededError): the request is made, then the
 * transaction aborts with that error, and each pending request fails with AbortError.
 */
function watchWrites(failAfter = Number.POSITIVE_INFINITY): { count(): number; restore(): void } {
  const { add, put } = IDBObjectStore.prototype;
  let writes = 0;
  const aborted = new WeakSet<IDBTransaction>();
  const watched = <F extends (...a: never[]) => IDBRequest>(original: F) =>
    function (this: IDBObjectStore, ...args: Parameters<F>) {
      const request = original.apply(this, args);
      const tx = this.transaction;
      if (++writes > failAfter && !aborted.has(tx)) {
        aborted.add(tx);
        // As in a browser, the failure arrives after the call returned, not inside it.
        queueMicrotask(() => (tx as unknown as { _abort(name: string): void })._abort('QuotaExceededError'));
      }
      return request;
    };
  IDBObjectStore.prototype.add = watched(add);
  IDBObjectStore.prototype.put = watched(put);
  return { count: () => writes, restore: () => Object.assign(IDBObjectStore.prototype, { add, put }) };
}

const messages = (report: ImportReport) => report.files.map((f) => f.message ?? '');

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(bundled)));
});
afterEach(() => vi.unstubAllGlobals());

describe('storage full (quota exceeded) during an import', () => {
  const batch = () => [
    jsonl('notes.jsonl', 40),
    { name: 'more.json', text: JSON.stringify([record(100), record(101)]) },
  ];

  /** The writes a successful import of the batch makes, on a corpus holding the bundled articles and one import. */
  async function writesOfBatch(): Promise<number> {
    globalThis.indexedDB = new IDBFactory();
    const probe = await background();
    await probe.importFiles([quake]);
    const watch = watchWrites();
    await probe.importFiles(batch());
    watch.restore();
    globalThis.indexedDB = new IDBFactory();
    return watch.count();
  }

  it.each([
    ['on the first article', () => 0],
    ['half-way through the articles', () => 20],
    ['on the first write of the search index, after every article', () => 42],
    ['at the very last write', (total: number) => total - 1],
  ])('fails %s with a clear message naming each file, and nothing is half-written', async (_, failAfter) => {
    const total = await writesOfBatch();
    expect(total).toBeGreaterThan(42);
    const bg = await background();
    await bg.importFiles([quake]);
    const before = await bg.snapshot();
    const watch = watchWrites(failAfter(total));
    let report: ImportReport;
    try {
      report = await bg.importFiles(batch());
    } finally {
      watch.restore();
    }
    expect(report).toMatchObject({ ok: false, added: 0 });
    expect(report.files.map((f) => f.file)).toEqual(['notes.jsonl', 'more.json']);
    for (const m of messages(report))
      expect(m).toBe('Storage is full: delete articles or free disk space, then try again. Nothing was imported.');
    expect(await bg.snapshot()).toEqual(before);
    // Once there is room again, the same import lands whole.
    expect(await bg.importFiles(batch())).toMatchObject({ ok: true, added: 42 });
  });
});

describe('a file too large to import', () => {
  it('is refused by name before it is read: a 50 MB file on the options page', () => {
    const problem = importSizeProblem([
      { name: 'small.txt', size: 2_000 },
      { name: 'archive-2024.jsonl', size: 50 * 1024 * 1024 },
    ]);
    expect(problem).toMatch(/^archive-2024\.jsonl: the file is 50\.0 MB, over the 32\.0 MB one import can hold/);
    expect(
      importSizeProblem([
        { name: 'a.json', size: 20 * 1024 * 1024 },
        { name: 'b.json', size: 20 * 1024 * 1024 },
      ]),
    ).toMatch(/These 2 files are 40\.0 MB together/);
    expect(importSizeProblem([{ name: 'ok.json', size: MAX_IMPORT_BYTES }])).toBeNull();
  });

  it('is refused by name in the background too, and an import message over 64 MB is refused whole', async () => {
    const big = {
      name: 'archive-2024.jsonl',
      text: `${JSON.stringify(record(1))}\n`.repeat(Math.ceil((50 * 1024 * 1024) / 140)),
    };
    expect(big.text.length).toBeGreaterThan(50 * 1024 * 1024 - 200);
    const bg = await background();
    const before = await bg.snapshot();
    const report = await bg.importFiles([big]);
    expect(report).toMatchObject({ ok: false, added: 0 });
    expect(messages(report)[0]).toMatch(/^archive-2024\.jsonl: the file is over the 32\.0 MB/);
    expect(await bg.snapshot()).toEqual(before);
    const id = fakeBrowser.runtime.id;
    const tooMuch = { type: 'import-files', files: [big, { ...big, name: 'copy.jsonl' }] };
    expect(
      checkMessage(
        tooMuch,
        { id, url: fakeBrowser.runtime.getURL('/options.html') },
        id,
        fakeBrowser.runtime.getURL('/'),
      ),
    ).toMatchObject({ ok: false, reason: expect.stringMatching(/larger than 64 MB/) });
  });
});

describe('text in another encoding', () => {
  // The options page reads a file with File.text(): UTF-8, with U+FFFD for bytes that are not.
  const asOptionsPageReads = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

  it('refuses Latin-1 text, naming the file and the first line that is not UTF-8', () => {
    const latin1 = Uint8Array.from(
      Buffer.from(
        'Title: Café owners protest\n---\nThe protest began on Monday.\nOwners of cafés said rents had doubled.\n',
        'latin1',
      ),
    );
    const out = parseImport([{ name: 'cafes.txt', text: asOptionsPageReads(latin1) }], profiles, readHtml);
    expect(out.ok).toBe(false);
    expect(out.reports[0].message).toBe(
      'cafes.txt, line 1: the file is not UTF-8 text (it is in another encoding, such as Latin-1 or Windows-1252): save it as UTF-8 and import it again',
    );
  });

  it('refuses Windows-1252 records in a .jsonl file at the right line', () => {
    const text = `${JSON.stringify(record(1))}\n${JSON.stringify({ ...record(2), title: 'Smart “quotes”' })}\n`;
    const cp1252 = Uint8Array.from(Buffer.from(text.replace('“', '\x93').replace('”', '\x94'), 'latin1'));
    const out = parseImport([{ name: 'notes.jsonl', text: asOptionsPageReads(cp1252) }], profiles, readHtml);
    expect(out.reports[0].message).toMatch(/^notes\.jsonl, line 2: the file is not UTF-8 text/);
  });

  it('refuses UTF-16 text (with or without its byte-order mark) as UTF-16, not as binary', () => {
    const body = 'Title: Port reopens\n---\nThe port reopened on Friday.';
    for (const bytes of [
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]),
      Buffer.from(body, 'utf16le'),
    ]) {
      const out = parseImport(
        [{ name: 'port.txt', text: asOptionsPageReads(Uint8Array.from(bytes)) }],
        profiles,
        readHtml,
      );
      expect(out.reports[0].message).toBe(
        'port.txt: the file is UTF-16 text, not UTF-8: save it as UTF-8 and import it again',
      );
    }
  });

  it('takes UTF-8 text in any script, with a byte-order mark or without', () => {
    const persian = 'Title: آتش‌بس در غزه\nLanguage: fa\n---\nمذاکرات آتش‌بس روز شنبه در قاهره ادامه یافت.';
    for (const bytes of [
      Buffer.from(persian, 'utf8'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(persian, 'utf8')]),
    ]) {
      expect(
        parseImport([{ name: 'fa.txt', text: asOptionsPageReads(Uint8Array.from(bytes)) }], profiles, readHtml).ok,
      ).toBe(true);
    }
  });
});

describe('broken and hostile records', () => {
  it.each([
    ['invalid JSON', 'bad.json', '[{"title": "x", "text": "y"},', /^bad\.json: not valid JSON/],
    [
      'invalid JSON on one line',
      'bad.jsonl',
      `${JSON.stringify(record(1))}\n${JSON.stringify(record(2))}\n{"title": 'single'}\n`,
      /^bad\.jsonl, line 3: not valid JSON/,
    ],
    [
      'a missing title',
      'notitle.json',
      JSON.stringify([record(1), record(2), { text: 'body only' }]),
      /^notitle\.json, record 3: "title" is missing/,
    ],
    [
      'a missing text',
      'notext.jsonl',
      `${JSON.stringify(record(1))}\n${JSON.stringify({ title: 'T' })}`,
      /^notext\.jsonl, line 2: "text" \(or "paragraphs"\) is missing/,
    ],
    [
      'a wrongly typed field',
      'typed.json',
      JSON.stringify([{ ...record(1), outlet: ['A', 'B'] }]),
      /^typed\.json, record 1: "outlet" must be a string, not a list/,
    ],
    [
      'paragraphs that are not text',
      'paras.json',
      JSON.stringify([{ title: 'T', paragraphs: ['ok', { html: '<b>x</b>' }] }]),
      /^paras\.json, record 1: "paragraphs" must be a list of strings/,
    ],
    [
      'a record that is not an object',
      'list.json',
      JSON.stringify([record(1), 'just a string']),
      /^list\.json, record 2: an article record must be an object/,
    ],
    [
      'a megabyte title',
      'huge.json',
      JSON.stringify([{ ...record(1), title: 'A'.repeat(1_000_000) }]),
      /^huge\.json, record 1: "title" is longer than 2000 characters/,
    ],
    ['no records at all', 'empty.json', '[]', /^empty\.json: the file holds no article records/],
    [
      'JSON nested a hundred thousand deep',
      'deep.json',
      '['.repeat(100_000) + ']'.repeat(100_000),
      /^deep\.json(: not valid JSON|, record 1: an article record must be an object)/,
    ],
    [
      'an HTML page with no article',
      'menu.html',
      '<!doctype html><html><head><title>Home</title></head><body><nav><a href="/">Home</a><a href="/news">News</a></nav><footer>© 2024</footer></body></html>',
      /^menu\.html: no article found in this page/,
    ],
    [
      'an HTML page that is only script',
      'script.html',
      '<html><body><script>document.write("<p>" + "x ".repeat(5000) + "</p>")</script></body></html>',
      /^script\.html: no article found in this page/,
    ],
  ])('%s: a message naming the file and record, and nothing imported', async (_, name, text, message) => {
    const bg = await background();
    await bg.importFiles([quake]);
    const before = await bg.snapshot();
    // An HTML file comes as the options page sends it: read there, its article beside it.
    const file = isHtmlFile(name)
      ? { name, text, article: htmlArticle(readHtml(text, htmlFileUrl(name))) }
      : { name, text };
    const report = await bg.importFiles([jsonl('good.jsonl', 3), file]);
    expect(report).toMatchObject({ ok: false, added: 0 });
    const bad = report.files.find((f) => f.file === name)!;
    expect(bad.ok).toBe(false);
    expect(bad.message).toMatch(message);
    expect(report.files.find((f) => f.file === 'good.jsonl')!.message).toBe(
      'Parsed, but not imported because another file failed.',
    );
    expect(await bg.snapshot()).toEqual(before);
  });

  it('lands a record whose date is not one, with the date unknown and a warning naming the file and record', async () => {
    const bg = await background();
    const report = await bg.importFiles([
      jsonl('good.jsonl', 2),
      { name: 'date.json', text: JSON.stringify([record(7), { ...record(8), published: 'javascript:alert(1)' }]) },
    ]);
    expect(report).toMatchObject({ ok: true, added: 4 });
    const dated = report.files.find((f) => f.file === 'date.json')!;
    expect(dated).toMatchObject({ ok: true, added: 2 });
    expect(dated.warnings).toEqual([
      expect.stringMatching(/^date\.json, record 2: "published" cannot be read as a date/),
    ]);
    const stored = (await bg.db.getAll('articles')).find((a) => a.title === 'Harbour note 8')!;
    expect(stored.published).toBeNull();
  });

  it('keeps markup and script in records as text, and pollutes no prototype', async () => {
    const hostile =
      '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "title": "<img src=x onerror=alert(1)> Harbour", "text": "<script>alert(1)</script> The harbour reopened on Friday, officials said.", "author": "<b>Eve</b>", "url": "javascript:alert(1)"}';
    const bg = await background();
    const report = await bg.importFiles([{ name: 'hostile.json', text: hostile }]);
    expect(report).toMatchObject({ ok: true, added: 1 });
    const [stored] = (await bg.db.getAll('articles')).filter((a) => a.origin === 'user');
    expect(stored.title).toBe('<img src=x onerror=alert(1)> Harbour');
    expect(stored.paragraphs.join(' ')).toContain('<script>alert(1)</script>');
    expect(stored.author).toBe('<b>Eve</b>');
    expect(stored.url).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });
});

describe('duplicates of existing articles', () => {
  it('reports them per file, adds only what is new, and leaves the old ones as they were', async () => {
    const bg = await background();
    expect((await bg.importFiles([jsonl('notes.jsonl', 5)])).added).toBe(5);
    const first = await bg.db.getAll('articles');
    const report = await bg.importFiles([
      jsonl('notes-again.jsonl', 7),
      { name: 'copy.txt', text: quake.text },
      { name: 'seed-copy.txt', text: seeds[0].text },
    ]);
    expect(report.ok).toBe(true);
    expect(report.added).toBe(3);
    expect(report.files).toEqual([
      {
        file: 'notes-again.jsonl',
        ok: true,
        added: 2,
        duplicates: 5,
        message: '5 already in the corpus, left as they were',
      },
      { file: 'copy.txt', ok: true, added: 1, duplicates: 0, message: null },
      {
        file: 'seed-copy.txt',
        ok: true,
        added: 0,
        duplicates: 1,
        message: '1 already in the corpus, left as they were',
      },
    ]);
    for (const article of first) expect(await bg.db.get('articles', article.id)).toEqual(article);
    expect(await bg.db.countFromIndex('articles', 'byOrigin', 'bundled')).toBe(2);
  });

  it('counts a record repeated inside one import once', async () => {
    const bg = await background();
    const report = await bg.importFiles([
      { name: 'twice.json', text: JSON.stringify([record(1), record(1), record(2)]) },
    ]);
    expect(report).toMatchObject({ ok: true, added: 2 });
    expect(report.files[0]).toMatchObject({ added: 2, duplicates: 1 });
  });
});
