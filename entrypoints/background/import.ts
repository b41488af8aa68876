// Adding to the corpus: imported files and saved pages. An import lands whole or not at all — every
// file is parsed first, then all articles are written, in one transaction or, for a large import, in
// steps that a failure or the next start takes back — and what was there stays.
import type { ImportReport } from '@/lib/types';
import { parseImport, type ImportInput } from '@/lib/corpus/import-files';
import { pageArticle } from '@/lib/corpus/page-article';
import { pageAddress } from '@/lib/sources/served-publisher';
import { addUserArticles, findArticleByUrl } from '@/lib/store/corpus-store';
import { promoteKept } from '@/lib/store/keep-store';
import { corpusIndexer } from '@/lib/match/corpus-indexer';
import { STAGED_FROM, stagedImport } from '@/lib/match/staged-import';
import { getDb } from './db';
import { merges } from './merges';
import { corpusChecked, noteCorpusWrite, outletProfiles } from './corpus';
import { isQuotaError, STORAGE_FULL_MESSAGE } from '@/lib/store/corpus-health';
import { broadcast, lastDigest } from './reports';

function storageMessage(error: unknown): string {
  if (isQuotaError(error)) return `${STORAGE_FULL_MESSAGE}, then try again. Nothing was imported.`;
  return `The articles could not be written (${(error as Error)?.message ?? String(error)}). Nothing was imported.`;
}

export async function importFiles(files: ImportInput[]): Promise<ImportReport> {
  await corpusChecked();
  const profiles = await outletProfiles();
  const parsedFiles = [];
  for (let i = 0; i < files.length; i++) {
    // HTML pages come read by the options page, which has a DOM to parse them with; the service
    // worker has none, and a parser of its own would make it several times larger to start.
    parsedFiles.push(parseImport([files[i]], profiles, null));
    await broadcast({ type: 'import-progress', done: i + 1, total: files.length, file: files[i].name });
  }
  const reports = parsedFiles.flatMap((p) => p.reports);
  if (!parsedFiles.every((p) => p.ok)) {
    return {
      ok: false,
      added: 0,
      files: reports.map((r) =>
        r.ok ? { ...r, added: 0, message: 'Parsed, but not imported because another file failed.' } : r,
      ),
    };
  }
  const articles = parsedFiles.flatMap((p) => p.articles).map((a) => ({ ...a, addedBy: 'imported' as const }));
  try {
    // A large import goes in steps, so that matches go on meanwhile (lib/match/staged-import.ts).
    const db = await getDb();
    const { added } =
      articles.length > STAGED_FROM
        ? await merges.during(() => stagedImport(db, articles, { merge: (terms) => merges.add(terms) }))
        : await addUserArticles(db, articles, corpusIndexer);
    if (added.length > 0) await noteCorpusWrite();
    // Credit each added article to the first file (and record) that holds it; every other copy is a duplicate.
    const landed = new Set(added);
    const counts = new Map(reports.map((r) => [r.file, { added: 0, duplicates: 0 }]));
    for (const a of articles) {
      const count = counts.get((a.originRef ?? '').replace(/#\d+$/, ''));
      if (!count) continue;
      if (landed.delete(a.id)) count.added++;
      else count.duplicates++;
    }
    const out = reports.map((r) => {
      const { added: n, duplicates: d } = counts.get(r.file)!;
      return { ...r, added: n, duplicates: d, message: d > 0 ? `${d} already in the corpus, left as they were` : null };
    });
    if (added.length > 0) await broadcast({ type: 'corpus-changed' });
    return { ok: true, added: added.length, files: out };
  } catch (error) {
    await noteCorpusWrite(error);
    return {
      ok: false,
      added: 0,
      files: reports.map((r) => ({ ...r, added: 0, ok: false, message: storageMessage(error) })),
    };
  }
}

export async function savePage(tabId: number): Promise<{ ok: boolean; id: string | null; message: string }> {
  const digest = await lastDigest(tabId);
  if (!digest)
    return { ok: false, id: null, message: 'This page has not been read yet: open Reading Context on it first.' };
  await corpusChecked();
  try {
    // The same address already saved (its text may have changed since): keep the one there.
    const saved = await findArticleByUrl(await getDb(), [pageAddress(digest), digest.url]);
    // Kept as read: saving it by hand makes it the user's for good (the limits never remove it).
    if (saved && saved.addedBy === 'kept') {
      await promoteKept(await getDb(), saved.id);
      await broadcast({ type: 'corpus-changed' });
      return { ok: true, id: saved.id, message: `Saved “${saved.title}” to your corpus.` };
    }
    if (saved) return { ok: true, id: saved.id, message: `This page is already in your corpus, as “${saved.title}”.` };
    const article = { ...pageArticle(digest, await outletProfiles()), addedBy: 'saved' as const };
    const { added } = await addUserArticles(await getDb(), [article], corpusIndexer);
    if (added.length > 0) await noteCorpusWrite();
    if (added.length === 0) return { ok: true, id: article.id, message: 'This page is already in your corpus.' };
    await broadcast({ type: 'corpus-changed' });
    return { ok: true, id: article.id, message: `Saved “${article.title}” to your corpus.` };
  } catch (error) {
    await noteCorpusWrite(error);
    return { ok: false, id: null, message: storageMessage(error) };
  }
}
