// `npx reading-context <command> FILE…`: the engine without a browser. Reads pages (.html) and
// texts (.txt, as in seeds/), and matches them against the bundled corpus held in an in-memory
// IndexedDB, through the same lib/ code as the extension. A bad file is reported on stderr, by
// name, and the other files are still processed.
import { countedWithEvent } from '../figures/events';
import 'fake-indexeddb/auto';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Figure, PageDigest, Source } from '../types';
import { readHtml } from '../page/read-html';
import { decodeText, readSeedDir } from '../corpus/read-seed-dir';
import { parseText, SeedError } from '../corpus/parse-seed';
import { detectLanguage } from '../text/language';
import { openCorpusDb, type Db } from '../store/db';
import { installBundledCorpus } from '../store/corpus-store';
import { corpusIndexer } from '../match/corpus-indexer';
import { DEFAULT_THRESHOLD } from '../match/match-page';
import { analyzePage, analyzePageText } from '../report/analyze-page';
import { formatCollection, isCollectionFile, readCollection } from './read-collection';

const USAGE = `Usage: reading-context <command> [--json] FILE…

Commands:
  read FILE…      the text and metadata read from each page (.html) or text (.txt); the articles of a
                  feed (RSS, Atom, JSON Feed) or of crawler records (.json/.jsonl: news-please,
                  trafilatura); the feeds of an OPML list
  match FILE…     the related articles of the bundled corpus for each, best first
  figures FILE…   every figure, with what it counts, the event and the source cited
  sources FILE…   who each text cites, with the cue words, quotations and figures

Options:
  --json              one JSON object per input, on its own line
  --threshold N       lowest match score shown (0..1, default ${DEFAULT_THRESHOLD})
  -h, --help          this help`;

export const COMMANDS = ['read', 'match', 'figures', 'sources'] as const;
export type Command = (typeof COMMANDS)[number];

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * A file the tool refuses, with the reason a person can act on ("no such file", "the file is empty").
 * Anything else thrown while running a command is an internal error: a bug, never the file's fault.
 */
export class InputError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'InputError';
  }
}

/** What a file reads as: its page metadata and its text. */
export interface Input {
  page: PageDigest;
  text: string;
  /** What was read around, said on stderr: a header date that cannot be read. */
  warnings?: string[];
}

/** What a file reads as: its page metadata and its text. Throws InputError or SeedError for a file it refuses. */
export async function readInput(file: string): Promise<Input> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new Error('is a directory, not a file');
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message,
    );
  }
  if (bytes.length === 0) throw new InputError('the file is empty');
  const text = decodeText(file, bytes);
  const url = pathToFileURL(resolve(file)).href;
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || /^\s*<(?:!doctype|html)/i.test(text.slice(0, 200))) {
    const page = readHtml(text, url);
    // A page that does not state its language gets the one its text shows, as a text file does.
    if (!page.language) {
      const detected = detectLanguage(page.text);
      if (detected !== 'und') page.language = detected;
    }
    return { page, text: page.text };
  }
  const parsed = parseText(file, text);
  const body = parsed.paragraphs.join('\n\n');
  return {
    page: {
      url: parsed.url ?? url,
      canonical: parsed.url,
      title: parsed.title,
      site: parsed.outletName ?? parsed.datelineCredit,
      byline: parsed.author,
      published: parsed.published?.iso ?? null,
      modified: null,
      language: parsed.language,
      originalPublisher: parsed.originalPublisherName,
      basedOn: null,
      dateline: parsed.dateline,
      section: parsed.section.join(' / ') || null,
      text: body,
      readerable: true,
    },
    text: body,
    ...(parsed.unreadDate !== undefined
      ? {
          warnings: [
            `the date in its header cannot be read (${JSON.stringify(parsed.unreadDate.slice(0, 40))}): date unknown`,
          ],
        }
      : {}),
  };
}

let corpusDb: Promise<Db> | null = null;
/** The bundled corpus, compiled from seeds/ and loaded into an in-memory IndexedDB once. */
function bundledDb(): Promise<Db> {
  corpusDb ??= (async () => {
    const corpus = await readSeedDir(resolve(projectRoot, 'seeds'));
    const db = await openCorpusDb(indexedDB, 'reading-context-cli');
    await installBundledCorpus(db, corpus, corpusIndexer);
    return db;
  })();
  return corpusDb;
}

const pageSummary = (p: PageDigest) => ({
  title: p.title,
  url: p.url,
  site: p.site,
  byline: p.byline,
  published: p.published,
});

function formatFigure(f: Figure): string {
  const what = countedWithEvent(f.counts, f.event);
  // The unit is named only when the figure as written does not show it: "15%", "12-foot", "half"
  // and "$75 million" say theirs.
  const bare = f.unit !== null && /^[\d.,\s–-]+$/.test(f.text);
  return `  ${f.text}${bare ? ` ${f.unit}` : ''}${what ? ` — ${what}` : ''}  [${f.source}]`;
}

function formatSource(s: Source): string {
  const via = s.via ? ` (via ${s.via})` : '';
  return `  ${s.name}${via} — ${s.kind}; ${s.sentences.length} sentence(s); cues: ${s.cue.join(', ')}${s.figures.length ? `; figures: ${s.figures.join(', ')}` : ''}`;
}

/** A file that holds many articles (a feed, a feed list, crawler records): only `read` lists them. */
async function runCollection(command: Command, file: string, json: boolean): Promise<string> {
  if (command !== 'read')
    throw new InputError(`holds many articles (a feed, a feed list or records): read it with "reading-context read"`);
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(
      error.code === 'ENOENT'
        ? 'no such file'
        : error.code === 'EISDIR'
          ? 'is a directory, not a file'
          : error.code === 'EACCES'
            ? 'permission denied'
            : error.message,
    );
  });
  if (bytes.length === 0) throw new InputError('the file is empty');
  const text = decodeText(file, bytes);
  const outlets = JSON.parse(await readFile(resolve(projectRoot, 'seeds/outlets.json'), 'utf8'));
  let collection: ReturnType<typeof readCollection>;
  try {
    collection = readCollection(file, text, outlets);
  } catch (error) {
    throw new InputError((error as Error).message); // the import's own message for what it could not read
  }
  for (const warning of collection.warnings) console.error(`reading-context: ${warning}`);
  return formatCollection(file, collection, json);
}

/** What `command` prints for a file already read: one JSON line with `json`, else text for a person. */
export async function runCommand(
  command: Command,
  file: string,
  input: Input,
  json: boolean,
  threshold = DEFAULT_THRESHOLD,
): Promise<string> {
  const { page, text } = input;
  if (command === 'read') {
    if (json) return JSON.stringify({ file, page, text });
    // Unknown stays unknown: an empty title is said to be missing, and a page the extension would not
    // read (Readability judges it no article) says so.
    const article = page.readerable
      ? 'yes'
      : 'no (this does not look like an article; the extension would not read it)';
    return [
      `${file}`,
      `  title: ${page.title || 'none found'}`,
      `  article: ${article}`,
      `  site: ${page.site ?? 'unknown'}`,
      `  byline: ${page.byline ?? 'unknown'}`,
      `  published: ${page.published ?? 'date unknown'}`,
      `  language: ${page.language || 'unknown'}`,
      `  url: ${page.url}`,
      '',
      text,
      '',
    ].join('\n');
  }
  if (command === 'figures' || command === 'sources') {
    const { figures, sources } = analyzePageText(text);
    if (command === 'figures') {
      if (json) return JSON.stringify({ file, figures });
      return [`${file}: ${figures.length} figure(s)`, ...figures.map(formatFigure)].join('\n');
    }
    if (json) return JSON.stringify({ file, sources });
    return [`${file}: ${sources.length} source(s)`, ...sources.map(formatSource)].join('\n');
  }
  const {
    matches: related,
    figures,
    sources,
    figureLines,
  } = await analyzePage(await bundledDb(), { ...page, text }, { threshold });
  if (json) return JSON.stringify({ file, page: pageSummary(page), related, figures, sources, figureLines });
  if (related.length === 0) return `${file}: no related article in the corpus`;
  return [
    `${file}: ${related.length} related article(s)`,
    ...related.map((m) => {
      const label = m.relation === 'same-article' ? 'SAME ARTICLE' : 'related';
      const first =
        m.firstPublished && m.firstPublished.which !== 'unknown'
          ? `; first published by ${m.firstPublished.which === 'page' ? 'this page' : (m.outlet ?? 'the corpus article')}${m.firstPublished.at ? ` (${m.firstPublished.at})` : ''}`
          : '';
      return `  ${(m.score * 100).toFixed(0).padStart(3)}%  ${label}  ${m.title} — ${m.outlet ?? 'unknown outlet'}, ${m.published ?? 'date unknown'}${m.daysApart !== null ? `, ${m.daysApart} day(s) apart` : ''}${first}\n        shared: ${[...m.shared.names, ...m.shared.terms].slice(0, 10).join(', ')}${m.shared.figures.length ? `; figures: ${m.shared.figures.join(', ')}` : ''}`;
    }),
  ].join('\n');
}

/** The reason a file was refused, or null when `error` is an internal error. */
export function refusal(error: unknown): string | null {
  if (error instanceof SeedError || error instanceof InputError) return error.reason;
  return null;
}

/** Runs the tool; returns the exit code (0 all went well, 1 some file failed, 2 usage error). */
export async function main(args: string[]): Promise<number> {
  const json = args.includes('--json');
  let threshold = DEFAULT_THRESHOLD;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') continue;
    if (a === '-h' || a === '--help') {
      console.log(USAGE);
      return 0;
    }
    if (a === '--threshold') {
      threshold = Number(args[++i]);
      if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
        console.error('reading-context: --threshold takes a number between 0 and 1');
        return 2;
      }
      continue;
    }
    if (a.startsWith('-') && a !== '-') {
      console.error(`reading-context: unknown option ${a}\n\n${USAGE}`);
      return 2;
    }
    rest.push(a);
  }
  const [command, ...files] = rest;
  if (!COMMANDS.includes(command as Command)) {
    console.error(command ? `reading-context: unknown command "${command}"\n\n${USAGE}` : USAGE);
    return 2;
  }
  if (files.length === 0) {
    console.error(`reading-context: ${command} needs at least one FILE\n\n${USAGE}`);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    try {
      if (isCollectionFile(file)) console.log(await runCollection(command as Command, file, json));
      else {
        const input = await readInput(file);
        for (const warning of input.warnings ?? []) console.error(`reading-context: ${file}: ${warning}`);
        console.log(await runCommand(command as Command, file, input, json, threshold));
      }
    } catch (error) {
      failed++;
      console.error(
        `reading-context: ${file}: ${refusal(error) ?? `internal error (a bug in reading-context, not in the file): ${(error as Error)?.message ?? String(error)}`}`,
      );
    }
  }
  return failed > 0 ? 1 : 0;
}
