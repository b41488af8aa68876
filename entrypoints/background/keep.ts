// Keeping the articles the user reads (when they turned it on): after a page's report is saved, off
// the page's critical path, its article joins the corpus as the user's own, replacing an earlier
// reading of it, with the oldest kept articles removed past the user's limits. And forgetting them.
import type { PageDigest, TabReport } from '@/lib/types';
import type { Settings } from '@/lib/settings';
import { pageArticle } from '@/lib/corpus/page-article';
import { pageAddress } from '@/lib/sources/served-publisher';
import { decideKeep, isAutomatic, keepLimits } from '@/lib/corpus/keep-policy';
import { findArticleByUrl } from '@/lib/store/corpus-store';
import { forgetKept, keepArticle, type ForgetScope, type KeepOutcome } from '@/lib/store/keep-store';
import { corpusIndexer } from '@/lib/match/corpus-indexer';
import { getDb } from './db';
import { outletProfiles } from './corpus';
import { broadcast, lastDigest } from './reports';

/** Keeps the page read in a tab, when the user keeps what they read. Never throws: a failure is logged. */
export async function keepReadPage(
  digest: PageDigest,
  report: TabReport,
  settings: Settings,
): Promise<KeepOutcome | null> {
  if (!settings.keepRead || report.state !== 'ready') return null;
  try {
    const db = await getDb();
    const atAddress = (await findArticleByUrl(db, [pageAddress(digest), digest.url])) ?? null;
    const same = await Promise.all(
      report.matches
        .filter((m) => m.relation === 'same-article')
        .map(async (match) => ({ match, article: (await db.get('articles', match.id)) ?? null })),
    );
    const decision = decideKeep(atAddress, same);
    if (decision.action === 'skip') return { id: decision.id, result: 'skipped', replaced: [], evicted: [] };
    const article = pageArticle(digest, await outletProfiles());
    const outcome = await keepArticle(db, article, {
      replace: decision.replace,
      limits: keepLimits(settings),
      indexer: corpusIndexer,
    });
    if (outcome.result !== 'skipped' || outcome.evicted.length > 0) await broadcast({ type: 'corpus-changed' });
    return outcome;
  } catch (error) {
    console.error('Reading Context could not keep the page', error);
    return null;
  }
}

/** The kept copy of a page (its own earlier reading), which its report leaves out of the related articles. */
export async function keptCopyOf(digest: PageDigest): Promise<string | null> {
  const found = await findArticleByUrl(await getDb(), [pageAddress(digest), digest.url]);
  return found && isAutomatic(found) ? found.id : null;
}

/** A report without one corpus article: out of the related articles and the figure line-ups. */
export function withoutArticle(report: TabReport, id: string): TabReport {
  const figureLines = report.figureLines
    .map((line) => {
      const keep = line.entries.map((e, i) => (e.articleId === id ? -1 : i));
      const at = new Map(keep.filter((i) => i >= 0).map((i, j) => [i, j]));
      return {
        ...line,
        entries: line.entries.filter((e) => e.articleId !== id),
        contradictions: line.contradictions
          .filter((c) => at.has(c.a) && at.has(c.b))
          .map((c) => ({ ...c, a: at.get(c.a)!, b: at.get(c.b)! })),
      };
    })
    .filter((line) => line.entries.length > 1);
  return { ...report, matches: report.matches.filter((m) => m.id !== id), figureLines };
}

/** The kept article of the page in a tab, if any. */
export async function keptPage(tabId: number): Promise<{ id: string; title: string } | null> {
  const digest = await lastDigest(tabId);
  if (!digest) return null;
  const found = await findArticleByUrl(await getDb(), [pageAddress(digest), digest.url]);
  return found && found.addedBy === 'kept' ? { id: found.id, title: found.title } : null;
}

export async function forget(what: ForgetScope | { scope: 'page'; tabId: number }): Promise<{ forgotten: number }> {
  let scope: ForgetScope;
  if (what.scope === 'page') {
    const page = await keptPage(what.tabId);
    if (!page) return { forgotten: 0 };
    scope = { scope: 'article', id: page.id };
  } else scope = what;
  const ids = await forgetKept(await getDb(), scope, corpusIndexer);
  if (ids.length > 0) await broadcast({ type: 'corpus-changed' });
  return { forgotten: ids.length };
}
