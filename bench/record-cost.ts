// What the browser's IndexedDB costs per record and per byte, outside the extension's own code: the
// same generated articles written through raw IndexedDB from an extension page, in several shapes,
// with the processor time of the browser's process (where IndexedDB stores the records) and of the
// extension's renderer (which serializes them) read from /proc (bench/process-cpu.ts, Linux only).
// It answers what a faster bulk import has to change: the number of records, their size, or their
// encoding. Shapes, each into a fresh database, deleted after, in turns over several rounds:
//   article      the articles as stored, one record each (keyed by id), transactions of default durability
//   strict       the same, each transaction asking for a flush to disk (`durability: 'strict'`)
//   relaxed      the same, asking for none (`durability: 'relaxed'`)
//   indexed      the same, in a store with three secondary indexes on fields every article has
//   no-text      the articles without their paragraphs: a small record each
//   gzip         the paragraphs gzipped in the page (CompressionStream), one stream per article
//   blocks       50 articles to a record (blocksN: N to a record)
//   user         as a user's import stores them (asUserImport): hashed ids, an address, figures and sources
//   user-packed  the same, with the figures and sources kept as one JSON string each
//   user-slim    the same, without the copy of its sentence each figure and source carries
// Usage: npx tsx bench/record-cost.ts [--articles 10000] [--rounds 2] [--extension .output/chrome-mv3-e2e]
import { resolve } from 'node:path';
import { launchWithExtension } from '../scripts/launch-browser';
import { asUserImport, generateArticles } from './generate-corpus';
import { compiledSamples } from './compiled-samples';
import { loadSentencePool } from './sentence-pool';
import { cpuBetween, processCpu } from './process-cpu';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const N = Number(option('articles', '10000'));
const ROUNDS = Number(option('rounds', '2'));
const SHAPES = option(
  'shapes',
  'article,strict,relaxed,indexed,no-text,gzip,blocks,hashed,numbered,numbered-hashed',
).split(',');

/** Runs in the page (a string: the TypeScript loader would wrap a function's helpers in code the page lacks). */
const WRITE = `async (shape) => {
  const arts = globalThis.__articles;
  const name = 'record-cost-' + shape;
  const db = await new Promise((ok, fail) => {
    const q = indexedDB.open(name, 1);
    q.onupgradeneeded = () => {
      const numbered = shape.startsWith('numbered');
      const s = q.result.createObjectStore('s', { keyPath: numbered ? 'n' : 'id' });
      if (numbered) s.createIndex('byId', 'id', { unique: true });
      if (shape === 'indexed') { s.createIndex('a', 'origin'); s.createIndex('b', 'title'); s.createIndex('c', 'published.iso'); }
    };
    q.onsuccess = () => ok(q.result);
    q.onerror = () => fail(q.error);
  });
  const gzip = async (text) =>
    new Uint8Array(await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer());
  // A content id as the extension gives one: a hash, so ids arrive in no order.
  const hex = (id) => { let h = 0x811c9dc5, g = 0x12345; for (let i = 0; i < id.length; i++) { h = Math.imul(h ^ id.charCodeAt(i), 0x01000193); g = Math.imul(g ^ id.charCodeAt(i), 0x5bd1e995); } return (h >>> 0).toString(16).padStart(8, '0') + (g >>> 0).toString(16).padStart(8, '0'); };
  const per = shape.startsWith('blocks') ? Number(shape.slice(6) || 50) : 1;
  const t0 = performance.now();
  let records = arts;
  if (shape === 'no-text') records = arts.map((a) => ({ ...a, paragraphs: [] }));
  else if (shape === 'gzip') records = await Promise.all(arts.map(async (a) => ({ ...a, paragraphs: await gzip(a.paragraphs.join('\\n\\n')) })));
  else if (shape === 'hashed' || shape === 'numbered-hashed') records = arts.map((a, n) => ({ ...a, n, id: hex(a.id) }));
  else if (shape === 'numbered') records = arts.map((a, n) => ({ ...a, n }));
  else if (shape === 'user') records = globalThis.__users;
  else if (shape === 'user-packed')
    records = globalThis.__users.map((a) => ({ ...a, figures: JSON.stringify(a.figures), sources: JSON.stringify(a.sources) }));
  else if (shape === 'user-slim')
    records = globalThis.__users.map((a) => ({
      ...a,
      figures: a.figures.map(({ sentence, ...f }) => f),
      sources: a.sources.map(({ sentences, ...f }) => f),
    }));
  else if (shape.startsWith('blocks')) { records = []; for (let i = 0; i < arts.length; i += per) records.push({ id: 'b' + i, items: arts.slice(i, i + per) }); }
  for (let i = 0; i < records.length; i += 250) {
    const tx = db.transaction('s', 'readwrite', shape === 'strict' || shape === 'relaxed' ? { durability: shape } : {});
    const store = tx.objectStore('s');
    for (const r of records.slice(i, i + 250)) store.put(r);
    await new Promise((ok, fail) => { tx.oncomplete = ok; tx.onerror = () => fail(tx.error); });
  }
  const ms = performance.now() - t0;
  // Then what reading one article back costs, as a report reads a related article: 200 of them at random,
  // one request at a time (a block is read whole and the article taken from it).
  const pick = (k) => Math.floor(((k * 2654435761) >>> 0) / 4294967296 * arts.length);
  const r0 = performance.now();
  for (let k = 0; k < 200; k++) {
    const i = pick(k);
    const key = per > 1 ? 'b' + (i - (i % per)) : shape.startsWith('numbered') ? records[i].n : records[i].id;
    const tx = db.transaction('s');
    const got = await new Promise((ok, fail) => { const q = tx.objectStore('s').get(key); q.onsuccess = () => ok(q.result); q.onerror = () => fail(q.error); });
    if (!got) throw new Error('not read back: ' + key);
    // A packed article is read as the objects it packs.
    if (shape === 'user-packed') { JSON.parse(got.figures); JSON.parse(got.sources); }
  }
  const readUs = (performance.now() - r0) / 200 * 1000;
  db.close();
  await new Promise((ok) => { const q = indexedDB.deleteDatabase(name); q.onsuccess = q.onerror = ok; });
  return { ms, readUs, records: records.length };
}`;

const pool = loadSentencePool();
const corpus = generateArticles(N, 42, pool);
const users = SHAPES.some((s) => s.startsWith('user')) ? asUserImport(corpus, compiledSamples(pool)) : [];
const browser = await launchWithExtension({ extensionDir: resolve(option('extension', '.output/chrome-mv3-e2e')) });
try {
  const page = await browser.context.newPage();
  await page.goto(browser.pageUrl('options.html'));
  await page.evaluate((articles) => ((globalThis as { __articles?: unknown }).__articles = articles), corpus);
  await page.evaluate((articles) => ((globalThis as { __users?: unknown }).__users = articles), users);
  const sum = new Map<string, { ms: number; readUs: number; browser: number; renderer: number; records: number }>();
  for (let round = 0; round < ROUNDS; round++)
    for (const shape of SHAPES) {
      const before = processCpu(browser.userDataDir);
      const r = (await page.evaluate(`(${WRITE})(${JSON.stringify(shape)})`)) as {
        ms: number;
        readUs: number;
        records: number;
      };
      const cpu = cpuBetween(before, processCpu(browser.userDataDir));
      const s = sum.get(shape) ?? { ms: 0, readUs: 0, browser: 0, renderer: 0, records: r.records };
      s.readUs += r.readUs;
      s.ms += r.ms;
      s.browser += cpu?.browser ?? NaN;
      s.renderer += cpu?.extension ?? NaN;
      sum.set(shape, s);
    }
  console.log(
    `${N.toLocaleString('en')} generated articles written ${ROUNDS} times in each shape, 250 records a transaction (means):`,
  );
  console.log(
    "  shape      records   wall ms   browser's process µs/article   renderer µs/article   one article read back, µs",
  );
  for (const [shape, s] of sum) {
    const per = (v: number) => ((v / ROUNDS / N) * 1000).toFixed(0).padStart(8);
    console.log(
      `  ${shape.padEnd(10)} ${String(s.records).padStart(7)} ${(s.ms / ROUNDS).toFixed(0).padStart(9)}   ${per(s.browser)}                        ${per(s.renderer)}              ${(s.readUs / ROUNDS).toFixed(0).padStart(8)}`,
    );
  }
} finally {
  await browser.close();
}
