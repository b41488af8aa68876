// The backup file: JSON Lines that restore the corpus exactly. A header line (format, version, counts,
// the bundled articles the user deleted, the settings when asked for), one article record a line with
// every field it has in the store, and an end line with the exact count, so a cut-short file is caught.
// Each line is checked here, field by field, before anything is written: a hostile or damaged file
// is refused with the line named.
import type { Article, DateValue, Figure, OutletRef, PublisherClaim, Source } from '../types';

export const BACKUP_FORMAT = 'reading-context-backup';
export const BACKUP_END = 'reading-context-backup-end';
export const BACKUP_VERSION = 1;
/** The longest line read: one article record (its text is capped at 10 million characters on import). */
export const MAX_BACKUP_LINE = 24 * 1024 * 1024;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  /** The counts when the export began (the end line has the exact number written). */
  counts: { articles: number; bundled: number; user: number; feed: number };
  /** Bundled articles the user deleted: they stay deleted after a restore. */
  deletedBundled: string[];
  /** The bundled corpus version the export was made with. */
  corpusVersion: string | null;
  /** The settings, when the user chose to include them. */
  settings?: unknown;
}

export interface BackupEnd {
  format: typeof BACKUP_END;
  articles: number;
}

export const headerLine = (header: BackupHeader) => `${JSON.stringify(header)}\n`;
export const endLine = (articles: number) =>
  `${JSON.stringify({ format: BACKUP_END, articles } satisfies BackupEnd)}\n`;
/** Every field of the stored record, the size estimate included, so a restore gives the same record. */
export const articleLine = (article: Article) => `${JSON.stringify(article)}\n`;

/** Whether a file's first line says it is a backup (read before anything else, to choose the reader). */
export function isBackupHeaderLine(line: string): boolean {
  return /^\s*\{\s*"format"\s*:\s*"reading-context-backup"/.test(line);
}

class FieldError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = (field: string, what: string): never => {
  throw new FieldError(`"${field}" ${what}`);
};

function text(v: unknown, field: string, max: number): string {
  if (typeof v !== 'string') fail(field, 'must be text');
  if ((v as string).length > max) fail(field, `is longer than ${max} characters`);
  return v as string;
}
const textOrNull = (v: unknown, field: string, max: number) => (v === null ? null : text(v, field, max));
const num = (v: unknown, field: string): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fail(field, 'must be a number');
const numOrNull = (v: unknown, field: string) => (v === null ? null : num(v, field));
function list<T>(v: unknown, field: string, max: number, item: (x: unknown, f: string) => T): T[] {
  if (!Array.isArray(v)) fail(field, 'must be a list');
  if ((v as unknown[]).length > max) fail(field, `has more than ${max} entries`);
  return (v as unknown[]).map((x, i) => item(x, `${field}[${i}]`));
}
const texts = (v: unknown, field: string, max = 100_000) => list(v, field, max, (x, f) => text(x, f, 1_000_000));
function oneOf<T extends string>(v: unknown, field: string, values: readonly T[]): T {
  return values.includes(v as T) ? (v as T) : fail(field, `must be one of ${values.join(', ')}`);
}
function object(v: unknown, field: string): Record<string, unknown> {
  return isObject(v) ? v : fail(field, 'must be an object');
}

function outletRef(v: unknown, field: string): OutletRef | null {
  if (v === null) return null;
  const o = object(v, field);
  return {
    name: text(o.name, `${field}.name`, 300),
    domain: textOrNull(o.domain, `${field}.domain`, 300),
    profileId: textOrNull(o.profileId, `${field}.profileId`, 100),
  };
}

function dateValue(v: unknown, field: string): DateValue | null {
  if (v === null) return null;
  const o = object(v, field);
  const date = {
    iso: text(o.iso, `${field}.iso`, 100),
    precision: oneOf(o.precision, `${field}.precision`, ['minute', 'day', 'month', 'year'] as const),
  };
  return (o.text === undefined ? date : { ...date, text: text(o.text, `${field}.text`, 300) }) as DateValue;
}

function figure(v: unknown, field: string): Figure {
  const o = object(v, field);
  return {
    text: text(o.text, `${field}.text`, 1000),
    start: num(o.start, `${field}.start`),
    end: num(o.end, `${field}.end`),
    value: num(o.value, `${field}.value`),
    lower: numOrNull(o.lower, `${field}.lower`),
    upper: numOrNull(o.upper, `${field}.upper`),
    qualifier: textOrNull(o.qualifier, `${field}.qualifier`, 300),
    unit: textOrNull(o.unit, `${field}.unit`, 300),
    counts: textOrNull(o.counts, `${field}.counts`, 1000),
    event: textOrNull(o.event, `${field}.event`, 1000),
    sentence: text(o.sentence, `${field}.sentence`, 100_000),
    source: text(o.source, `${field}.source`, 1000),
  };
}

function source(v: unknown, field: string): Source {
  const o = object(v, field);
  const out: Source = {
    name: text(o.name, `${field}.name`, 1000),
    kind: oneOf(o.kind, `${field}.kind`, ['person', 'organization', 'outlet', 'government', 'military'] as const),
    cue: texts(o.cue, `${field}.cue`),
    sentences: texts(o.sentences, `${field}.sentences`),
    quotes: texts(o.quotes, `${field}.quotes`),
    figures: texts(o.figures, `${field}.figures`),
  };
  if (o.descriptions !== undefined) out.descriptions = texts(o.descriptions, `${field}.descriptions`);
  if (o.via !== undefined) out.via = textOrNull(o.via, `${field}.via`, 1000);
  return out;
}

function publisherClaim(v: unknown, field: string): PublisherClaim {
  const o = object(v, field);
  return {
    name: text(o.name, `${field}.name`, 1000),
    url: textOrNull(o.url, `${field}.url`, 4000),
    by: list(o.by, `${field}.by`, 2, (x, f) => oneOf(x, f, ['address', 'name'] as const)),
  };
}

/**
 * One article record of a backup, checked field by field and rebuilt from the known fields only (a
 * field this version does not know is left out). A known field absent from the record (one stored
 * by an older release) stays absent, so the restored record equals the one exported. Throws with the
 * field when one is wrong.
 */
function articleRecord(v: unknown): Article {
  const o = object(v, 'the line');
  const id = text(o.id, 'id', 100);
  if (!/^[A-Za-z0-9_-]+$/.test(id)) fail('id', 'may hold only letters, digits, - and _');
  const title = text(o.title, 'title', 2000);
  if (!title.trim()) fail('title', 'is empty');
  const paragraphs = texts(o.paragraphs, 'paragraphs');
  if (paragraphs.length === 0 || paragraphs.join('').length > 10_000_000)
    fail('paragraphs', 'must hold between 1 and 10,000,000 characters of text');
  const out: Record<string, unknown> = {
    id,
    origin: oneOf(o.origin, 'origin', ['bundled', 'user', 'feed'] as const),
    title,
    paragraphs,
  };
  // Every field of Article but the four above, or this does not compile: a field added to the record
  // without its check here would be dropped from backups without a word.
  const optional: Record<
    Exclude<keyof Article, 'id' | 'origin' | 'title' | 'paragraphs'>,
    (x: unknown, field: string) => unknown
  > = {
    feedId: (x, f) => text(x, f, 300),
    partial: (x, f) => (x === true ? true : fail(f, 'must be true when present')),
    outlet: outletRef,
    originalPublisher: outletRef,
    author: (x, f) => textOrNull(x, f, 1000),
    published: dateValue,
    dateline: (x, f) => textOrNull(x, f, 300),
    section: (x, f) => texts(x, f, 100),
    outletArticleId: (x, f) => textOrNull(x, f, 300),
    url: (x, f) => textOrNull(x, f, 4000),
    language: (x, f) => text(x, f, 50),
    figures: (x, f) => list(x, f, 100_000, figure),
    sources: (x, f) => list(x, f, 100_000, source),
    originRef: (x, f) => textOrNull(x, f, 4000),
    corpusVersion: (x, f) => textOrNull(x, f, 100),
    addedAt: num,
    addedBy: (x, f) => oneOf(x, f, ['saved', 'imported', 'kept', 'feed'] as const),
    size: num,
    site: (x, f) => text(x, f, 300),
    servedUrl: (x, f) => textOrNull(x, f, 4000),
    publisherClaim: (x, f) => (x === null ? null : publisherClaim(x, f)),
  };
  for (const [field, read] of Object.entries(optional)) if (o[field] !== undefined) out[field] = read(o[field], field);
  return out as unknown as Article;
}

/** What one line of a backup is: its header, an article, its end, or why it cannot be read. */
export type BackupLine =
  | { kind: 'header'; header: BackupHeader }
  | { kind: 'article'; article: Article }
  | { kind: 'end'; articles: number }
  | { kind: 'bad'; problem: string };

/** Reads one line; `first` says whether it is the file's first line, which must be the header. */
export function readBackupLine(line: string, first: boolean): BackupLine {
  if (line.length > MAX_BACKUP_LINE)
    return { kind: 'bad', problem: `the line is longer than ${MAX_BACKUP_LINE} characters` };
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    return { kind: 'bad', problem: `not valid JSON (${(error as Error).message})` };
  }
  try {
    if (first) {
      const o = object(data, 'the header');
      if (o.format !== BACKUP_FORMAT)
        return {
          kind: 'bad',
          problem: 'not a Reading Context backup (its first line has no "format": "reading-context-backup")',
        };
      const version = num(o.version, 'version');
      if (version > BACKUP_VERSION)
        return {
          kind: 'bad',
          problem: `the backup is of version ${version}, newer than this version of Reading Context reads (${BACKUP_VERSION}): update the extension`,
        };
      const c = object(o.counts, 'counts');
      return {
        kind: 'header',
        header: {
          format: BACKUP_FORMAT,
          version,
          exportedAt: text(o.exportedAt, 'exportedAt', 100),
          counts: {
            articles: num(c.articles, 'counts.articles'),
            bundled: num(c.bundled, 'counts.bundled'),
            user: num(c.user, 'counts.user'),
            feed: num(c.feed, 'counts.feed'),
          },
          deletedBundled: list(o.deletedBundled, 'deletedBundled', 1_000_000, (x, f) => text(x, f, 100)),
          corpusVersion: textOrNull(o.corpusVersion ?? null, 'corpusVersion', 100),
          ...(o.settings !== undefined ? { settings: object(o.settings, 'settings') } : {}),
        },
      };
    }
    if (isObject(data) && data.format === BACKUP_END) return { kind: 'end', articles: num(data.articles, 'articles') };
    if (isObject(data) && data.format === BACKUP_FORMAT)
      return { kind: 'bad', problem: 'a second backup header: two backups were joined into one file' };
    return { kind: 'article', article: articleRecord(data) };
  } catch (error) {
    if (error instanceof FieldError) return { kind: 'bad', problem: error.message };
    throw error;
  }
}
