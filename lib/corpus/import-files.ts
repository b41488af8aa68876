// Turns files a user imports into articles: `.txt` texts as in seeds/, `.json` (one record or a
// list) and `.jsonl` article records, `.html` pages. Each problem is reported with the file and the
// line or record; the caller writes nothing unless every file parsed.
import type { Article, ImportFileReport, OutletProfile, PageDigest } from '../types';
import { compileArticle } from './compile-corpus';
import { normalizeRecord } from './crawler-records';
import { feedFileTexts, isFeedFileName, type FileTexts } from '../feeds/feed-import';
import { isJsonFeed } from '../feeds/parse-feed';
import { parseDate } from '../text/parse-date';
import { htmlArticle, htmlFileUrl } from './html-article';
import { SeedError } from './parse-seed';
import { capProblems, MAX_IMPORT_BYTES, megabytes } from './import-limits';

export interface ImportInput {
  name: string;
  text: string;
  /**
   * For an HTML page read where a browser's DOM is at hand (the options page): its article as text in
   * the seeds' format, or null when the page holds none. Absent, the page is read with `readHtml`.
   */
  article?: string | null;
}

export interface ParsedImport {
  articles: Article[];
  reports: ImportFileReport[];
  ok: boolean;
}

/** Reads an HTML page into a digest (Readability on a DOM); given by the caller. */
export type HtmlReader = (html: string, url: string) => PageDigest;

const MAX_RECORDS = 100_000;

/**
 * Why a file's text is not UTF-8, naming the line, or null. The options page decodes every file as
 * UTF-8: UTF-16 then shows as NUL characters, and Latin-1 or Windows-1252 bytes as U+FFFD.
 */
function encodingProblem(text: string): string | null {
  const head = text.slice(0, 400);
  const nuls = (head.match(/\u0000/g) ?? []).length;
  if (nuls > 0 && nuls >= head.length / 4)
    return 'the file is UTF-16 text, not UTF-8: save it as UTF-8 and import it again';
  if (text.includes('\u0000')) return 'the file is binary, not text';
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < bad; i = text.indexOf('\n', i + 1)) line++;
    return `line ${line}: the file is not UTF-8 text (it is in another encoding, such as Latin-1 or Windows-1252): save it as UTF-8 and import it again`;
  }
  return null;
}

class RecordError extends Error {
  /** Every bad line or record of the file, capped (`capProblems`); absent when one problem stopped the read. */
  problems?: string[];
}

/** One error for every bad line or record of a file: the only one itself, or how many, with each named. */
function problemsError(fileName: string, problems: string[], what: 'lines' | 'records'): RecordError {
  if (problems.length === 1) return new RecordError(problems[0]);
  const error = new RecordError(`${fileName}: ${problems.length} bad ${what}, so nothing of it was imported`);
  error.problems = capProblems(problems, `bad ${what}`);
  return error;
}

const str = (v: unknown, field: string, where: string, max = 1_000_000): string | null => {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string')
    throw new RecordError(`${where}: "${field}" must be a string, not ${Array.isArray(v) ? 'a list' : typeof v}`);
  if (v.length > max) throw new RecordError(`${where}: "${field}" is longer than ${max} characters`);
  return v;
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * One JSON article record (an export of Reading Context, or a hand-written one) as seed text. What
 * can be read around is said in `warnings`: a date that cannot be read leaves the date unknown.
 */
function recordToText(input: unknown, where: string, warnings: string[]): string {
  // news-please and trafilatura records, mapped onto the fields below.
  const { record: raw, problem } = normalizeRecord(input);
  if (problem) throw new RecordError(`${where}: ${problem}`);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new RecordError(`${where}: an article record must be an object`);
  const r = raw as Record<string, unknown>;
  const title = str(r.title, 'title', where, 2000);
  if (!title || !title.trim()) throw new RecordError(`${where}: "title" is missing`);
  let body = str(r.text, 'text', where, 10_000_000);
  if (body === null && r.paragraphs !== undefined) {
    if (!Array.isArray(r.paragraphs) || !r.paragraphs.every((p) => typeof p === 'string')) {
      throw new RecordError(`${where}: "paragraphs" must be a list of strings`);
    }
    body = (r.paragraphs as string[]).join('\n\n');
  }
  if (!body || !body.trim()) throw new RecordError(`${where}: "text" (or "paragraphs") is missing`);
  const outletValue = r.outlet;
  const outlet = isRecord(outletValue)
    ? str(outletValue.name, 'outlet.name', where, 300)
    : str(outletValue, 'outlet', where, 300);
  const originalValue = r.originalPublisher;
  const original = isRecord(originalValue)
    ? str(originalValue.name, 'originalPublisher.name', where, 300)
    : str(originalValue, 'originalPublisher', where, 300);
  const publishedValue = r.published;
  const published = isRecord(publishedValue)
    ? str(publishedValue.iso, 'published.iso', where, 100)
    : str(publishedValue, 'published', where, 100);
  const language = str(r.language, 'language', where, 20);
  let date = published;
  if (published && published.trim() && !parseDate(published, language)) {
    warnings.push(
      `${where}: "published" cannot be read as a date (${JSON.stringify(published.slice(0, 40))}): imported with the date unknown. Write it as 2024-03-16 to keep it.`,
    );
    date = null;
  }
  const header: Array<[string, string | null]> = [
    ['Title', title],
    ['Outlet', outlet],
    ['Original publisher', original],
    ['Author', str(r.author, 'author', where, 300)],
    ['Published', date],
    ['URL', str(r.url, 'url', where, 4000)],
    ['Language', language],
  ];
  return `${header
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}: ${v!.replace(/\s+/g, ' ')}`)
    .join('\n')}\n---\n${body}`;
}

function jsonTexts(file: ImportInput, warnings: string[]): FileTexts {
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch (error) {
    throw new RecordError(`${file.name}: not valid JSON (${(error as Error).message})`);
  }
  if (isJsonFeed(data)) return feedFileTexts(file.name, file.text, data);
  const records = Array.isArray(data)
    ? data
    : typeof data === 'object' && data !== null && Array.isArray((data as { articles?: unknown }).articles)
      ? (data as { articles: unknown[] }).articles
      : [data];
  if (records.length === 0) throw new RecordError(`${file.name}: the file holds no article records`);
  if (records.length > MAX_RECORDS) throw new RecordError(`${file.name}: more than ${MAX_RECORDS} records in one file`);
  const problems: string[] = [];
  const texts = records.map((r, i) => {
    try {
      return recordToText(r, `${file.name}, record ${i + 1}`, warnings);
    } catch (error) {
      if (!(error instanceof RecordError)) throw error;
      problems.push(error.message);
      return '';
    }
  });
  if (problems.length > 0) throw problemsError(file.name, problems, 'records');
  return texts;
}

function jsonlTexts(file: ImportInput, warnings: string[]): FileTexts {
  const out: string[] = [];
  // Every bad line is named (up to MAX_PROBLEMS, then counted), not only the first.
  const problems: string[] = [];
  const lines = file.text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    try {
      let data: unknown;
      try {
        data = JSON.parse(line);
      } catch (error) {
        throw new RecordError(`${file.name}, line ${i + 1}: not valid JSON (${(error as Error).message})`);
      }
      out.push(recordToText(data, `${file.name}, line ${i + 1}`, warnings));
    } catch (error) {
      if (!(error instanceof RecordError)) throw error;
      problems.push(error.message);
    }
    if (out.length + problems.length > MAX_RECORDS)
      throw new RecordError(`${file.name}: more than ${MAX_RECORDS} records in one file`);
  }
  if (problems.length > 0) throw problemsError(file.name, problems, 'lines');
  if (out.length === 0) throw new RecordError(`${file.name}: the file holds no article records`);
  return out;
}

/** Warnings shown for one file; past them, how many more there are. */
const capWarnings = (warnings: string[]) => capProblems(warnings, 'dates that cannot be read, imported as unknown.');

/** Parses every file; `ok` only when all of them parsed. Nothing is written here. */
export function parseImport(
  files: ImportInput[],
  profiles: OutletProfile[],
  readHtml: HtmlReader | null,
): ParsedImport {
  const articles: Article[] = [];
  const reports: ImportFileReport[] = [];
  for (const file of files) {
    const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
    const warnings: string[] = [];
    try {
      if (file.text.length > MAX_IMPORT_BYTES)
        throw new RecordError(`${file.name}: the file is over the ${megabytes(MAX_IMPORT_BYTES)} one import can hold`);
      const encoding = encodingProblem(file.text);
      if (encoding) throw new RecordError(`${file.name}${encoding.startsWith('line') ? ', ' : ': '}${encoding}`);
      if (file.text.trim() === '') throw new RecordError(`${file.name}: the file is empty`);
      let texts: FileTexts;
      if (isFeedFileName(file.name)) texts = feedFileTexts(file.name, file.text);
      else if (ext === 'txt' || ext === 'text' || ext === 'md') texts = [file.text];
      else if (ext === 'json') texts = jsonTexts(file, warnings);
      else if (ext === 'jsonl' || ext === 'ndjson') texts = jsonlTexts(file, warnings);
      else if (ext === 'html' || ext === 'htm') {
        let article: string | null;
        if (file.article !== undefined) article = file.article;
        else if (readHtml) article = htmlArticle(readHtml(file.text, htmlFileUrl(file.name)));
        else throw new RecordError(`${file.name}: HTML pages cannot be read here`);
        if (article === null) throw new RecordError(`${file.name}: no article found in this page`);
        texts = [article];
      } else
        throw new RecordError(
          `${file.name}: unknown kind of file ".${ext}" (use .txt, .json, .jsonl, .html, or a feed: .xml, .rss, .atom)`,
        );
      const fileArticles = texts.map((text, i) => {
        const name = texts.length > 1 ? `${file.name}#${i + 1}` : file.name;
        const article = compileArticle({ name, text }, profiles, 'user', warnings);
        return texts.partial?.has(i) ? { ...article, partial: true } : article;
      });
      articles.push(...fileArticles);
      reports.push({
        file: file.name,
        ok: true,
        added: fileArticles.length,
        duplicates: 0,
        message: null,
        ...(warnings.length ? { warnings: capWarnings(warnings) } : {}),
      });
    } catch (error) {
      const message =
        error instanceof RecordError || error instanceof SeedError
          ? error.message
          : `${file.name}: ${(error as Error).message}`;
      const problems = error instanceof RecordError ? error.problems : undefined;
      reports.push({ file: file.name, ok: false, added: 0, duplicates: 0, message, ...(problems ? { problems } : {}) });
    }
  }
  return { articles, reports, ok: reports.every((r) => r.ok) };
}
