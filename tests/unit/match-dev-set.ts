// The harder development set (tests/fixtures/match-dev): events with several outlets' coverage,
// republished copies, follow-ups, near misses and unrelated news with like figures. Reads the event
// files, builds the corpus from the entries whose role is `corpus` (through the project's own seed
// compiler, so they carry figures and dates as imported articles do), makes each other entry a page,
// matches every page and scores the outcome. Shared by the quality report and its test.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileArticle } from '../../lib/corpus/compile-corpus';
import { extractFigures } from '../../lib/figures/extract-figures';
import { DEFAULT_THRESHOLD, matchPage } from '../../lib/match/match-page';
import { readHtml } from '../../lib/page/read-html';
import { impliedDate, type ImpliedDate } from '../../lib/match/implied-date';
import type { Article, Match } from '../../lib/types';
import { freshDb, loadCorpus } from './match-helpers';

export const DEV_DIR = join(process.cwd(), 'tests/fixtures/match-dev');
export const READABILITY_DIR = join(process.cwd(), '../shared/datasets/readability-test-pages');

export type DevRole = 'corpus' | 'related' | 'same' | 'none';

export interface DevEntry {
  id: string;
  /** The event it belongs to ("e08"), or "x" for unrelated news. */
  event: string;
  eventTitle: string;
  /** Events of one story (the Rafah crossing, the Cairo talks and the court order of May 2024): a match across them is not wrong. */
  story: string;
  role: DevRole;
  /** For related and same: the corpus article the page should show first. */
  target: string | null;
  /** For same: how the copy is made from the target (full, excerpt, furniture). For none: near or figures. */
  mode: string | null;
  outlet: string | null;
  /** ISO day, or null when the text states none. */
  date: string | null;
  title: string;
  body: string;
  file: string;
}

/** Parses the event files. A malformed entry throws with its file and id. */
export function readDevSet(dir = join(DEV_DIR, 'events')): DevEntry[] {
  const entries: DevEntry[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    let event = '';
    let eventTitle = '';
    let story = '';
    const text = readFileSync(join(dir, file), 'utf8');
    for (const chunk of text.split(/^(?=## |@@ )/m)) {
      const heading = /^## (\S+) (.*)/.exec(chunk);
      if (heading) {
        [, event, eventTitle] = heading;
        story = /^story: (\S+)/m.exec(chunk)?.[1] ?? event;
        continue;
      }
      const m = /^@@ (\S+)\n([\s\S]*)$/.exec(chunk);
      if (!m) continue;
      const [, id, rest] = m;
      const [head, ...bodyParts] = rest.split(/^--\n/m);
      const fields = new Map<string, string>();
      for (const line of head.split('\n')) {
        const kv = /^(\w+):\s*(.*)$/.exec(line.trim());
        if (kv) fields.set(kv[1], kv[2].trim());
      }
      const [role, arg, mode] = (fields.get('role') ?? '').split(/\s+/);
      if (!['corpus', 'related', 'same', 'none'].includes(role))
        throw new Error(`${file} ${id}: unknown role "${role}"`);
      const date = fields.get('date');
      entries.push({
        id,
        event,
        eventTitle,
        story,
        role: role as DevRole,
        target: role === 'related' || role === 'same' ? arg : null,
        mode: role === 'same' ? mode : role === 'none' ? (arg ?? null) : null,
        outlet: fields.get('outlet') ?? null,
        date: date && date !== 'none' ? date : null,
        title: fields.get('title') ?? '',
        body: bodyParts.join('--\n').trim(),
        file,
      });
    }
  }
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const e of entries) {
    if (e.target && byId.get(e.target)?.role !== 'corpus')
      throw new Error(`${e.file} ${e.id}: target ${e.target} is not a corpus entry`);
    if (e.role !== 'same' && !e.body) throw new Error(`${e.file} ${e.id}: no text`);
  }
  return entries;
}

/** A corpus entry as a seed text: a header block states its title, outlet and date. */
export function seedText(e: DevEntry): string {
  const head = [
    `Title: ${e.title}`,
    e.outlet ? `Outlet: ${e.outlet}` : null,
    e.date ? `Published: ${e.date}` : null,
  ].filter(Boolean);
  return `${head.join('\n')}\n---\n${e.body}\n`;
}

export function corpusArticles(entries: DevEntry[]): Article[] {
  return entries
    .filter((e) => e.role === 'corpus')
    .map((e) => ({ ...compileArticle({ name: `${e.id}.txt`, text: seedText(e) }, [], 'user'), originRef: e.id }));
}

const paragraphs = (body: string) =>
  body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const AGGREGATORS = ['News Roundup Daily', 'World Briefing Online', 'The Reposter'];

/**
 * The page a `same` entry stands for, made from its target's text as republishers do: `full` the
 * whole text under another masthead with a credit line and comments; `excerpt` the first half with a
 * "read more" link; `furniture` the whole text inside menus, share buttons and related links.
 */
export function copyPage(e: DevEntry, target: DevEntry): { html: string; date: string | null } {
  const paras = paragraphs(target.body);
  const site = AGGREGATORS[e.id.charCodeAt(e.id.length - 1) % AGGREGATORS.length];
  let body: string[];
  let extra = '';
  if (e.mode === 'excerpt') {
    body = paras.slice(0, Math.max(1, Math.ceil(paras.length / 2)));
    extra = `<p>Read the full story at ${escape(target.outlet ?? 'the source')}.</p>`;
  } else if (e.mode === 'furniture') {
    body = paras;
    extra =
      '<ul><li><a href="/a">Markets close higher</a></li><li><a href="/b">Weather: storms ahead</a></li><li><a href="/c">Ten recipes for summer</a></li></ul>';
  } else {
    body = paras;
    extra = `<p>This article first appeared in ${escape(target.outlet ?? 'another outlet')}.</p><section class="comments"><h3>Comments</h3><p>Reader: Thanks for sharing this.</p></section>`;
  }
  const date = target.date ? nextDay(target.date) : null;
  const html = `<!doctype html><html lang="en"><head><title>${escape(target.title)} | ${site}</title><meta property="og:site_name" content="${site}">${
    date ? `<meta property="article:published_time" content="${date}T08:00:00Z">` : ''
  }</head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav><article><h1>${escape(target.title)}</h1>${body
    .map((p) => `<p>${escape(p)}</p>`)
    .join('')}${extra}</article><footer>© ${site}</footer></body></html>`;
  return { html, date };
}

export interface DevPage {
  text: string;
  title: string;
  published: string | null;
  site: string | null;
  figures: ReturnType<typeof extractFigures>;
  originalPublisher?: string | null;
  estimatedDate?: ImpliedDate | null;
}

/** The page an entry stands for, as the extension would read it. */
export function devPage(e: DevEntry, byId: Map<string, DevEntry>): DevPage {
  if (e.role === 'same') {
    const { html } = copyPage(e, byId.get(e.target!)!);
    const d = readHtml(html, `https://example.org/${e.id}`);
    return {
      text: d.text,
      title: d.title,
      published: d.published,
      site: d.site,
      figures: extractFigures(d.text),
      originalPublisher: d.originalPublisher,
      estimatedDate: d.published ? null : impliedDate(d.text),
    };
  }
  return {
    text: e.body,
    title: e.title,
    published: e.date,
    site: e.outlet,
    figures: extractFigures(e.body),
    estimatedDate: e.date ? null : impliedDate(e.body),
  };
}

export interface DevOutcome {
  entry: DevEntry;
  matches: Array<Match & { ref: string; event: string; right: boolean }>;
  /** Every candidate scored, threshold 0: how near the nearest came. */
  best: Array<{ ref: string; score: number }>;
  ms: number;
}

export interface Rate {
  hit: number;
  of: number;
  rate: number;
}
const rate = (hit: number, of: number): Rate => ({ hit, of, rate: of === 0 ? 1 : hit / of });

export interface DevEvaluation {
  outcomes: DevOutcome[];
  corpusSize: number;
  threshold: number;
  /** Related pages whose labeled article is shown. */
  relatedRecall: Rate;
  /** Matches shown (on every page) that belong to the page's event (or its story). */
  precision: Rate;
  /** Related and same pages whose first match is the labeled article. */
  rightFirst: Rate;
  /** Same pages whose labeled article is shown as the same article. */
  sameRecall: Rate;
  /** same-article calls that are right. */
  samePrecision: Rate;
  /** None pages that show nothing. */
  noneClean: Rate;
  /** Readability test pages that show nothing (null when the dataset is absent). */
  readabilityClean: Rate | null;
  readabilityShown: Array<{ page: string; matches: string[] }>;
}

export async function evaluateDevSet(
  options: { threshold?: number; readability?: boolean } = {},
): Promise<DevEvaluation> {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const entries = readDevSet();
  const byId = new Map(entries.map((e) => [e.id, e]));
  const articles = corpusArticles(entries);
  const db = await freshDb();
  await loadCorpus(db, articles);
  const refOf = new Map(articles.map((a) => [a.id, a.originRef!]));
  const outcomes: DevOutcome[] = [];
  for (const entry of entries) {
    if (entry.role === 'corpus') continue;
    const page = devPage(entry, byId);
    const started = performance.now();
    const found = await matchPage(db, page, { threshold });
    const ms = performance.now() - started;
    const all = await matchPage(db, page, { threshold: 0, limit: 3 });
    const matches = found.map((m) => {
      const ref = refOf.get(m.id) ?? m.id;
      const article = byId.get(ref);
      return { ...m, ref, event: article?.event ?? '?', right: article !== undefined && article.story === entry.story };
    });
    outcomes.push({ entry, matches, best: all.map((m) => ({ ref: refOf.get(m.id) ?? m.id, score: m.score })), ms });
  }
  let readabilityClean: Rate | null = null;
  const readabilityShown: DevEvaluation['readabilityShown'] = [];
  if (options.readability !== false && existsSync(READABILITY_DIR)) {
    let clean = 0;
    let of = 0;
    for (const name of readdirSync(READABILITY_DIR).sort()) {
      const source = join(READABILITY_DIR, name, 'source.html');
      if (!existsSync(source)) continue;
      const d = readHtml(readFileSync(source, 'utf8'), 'https://example.org/page');
      const found = await matchPage(
        db,
        { text: d.text, title: d.title, published: d.published, site: d.site, figures: extractFigures(d.text) },
        { threshold },
      );
      of++;
      if (found.length === 0) clean++;
      else readabilityShown.push({ page: name, matches: found.map((m) => `${refOf.get(m.id)} ${m.score}`) });
    }
    readabilityClean = rate(clean, of);
  }
  db.close();

  const pages = (role: DevRole) => outcomes.filter((o) => o.entry.role === role);
  const related = pages('related');
  const same = pages('same');
  const shown = outcomes.flatMap((o) => o.matches.map((m) => m.right));
  const sameCalls = outcomes.flatMap((o) =>
    o.matches
      .filter((m) => m.relation === 'same-article')
      .map((m) => o.entry.role === 'same' && m.ref === o.entry.target),
  );
  return {
    outcomes,
    corpusSize: articles.length,
    threshold,
    relatedRecall: rate(related.filter((o) => o.matches.some((m) => m.ref === o.entry.target)).length, related.length),
    precision: rate(shown.filter(Boolean).length, shown.length),
    rightFirst: rate(
      [...related, ...same].filter((o) => o.matches[0]?.ref === o.entry.target).length,
      related.length + same.length,
    ),
    sameRecall: rate(
      same.filter((o) => o.matches.some((m) => m.ref === o.entry.target && m.relation === 'same-article')).length,
      same.length,
    ),
    samePrecision: rate(sameCalls.filter(Boolean).length, sameCalls.length),
    noneClean: rate(pages('none').filter((o) => o.matches.length === 0).length, pages('none').length),
    readabilityClean,
    readabilityShown,
  };
}
