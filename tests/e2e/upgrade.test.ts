// An update in the real Chromium: a browser profile made by the previous release's build (commit
// 0ff4a53, the last at database version 3), holding articles the user imported with it; then this
// build loaded over the same profile from the same place, as an update replaces the extension's
// files. The database is upgraded to this version in the browser's own IndexedDB, every user article
// is there record for record, and each is still found by matching its text.
//
// The previous build is made once from the repository's history (`git archive` of that commit, built
// with this checkout's node_modules) and kept in the system's temporary folder: not under node_modules,
// where the build's auto-imports would skip its files as installed packages.
import { execFileSync, execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/launch-browser';
import { liveWorker, waitUntilReady } from '../../scripts/extension-pages';
import { DB_VERSION } from '../../lib/store/db';
import type { Article } from '../../lib/types';

declare const readingContext: any;

const PREVIOUS = '0ff4a53';
const PREVIOUS_DB_VERSION = 3;

/** A shallow clone lacks the previous release's commit: then there is nothing to build it from. */
const HAS_PREVIOUS = (() => {
  try {
    execSync(`git cat-file -e ${PREVIOUS}^{commit}`, { stdio: 'ignore' });
    return true;
  } catch {
    console.warn(`upgrade test skipped: commit ${PREVIOUS} is not in this clone's history (a shallow clone)`);
    return false;
  }
})();

/** The previous release's e2e build, made from the repository's history the first time. */
function previousBuild(): string {
  const root = join(tmpdir(), 'reading-context-previous', PREVIOUS);
  const out = join(root, '.output/chrome-mv3-e2e');
  if (existsSync(join(out, 'manifest.json'))) return out;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  execSync(`git archive ${PREVIOUS} | tar -x -C "${root}"`, { stdio: 'inherit' });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: root, stdio: 'inherit' });
  return out;
}

/** The database's version and every article, read from an extension page with the raw IndexedDB API. */
async function readDatabase(browser: ExtensionBrowser): Promise<{ version: number; articles: Article[] }> {
  const page = await browser.context.newPage();
  await page.goto(browser.pageUrl('icon/16.png'));
  try {
    return await page.evaluate(
      () =>
        new Promise<{ version: number; articles: Article[] }>((ok, fail) => {
          const open = indexedDB.open('reading-context');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const request = db.transaction('articles').objectStore('articles').getAll();
            request.onsuccess = () => {
              db.close();
              ok({ version: db.version, articles: request.result as Article[] });
            };
            request.onerror = () => fail(request.error);
          };
        }),
    );
  } finally {
    await page.close();
  }
}

const USER_FILES = [
  {
    name: 'harbour-notes.jsonl',
    text: [
      {
        title: 'Port reopens after storm',
        text: 'The port reopened on Friday after a storm closed it for three days, officials said. About 120 ships had waited offshore while crews repaired the breakwater.',
        outlet: 'Harbour Herald',
        published: '2024-05-03',
        url: 'https://harbour.example/port-reopens',
        author: 'Ana Ruiz',
      },
      {
        title: 'Council approves new bridge',
        paragraphs: [
          'The city council approved a new bridge on Monday by 31 votes to 9, ending a debate that had lasted two years.',
          'Construction is to start next spring, the mayor said, and should take three years.',
        ],
        author: 'Sam Reyes',
      },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n'),
  },
  {
    name: 'ferry.txt',
    text: 'Title: Ferry service resumes after repairs\n---\nThe ferry service between the two islands resumed on Tuesday after six weeks of repairs to the pier, the operator said. Some 2,400 passengers a day used the route before it closed.',
  },
];

let tmp: string;
let browser: ExtensionBrowser | null = null;
let before: { version: number; articles: Article[] };
let after: { version: number; articles: Article[] };
let extensionDir: string;
let profile: string;

beforeAll(async () => {
  if (!HAS_PREVIOUS) return;
  const previous = previousBuild();
  if (!existsSync('.output/chrome-mv3-e2e/manifest.json'))
    throw new Error('No e2e build: run `npm run build:e2e` first.');
  tmp = await mkdtemp(join(tmpdir(), 'reading-context-upgrade-'));
  // One place for both builds: the unpacked extension keeps its id, and so its database.
  extensionDir = join(tmp, 'extension');
  profile = join(tmp, 'profile');
  cpSync(previous, extensionDir, { recursive: true });
  // Both builds call themselves 0.1.0; an update carries a higher version, which is what makes the
  // browser replace the extension's registered service worker: the previous one is numbered below.
  const manifestPath = join(extensionDir, 'manifest.json');
  writeFileSync(manifestPath, JSON.stringify({ ...JSON.parse(readFileSync(manifestPath, 'utf8')), version: '0.0.9' }));
  browser = await launchWithExtension({ extensionDir, userDataDir: profile, headless: true });
  await waitUntilReady(browser, 60_000);
  const imported = await (
    await liveWorker(browser)
  ).evaluate((files) => readingContext.bench.importFiles(files), USER_FILES);
  expect(imported).toMatchObject({ ok: true, added: 3 });
  before = await readDatabase(browser);
  await browser.close();
  browser = null;

  // The update: this build's files replace the previous ones, and the browser starts on the same profile.
  rmSync(extensionDir, { recursive: true, force: true });
  cpSync('.output/chrome-mv3-e2e', extensionDir, { recursive: true });
  // An update replaces the extension's registered service worker. Files replaced under an unpacked
  // extension do not: Chromium starts the worker script it stored in the profile (seen: the new
  // manifest with the old worker). The stored registration goes, the IndexedDB stays.
  rmSync(join(profile, 'Default', 'Service Worker'), { recursive: true, force: true });
  browser = await launchWithExtension({ extensionDir, userDataDir: profile, headless: true });
  await waitUntilReady(browser, 60_000);
  await (await liveWorker(browser)).evaluate(() => readingContext.ensureCorpus());
  after = await readDatabase(browser);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe.skipIf(!HAS_PREVIOUS)('an update over a profile made by the previous release', () => {
  it('started from the previous database version, with the user’s articles in it', () => {
    expect(before.version).toBe(PREVIOUS_DB_VERSION);
    expect(before.articles.filter((a) => a.origin === 'user')).toHaveLength(3);
  });

  it('upgrades the database in the browser and keeps every user article, record for record', () => {
    expect(after.version).toBe(DB_VERSION);
    const mine = (list: Article[]) => list.filter((a) => a.origin === 'user').sort((a, b) => a.id.localeCompare(b.id));
    expect(mine(after.articles)).toEqual(mine(before.articles));
    expect(after.articles.filter((a) => a.origin === 'bundled').length).toBeGreaterThan(0);
  });

  it('still finds each user article by its own text', async () => {
    const worker = await liveWorker(browser!);
    for (const article of before.articles.filter((a) => a.origin === 'user')) {
      const [result] = await worker.evaluate(
        (text) => readingContext.bench.match([{ text }]),
        article.paragraphs.join('\n\n'),
      );
      expect(result.ids[0]).toBe(article.id);
    }
  });
});
