// Writes tests/fixtures/db/v1.json: the database as release 0.1 (schema version 1) left it in a
// reader's browser: the bundled corpus and its index, plus articles the reader imported and saved.
// The migration test (tests/unit/db-migration.test.ts) builds that database from the file and opens
// it with the current code. Run once per schema version, then keep the file: npx tsx scripts/make-db-fixture.ts
// tests/fixtures/db/v2.json was written by this script as it was at commit 07b8d25, the last build at
// schema version 2 (`git archive 07b8d25`, VERSION = 2), so that its index is what that build wrote.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readSeedDir } from '../lib/corpus/read-seed-dir';
import { parseImport } from '../lib/corpus/import-files';
import { compileArticle } from '../lib/corpus/compile-corpus';
import { digestToText } from '../lib/corpus/digest-to-text';
import { readHtml } from '../lib/page/read-html';
import { openCorpusDb } from '../lib/store/db';
import { addUserArticles, installBundledCorpus } from '../lib/store/corpus-store';
import { corpusIndexer } from '../lib/match/corpus-indexer';
import { dumpDb } from './db-snapshot';

const VERSION = 1;
// Fixed clock: the file is the same whenever it is written.
let clock = Date.UTC(2024, 3, 1);
Date.now = () => (clock += 1000);

const corpus = await readSeedDir('seeds');
const db = await openCorpusDb(new IDBFactory(), 'reading-context', VERSION);
await installBundledCorpus(db, corpus, corpusIndexer);

// What a reader adds: a text file, article records (one with an address), and a saved page.
const imported = parseImport(
  [
    { name: 'earthquake-followup.txt', text: readFileSync('tests/fixtures/import/earthquake-followup.txt', 'utf8') },
    {
      name: 'my-notes.jsonl',
      text: [
        {
          title: 'Port reopens after storm',
          text: 'The port reopened on Friday after a storm closed it for three days, officials said. About 120 ships had waited offshore.',
          outlet: 'Harbour Herald',
          published: '2024-05-03',
          url: 'https://harbour.example/port-reopens',
        },
        {
          title: 'Council approves new bridge',
          paragraphs: [
            'The city council approved a new bridge on Monday by 31 votes to 9.',
            'Construction is to start next spring, the mayor said.',
          ],
          author: 'Sam Reyes',
        },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    },
  ],
  corpus.outlets,
  null,
);
if (!imported.ok) throw new Error(imported.reports.map((r) => r.message).join('; '));
await addUserArticles(db, imported.articles, corpusIndexer);
const page = readHtml(
  readFileSync('tests/fixtures/pages/wire-dateline.html', 'utf8'),
  'https://en.mehrnews.com/news/213066/Talks-to-continue',
);
const saved = compileArticle({ name: page.canonical ?? page.url, text: digestToText(page) }, corpus.outlets, 'user');
await addUserArticles(db, [saved], corpusIndexer);

const snapshot = await dumpDb(unwrap(db));
const out = {
  $comment: `Reading Context database, schema version ${VERSION}, as release 0.1 left it: ${corpus.articles.length} bundled and ${imported.articles.length + 1} user articles with their index. Written by scripts/make-db-fixture.ts; do not edit.`,
  ...snapshot,
};
mkdirSync('tests/fixtures/db', { recursive: true });
writeFileSync(`tests/fixtures/db/v${VERSION}.json`, `${JSON.stringify(out, null, 1)}\n`);
console.log(
  `tests/fixtures/db/v${VERSION}.json: ${snapshot.stores.map((s) => `${s.name} ${s.records.length}`).join(', ')}`,
);
