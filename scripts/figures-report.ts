// Writes tests/reports/figures-quality.md: the engine's figures, sources and line-ups measured on the
// labeled development set in tests/fixtures/figures-dev/ (real news and texts written for the set; see
// its README for the labeling guidelines). Each article's text is read exactly as the CLI's
// `figures --json` reads a text (lib/corpus/analyze-article → analyzeText), predicted figures are
// matched to labeled ones by overlapping spans, and each matched figure is scored field by field.
// Line-up pairs ask lib/figures/line-up-figures (the CLI's `figureLines`) whether two figures fall on
// the same line. Run: npm run report (or npx tsx scripts/figures-report.ts).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeText } from '../lib/corpus/analyze-article';
import { lineUpFigures } from '../lib/figures/line-up-figures';
import { NO_SOURCE, type Figure } from '../lib/types';

// ---------------------------------------------------------------------------------------------
// The set's format

export const EVENTS = ['killed', 'wounded', 'arrested', 'displaced', 'held-captive', 'released', 'none'] as const;
export type LabelEvent = (typeof EVENTS)[number];
export const TOPICS = ['conflict', 'economy', 'health', 'elections', 'disasters', 'sport', 'other'] as const;

/** A place in an article's text: the exact surface string and which occurrence of it (0-based). */
export interface Locator {
  surface: string;
  n?: number;
}

export interface FigureLabel extends Locator {
  value: number;
  lower: number | null;
  upper: number | null;
  /** "percent", "USD", "days"…; null for a plain count. */
  unit: string | null;
  /** The counted noun's head, or acceptable heads; null when the figure counts nothing named. */
  noun: string | string[] | null;
  /** What happened to them, or the events a reader would accept ("killed or wounded"). */
  event: LabelEvent | LabelEvent[];
  /**
   * Who is cited for it: the identifying words (all must appear), or alternatives; null for none. A list
   * may hold null where the text leaves a reader free to read no source ("X, the police said, and Y").
   */
  source: string | Array<string | null> | null;
  note?: string;
}

export interface ArticleLabels {
  id: string;
  title: string;
  outlet: string;
  url: string | null;
  licence: string;
  kind: 'real' | 'written';
  topic: (typeof TOPICS)[number];
  text: string;
  figures: FigureLabel[];
  nonFigures: Array<string | Locator>;
}

export interface PairEnd extends Locator {
  article: string;
}

export interface PairLabel {
  a: PairEnd;
  b: PairEnd;
  same: boolean;
  why?: string;
}

export interface Span {
  start: number;
  end: number;
}

const ALNUM = /[\p{L}\p{N}]/u;

/**
 * Whether text[at, at + length) stands on its own: not part of a longer word, number or hyphenated word
 * ("2" in "4.2", "two" in "two-thirds", "19" in "19-year-old").
 */
function standsAlone(text: string, at: number, length: number): boolean {
  const before = text[at - 1] ?? ' ';
  const after = text[at + length] ?? ' ';
  const first = text[at];
  const last = text[at + length - 1];
  const beforeBefore = text[at - 2] ?? '';
  const afterAfter = text[at + length + 1] ?? '';
  if (
    ALNUM.test(first) &&
    (ALNUM.test(before) ||
      (/[.,]/.test(before) && /\d/.test(beforeBefore)) ||
      (before === '-' && ALNUM.test(beforeBefore)))
  )
    return false;
  if (
    ALNUM.test(last) &&
    (ALNUM.test(after) || (/[.,]/.test(after) && /\d/.test(afterAfter)) || (after === '-' && ALNUM.test(afterAfter)))
  )
    return false;
  return true;
}

/** Where the `n`-th occurrence (0-based) of `surface`, standing on its own, is in `text`; null when absent. */
export function locate(text: string, loc: Locator): Span | null {
  if (loc.surface.length === 0) return null;
  const n = loc.n ?? 0;
  let k = 0;
  for (let at = text.indexOf(loc.surface); at >= 0; at = text.indexOf(loc.surface, at + 1)) {
    if (!standsAlone(text, at, loc.surface.length)) continue;
    if (k === n) return { start: at, end: at + loc.surface.length };
    k++;
  }
  return null;
}

export const asLocator = (x: string | Locator): Locator => (typeof x === 'string' ? { surface: x } : x);

// ---------------------------------------------------------------------------------------------
// Lenient comparison where a reader is lenient, strict for values and bounds

const PERCENT_UNITS = new Set(['percent', '%', 'per cent', 'pct', 'percentage']);
const FRACTION_UNITS = new Set(['fraction', 'proportion', 'share', 'ratio', 'of']);
const UNIT_SYNONYMS: Record<string, string> = {
  '%': 'percent',
  'per cent': 'percent',
  pct: 'percent',
  percentage: 'percent',
  proportion: 'fraction',
  share: 'fraction',
  ratio: 'fraction',
  $: 'USD',
  usd: 'USD',
  us$: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  '€': 'EUR',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  pound: 'GBP',
  pounds: 'GBP',
  day: 'days',
  week: 'weeks',
  month: 'months',
  year: 'years',
  hour: 'hours',
  minute: 'minutes',
  kilometre: 'km',
  kilometres: 'km',
  kilometer: 'km',
  kilometers: 'km',
  mile: 'miles',
  tonne: 'tonnes',
  ton: 'tonnes',
  tons: 'tonnes',
  time: 'times',
  x: 'times',
  'percentage point': 'percentage points',
  points: 'points',
  point: 'points',
};

export function normUnit(unit: string | null | undefined): string | null {
  if (unit === null || unit === undefined || unit.trim() === '') return null;
  const u = unit.trim().toLowerCase();
  return UNIT_SYNONYMS[u] ?? (u.length <= 3 && /^[a-z]{3}$/.test(u) ? u.toUpperCase() : u);
}

/** A value and its unit with percentages read as fractions, so "20 percent" and "1/5" compare. */
export function canonicalAmount(
  value: number | null,
  unit: string | null,
): { value: number | null; unit: string | null } {
  const u = unit === null ? null : unit.trim().toLowerCase();
  if (u !== null && PERCENT_UNITS.has(u)) return { value: value === null ? null : value / 100, unit: 'fraction' };
  if (u !== null && FRACTION_UNITS.has(u)) return { value, unit: 'fraction' };
  return { value, unit: normUnit(unit) };
}

const VALUE_EPS = 1e-9;
const BOUND_TOLERANCE = 0.005;

export function sameNumber(a: number | null, b: number | null, relative = VALUE_EPS): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= relative * Math.max(1e-12, Math.abs(a), Math.abs(b));
}

/**
 * Whether the engine read the number right: equal once percent is read as a fraction, or equal as written
 * when the engine gave no unit ("47.74 of the total valid vote": the number is right, the unit is missed,
 * and the unit is scored on its own).
 */
export function valueRight(label: FigureLabel, got: Figure): boolean {
  const l = canonicalAmount(label.value, label.unit);
  const g = canonicalAmount(got.value, got.unit);
  return sameNumber(l.value, g.value) || (got.unit === null && sameNumber(label.value, got.value));
}

export function boundsRight(label: FigureLabel, got: Figure): boolean {
  const lo = canonicalAmount(label.lower, label.unit).value;
  const hi = canonicalAmount(label.upper, label.unit).value;
  const glo = canonicalAmount(got.lower, got.unit).value;
  const ghi = canonicalAmount(got.upper, got.unit).value;
  if (sameNumber(lo, glo, BOUND_TOLERANCE) && sameNumber(hi, ghi, BOUND_TOLERANCE)) return true;
  return (
    got.unit === null &&
    sameNumber(label.lower, got.lower, BOUND_TOLERANCE) &&
    sameNumber(label.upper, got.upper, BOUND_TOLERANCE)
  );
}

export function unitRight(label: FigureLabel, got: Figure): boolean {
  return canonicalAmount(label.value, label.unit).unit === canonicalAmount(got.value, got.unit).unit;
}

const IRREGULAR: Record<string, string> = {
  people: 'person',
  children: 'child',
  men: 'man',
  women: 'woman',
  lives: 'life',
  wives: 'wife',
  police: 'police',
  data: 'data',
  media: 'media',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  staff: 'staff',
  personnel: 'personnel',
  troops: 'troop',
};

/** A word's singular, lower case: "Palestinians" → "palestinian", "casualties" → "casualty". */
export function lemma(word: string): string {
  const w = word.toLowerCase().replace(/['\u2019]s?$/, '');
  if (w in IRREGULAR) return IRREGULAR[w];
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(?:ses|xes|ches|shes|zes)$/.test(w) && !w.endsWith('cases')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

const ARTICLES = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'some', 'all', 'these', 'those']);

function words(phrase: string): string[] {
  return phrase
    .replace(/['\u2019]s\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w.length > 0 && !ARTICLES.has(w.toLowerCase()));
}

/** Words after which a counted phrase's head has ended: relatives, prepositions, finite verbs. */
const HEAD_ENDS = new Set([
  'who',
  'that',
  'which',
  'whose',
  'whom',
  'in',
  'at',
  'on',
  'from',
  'with',
  'by',
  'for',
  'to',
  'under',
  'among',
  'during',
  'since',
  'after',
  'before',
  'across',
  'inside',
  'near',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'may',
  'might',
  'can',
  'goes',
  'go',
  'went',
  'cast',
  'face',
  'faces',
  'remain',
  'remains',
  'say',
  'said',
  'says',
  'taken',
  'held',
  'seen',
  'given',
  'left',
  'kept',
]);

/**
 * The head words a counted phrase may be read as: in each conjunct, the last word, the word before
 * "of", and the last word before the phrase runs on into a relative, a preposition, a participle or a
 * verb ("Palestinians serving life sentences" → Palestinians, "tests taken" → tests).
 */
export function headsOf(phrase: string): Set<string> {
  const heads = new Set<string>();
  for (const conjunct of phrase.split(/,|\s(?:and|or)\s/i)) {
    const ws = words(conjunct);
    if (ws.length === 0) continue;
    heads.add(lemma(ws[ws.length - 1]));
    const of = ws.findIndex((w) => w.toLowerCase() === 'of');
    if (of > 0) heads.add(lemma(ws[of - 1]));
    const end = ws.findIndex((w, k) => k > 0 && (HEAD_ENDS.has(w.toLowerCase()) || /^\p{Ll}+(?:ing|ed)$/u.test(w)));
    if (end > 0) heads.add(lemma(ws[end - 1]));
  }
  return heads;
}

const alternatives = (x: string | string[]): string[] => (Array.isArray(x) ? x : [x]);

export function nounRight(label: FigureLabel, got: Figure): boolean {
  const counts = got.counts === null || got.counts.trim() === '' ? null : got.counts;
  if (label.noun === null) return counts === null;
  if (counts === null) return false;
  const heads = headsOf(counts);
  return alternatives(label.noun).some((alt) => {
    const ws = words(alt);
    return ws.length > 0 && heads.has(lemma(ws[ws.length - 1]));
  });
}

const EVENT_OF: Record<string, LabelEvent> = {
  killed: 'killed',
  dead: 'killed',
  died: 'killed',
  deaths: 'killed',
  death: 'killed',
  wounded: 'wounded',
  injured: 'wounded',
  hurt: 'wounded',
  arrested: 'arrested',
  detained: 'arrested',
  displaced: 'displaced',
  'taken captive': 'held-captive',
  'held captive': 'held-captive',
  'held-captive': 'held-captive',
  captive: 'held-captive',
  held: 'held-captive',
  hostage: 'held-captive',
  'taken hostage': 'held-captive',
  'held hostage': 'held-captive',
  released: 'released',
  freed: 'released',
};

/** The engine's event in the set's vocabulary; any other event is "none". */
export function normEvent(event: string | null): LabelEvent {
  if (event === null) return 'none';
  return EVENT_OF[event.trim().toLowerCase()] ?? 'none';
}

export const eventRight = (label: FigureLabel, got: Figure): boolean =>
  (Array.isArray(label.event) ? label.event : [label.event]).includes(normEvent(got.event));

export function normSource(source: string | null): string | null {
  return source === null || source === NO_SOURCE || source.trim() === '' ? null : source;
}

/**
 * Whether the engine's source is the labeled one: every identifying word of some alternative appears in
 * it, or it is two or more words of an alternative (a long name cut short).
 */
export function sourceRight(label: FigureLabel, got: Figure): boolean {
  const source = normSource(got.source);
  if (label.source === null) return source === null;
  const alts = Array.isArray(label.source) ? label.source : [label.source];
  if (source === null) return alts.includes(null);
  const have = words(source).map(lemma);
  return alts.some((alt) => {
    if (alt === null) return false;
    const need = words(alt).map(lemma);
    if (need.length > 0 && need.every((w) => have.includes(w))) return true;
    // A name cut short but still naming it ("Food Programme" for the World Food Programme).
    return have.length >= 2 && have.every((w) => need.includes(w));
  });
}

// ---------------------------------------------------------------------------------------------
// Matching predictions to labels

export interface Matched {
  label: FigureLabel;
  labelIndex: number;
  got: Figure;
}

export interface ArticleScore {
  article: ArticleLabels;
  matched: Matched[];
  missed: FigureLabel[];
  spurious: Array<{ got: Figure; nonFigure: string | null }>;
}

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * Pairs predicted figures with labeled ones one to one by overlapping spans, largest overlap first.
 * Predictions overlapping no label are spurious (noting the labeled non-figure they hit, if any).
 */
export function matchFigures(article: ArticleLabels, predicted: Figure[]): ArticleScore {
  const spans = article.figures.map((f) => locate(article.text, f));
  const candidates: Array<{ li: number; pi: number; size: number; gap: number }> = [];
  spans.forEach((span, li) => {
    if (span === null) return;
    predicted.forEach((p, pi) => {
      const size = overlap(span, p);
      if (size > 0) candidates.push({ li, pi, size, gap: Math.abs(span.start - p.start) + Math.abs(span.end - p.end) });
    });
  });
  candidates.sort((x, y) => y.size - x.size || x.gap - y.gap);
  const labelTaken = new Set<number>();
  const predTaken = new Set<number>();
  const matched: Matched[] = [];
  for (const c of candidates) {
    if (labelTaken.has(c.li) || predTaken.has(c.pi)) continue;
    labelTaken.add(c.li);
    predTaken.add(c.pi);
    matched.push({ label: article.figures[c.li], labelIndex: c.li, got: predicted[c.pi] });
  }
  matched.sort((x, y) => x.labelIndex - y.labelIndex);
  const nonSpans = article.nonFigures
    .map(asLocator)
    .map((l) => ({ surface: l.surface, span: locate(article.text, l) }));
  const spurious = predicted
    .filter((_, pi) => !predTaken.has(pi))
    .map((got) => ({
      got,
      nonFigure: nonSpans.find((n) => n.span !== null && overlap(n.span, got) > 0)?.surface ?? null,
    }));
  return { article, matched, missed: article.figures.filter((_, li) => !labelTaken.has(li)), spurious };
}

// ---------------------------------------------------------------------------------------------
// Metrics

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export const FIELDS = ['value', 'bounds', 'unit', 'noun', 'event', 'source'] as const;
export type Field = (typeof FIELDS)[number];
const CHECK: Record<Field, (l: FigureLabel, g: Figure) => boolean> = {
  value: valueRight,
  bounds: boundsRight,
  unit: unitRight,
  noun: nounRight,
  event: eventRight,
  source: sourceRight,
};

export interface Summary {
  articles: number;
  labeled: number;
  nonFigures: number;
  nonFiguresTaken: number;
  detection: Prf;
  accuracy: Record<Field, { right: number; of: number; rate: number }>;
}

export function summarize(scores: ArticleScore[]): Summary {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let nonFigures = 0;
  let nonFiguresTaken = 0;
  const acc = Object.fromEntries(FIELDS.map((f) => [f, { right: 0, of: 0, rate: 1 }])) as Summary['accuracy'];
  for (const s of scores) {
    tp += s.matched.length;
    fp += s.spurious.length;
    fn += s.missed.length;
    nonFigures += s.article.nonFigures.length;
    nonFiguresTaken += new Set(s.spurious.map((x) => x.nonFigure).filter((x) => x !== null)).size;
    for (const m of s.matched) {
      for (const f of FIELDS) {
        acc[f].of++;
        if (CHECK[f](m.label, m.got)) acc[f].right++;
      }
    }
  }
  for (const f of FIELDS) acc[f].rate = acc[f].of === 0 ? 1 : acc[f].right / acc[f].of;
  return {
    articles: scores.length,
    labeled: scores.reduce((n, s) => n + s.article.figures.length, 0),
    nonFigures,
    nonFiguresTaken,
    detection: prf(tp, fp, fn),
    accuracy: acc,
  };
}

export interface PairResult {
  pair: PairLabel;
  predicted: boolean;
  /** Why the engine could not say "same": a figure it did not find. */
  missing: string | null;
  keys: [string | null, string | null];
}

/** Whether the engine lines up the two figures: both on one line of lineUpFigures over their two texts. */
export function engineSame(a: Figure, b: Figure): boolean {
  const lines = lineUpFigures([
    { figures: [a], articleId: 'a', outlet: null, date: null },
    { figures: [b], articleId: 'b', outlet: null, date: null },
  ]);
  return lines.some((l) => l.entries.some((e) => e.figure === a) && l.entries.some((e) => e.figure === b));
}

function lineOf(f: Figure): string | null {
  const [line] = lineUpFigures([{ figures: [f], articleId: 'a', outlet: null, date: null }]);
  return line ? line.quantity : null;
}

export function scorePairs(pairs: PairLabel[], scores: Map<string, ArticleScore>): { results: PairResult[]; prf: Prf } {
  const results: PairResult[] = [];
  const find = (end: PairEnd): Figure | null => {
    const s = scores.get(end.article);
    if (!s) throw new Error(`pair names an unknown article ${end.article}`);
    const li = s.article.figures.findIndex((f) => f.surface === end.surface && (f.n ?? 0) === (end.n ?? 0));
    if (li < 0)
      throw new Error(`pair names "${end.surface}" (n=${end.n ?? 0}), not a labeled figure of ${end.article}`);
    return s.matched.find((m) => m.labelIndex === li)?.got ?? null;
  };
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const pair of pairs) {
    const a = find(pair.a);
    const b = find(pair.b);
    const missing =
      a === null
        ? `${pair.a.article}: "${pair.a.surface}"`
        : b === null
          ? `${pair.b.article}: "${pair.b.surface}"`
          : null;
    const predicted = a !== null && b !== null && engineSame(a, b);
    if (predicted && pair.same) tp++;
    else if (predicted) fp++;
    else if (pair.same) fn++;
    results.push({ pair, predicted, missing, keys: [a ? lineOf(a) : null, b ? lineOf(b) : null] });
  }
  return { results, prf: prf(tp, fp, fn) };
}

// ---------------------------------------------------------------------------------------------
// Loading and running

const here = dirname(fileURLToPath(import.meta.url));
export const SET_DIR = resolve(here, '../tests/fixtures/figures-dev');

export function loadSet(dir = SET_DIR): { articles: ArticleLabels[]; pairs: PairLabel[] } {
  const articleDir = join(dir, 'articles');
  const articles = readdirSync(articleDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const a = JSON.parse(readFileSync(join(articleDir, f), 'utf8')) as ArticleLabels;
      if (`${a.id}.json` !== f) throw new Error(`${f}: id "${a.id}" differs from the file name`);
      return a;
    });
  const pairs = JSON.parse(readFileSync(join(dir, 'pairs.json'), 'utf8')) as PairLabel[];
  return { articles, pairs };
}

/** The figures the CLI's `figures --json` gives for a text (it reads a .txt's paragraphs joined by blank lines). */
export const engineFigures = (text: string): Figure[] => analyzeText(text).figures;

export function evaluate(set = loadSet()) {
  const scores = set.articles.map((a) => matchFigures(a, engineFigures(a.text)));
  const byId = new Map(scores.map((s) => [s.article.id, s]));
  const pairs = scorePairs(set.pairs, byId);
  return { scores, pairs, summary: summarize(scores) };
}

// ---------------------------------------------------------------------------------------------
// The report

export const GOALS: Array<{ name: string; goal: number; get: (s: Summary, pairs: Prf) => number }> = [
  { name: 'detection F1', goal: 0.93, get: (s) => s.detection.f1 },
  { name: 'value', goal: 0.97, get: (s) => s.accuracy.value.rate },
  { name: 'bounds', goal: 0.9, get: (s) => s.accuracy.bounds.rate },
  { name: 'counted noun', goal: 0.85, get: (s) => s.accuracy.noun.rate },
  { name: 'event', goal: 0.85, get: (s) => s.accuracy.event.rate },
  { name: 'source', goal: 0.85, get: (s) => s.accuracy.source.rate },
  { name: 'line-up pairs F1', goal: 0.85, get: (_, p) => p.f1 },
];

const fmt = (x: number) => x.toFixed(3);
const cell = (t: string | null | undefined) => (t ?? '—').replace(/\|/g, '\\|').replace(/\n+/g, ' ');
const showNum = (x: number | null) => (x === null ? 'null' : String(Number(x.toPrecision(10))));
const showBounds = (lo: number | null, hi: number | null) => `[${showNum(lo)}, ${showNum(hi)}]`;

function gotField(f: Field, g: Figure): string {
  switch (f) {
    case 'value':
      return `${showNum(g.value)} ${g.unit ?? ''}`.trim();
    case 'bounds':
      return showBounds(g.lower, g.upper);
    case 'unit':
      return g.unit ?? 'null';
    case 'noun':
      return g.counts ?? 'null';
    case 'event':
      return `${g.event ?? 'null'} (→ ${normEvent(g.event)})`;
    case 'source':
      return g.source;
  }
}

function wantField(f: Field, l: FigureLabel): string {
  const alt = (x: string | Array<string | null> | null) =>
    x === null ? 'null' : (Array.isArray(x) ? x : [x]).map((y) => y ?? 'none').join(' / ');
  switch (f) {
    case 'value':
      return `${showNum(l.value)} ${l.unit ?? ''}`.trim();
    case 'bounds':
      return showBounds(l.lower, l.upper);
    case 'unit':
      return l.unit ?? 'null';
    case 'noun':
      return alt(l.noun);
    case 'event':
      return Array.isArray(l.event) ? l.event.join(' / ') : l.event;
    case 'source':
      return alt(l.source);
  }
}

function groupTable(title: string, key: (a: ArticleLabels) => string, scores: ArticleScore[]): string {
  const groups = new Map<string, ArticleScore[]>();
  for (const s of scores) groups.set(key(s.article), [...(groups.get(key(s.article)) ?? []), s]);
  const rows = [...groups.entries()]
    .sort((x, y) => x[0].localeCompare(y[0]))
    .map(([name, ss]) => {
      const m = summarize(ss);
      return `| ${cell(name)} | ${m.articles} | ${m.labeled} | ${fmt(m.detection.precision)} | ${fmt(m.detection.recall)} | ${fmt(m.detection.f1)} | ${FIELDS.map((f) => fmt(m.accuracy[f].rate)).join(' | ')} |`;
    });
  return `## Per ${title}

| ${title} | articles | figures | precision | recall | F1 | ${FIELDS.join(' | ')} |
|---|---|---|---|---|---|${FIELDS.map(() => '---').join('|')}|
${rows.join('\n')}
`;
}

/** The hard phrasings a labeled figure shows, read from its label and surface. */
export function phrasingsOf(label: FigureLabel): string[] {
  const out: string[] = [];
  const surface = label.surface;
  const unit = label.unit?.toLowerCase() ?? null;
  if (unit === 'fraction') out.push('proportion (half, two-thirds, one in five)');
  else if (unit === 'percent') out.push('percent');
  if (label.value < 0) out.push('signed value or fall');
  if (unit === 'times') out.push('multiple (twice, tripled)');
  if (/\d[ \u2009\u202f]\d{3}(?!\d)/.test(surface)) out.push('space or thin-space thousands');
  if (/\d\s?(?:m|bn|k|tn|crore)\b/i.test(surface)) out.push('m / bn / k / tn');
  if (/^\.\d/.test(surface)) out.push('leading decimal point');
  const hedged = label.lower !== label.upper;
  if (
    hedged &&
    label.lower !== null &&
    label.upper !== null &&
    /\d(?:\s*(?:%|per cent|percent|billion|million|bn|m))?\s*(?:-|–|to|and)\s*[$£€]?\d/.test(surface)
  )
    out.push('range');
  else if (hedged) out.push('bounds from words (more than, about, nearly, up to)');
  if (/\b(?:hundreds|thousands|millions|billions|dozens)\b/i.test(surface)) out.push('vague plural');
  if (/^[A-Za-z]/.test(surface) && !/\d/.test(surface)) out.push('number in words');
  if ((Array.isArray(label.event) ? label.event : [label.event]).some((e) => e !== 'none')) out.push('with an event');
  if (label.source !== null) out.push('with a source');
  if (out.length === 0) out.push('plain count');
  return out;
}

function phrasingTable(scores: ArticleScore[]): string {
  const groups = new Map<string, { labeled: number; found: number; right: Record<Field, number> }>();
  for (const s of scores) {
    const byIndex = new Map(s.matched.map((m) => [m.labelIndex, m]));
    s.article.figures.forEach((label, li) => {
      for (const p of phrasingsOf(label)) {
        const g = groups.get(p) ?? {
          labeled: 0,
          found: 0,
          right: Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>,
        };
        groups.set(p, g);
        g.labeled++;
        const m = byIndex.get(li);
        if (!m) continue;
        g.found++;
        for (const f of FIELDS) if (CHECK[f](m.label, m.got)) g.right[f]++;
      }
    });
  }
  const rate = (a: number, b: number) => (b === 0 ? '—' : fmt(a / b));
  const rows = [...groups.entries()]
    .sort((x, y) => y[1].labeled - x[1].labeled)
    .map(
      ([name, g]) =>
        `| ${name} | ${g.labeled} | ${rate(g.found, g.labeled)} | ${FIELDS.map((f) => rate(g.right[f], g.found)).join(' | ')} |`,
    );
  return `## Per phrasing

Each labeled figure counted under every phrasing it shows (read from its label and surface); recall is
the share found, the fields are over those found.

| phrasing | figures | recall | ${FIELDS.join(' | ')} |
|---|---|---|${FIELDS.map(() => '---').join('|')}|
${rows.join('\n')}
`;
}

function sentenceAround(text: string, span: Span | null): string {
  if (span === null) return '';
  const from = Math.max(
    text.lastIndexOf('. ', span.start) + 2,
    text.lastIndexOf('\n', span.start) + 1,
    span.start - 120,
  );
  let to = text.indexOf('. ', span.end);
  to = to < 0 ? text.length : Math.min(to + 1, span.end + 120);
  return text.slice(from, to).trim();
}

export function renderReport(
  result: ReturnType<typeof evaluate>,
  date = new Date().toISOString().slice(0, 10),
): string {
  const { scores, pairs, summary: s } = result;
  const outlets = new Set(scores.map((x) => x.article.outlet));
  const real = scores.filter((x) => x.article.kind === 'real').length;
  const goals = GOALS.map((g) => {
    const v = g.get(s, pairs.prf);
    return `| ${g.name} | ${fmt(v)} | ≥ ${g.goal.toFixed(2)} | ${v >= g.goal ? 'met' : '**not met**'} |`;
  });
  const fieldRows = FIELDS.map(
    (f) => `| ${f} | ${fmt(s.accuracy[f].rate)} | ${s.accuracy[f].right} / ${s.accuracy[f].of} |`,
  );

  const missed = scores.flatMap((x) =>
    x.missed.map(
      (l) =>
        `| ${x.article.id} | ${cell(l.surface)} | ${cell(wantField('value', l))} ${cell(wantField('noun', l))} ${cell(wantField('event', l))} | ${cell(sentenceAround(x.article.text, locate(x.article.text, l)))} |`,
    ),
  );
  const spurious = scores.flatMap((x) =>
    x.spurious.map(
      (p) =>
        `| ${x.article.id} | ${cell(p.got.text)} | ${p.nonFigure ? `labeled non-figure "${cell(p.nonFigure)}"` : 'not labeled'} | ${cell(p.got.counts)} | ${cell(sentenceAround(x.article.text, p.got))} |`,
    ),
  );
  const wrong = scores.flatMap((x) =>
    x.matched.flatMap((m) =>
      FIELDS.filter((f) => !CHECK[f](m.label, m.got)).map(
        (f) =>
          `| ${x.article.id} | ${cell(m.label.surface)} | ${f} | ${cell(wantField(f, m.label))} | ${cell(gotField(f, m.got))} | ${cell(m.got.text)} |`,
      ),
    ),
  );
  const pairRows = pairs.results
    .filter((r) => r.predicted !== r.pair.same)
    .map(
      (r) =>
        `| ${r.pair.a.article}: ${cell(r.pair.a.surface)} | ${r.pair.b.article}: ${cell(r.pair.b.surface)} | ${r.pair.same ? 'same' : 'different'} | ${r.missing ? `figure not found: ${cell(r.missing)}` : `lines: ${cell(r.keys[0])} / ${cell(r.keys[1])}`} | ${cell(r.pair.why)} |`,
    );
  const positives = pairs.results.filter((r) => r.pair.same).length;

  return `# Figures quality on the labeled development set

Generated by \`npm run report\` (\`npx tsx scripts/figures-report.ts\`) on ${date}. Do not edit by hand.

- Set: \`tests/fixtures/figures-dev/\`: ${s.articles} articles (${real} real, ${s.articles - real} written for the set), ${outlets.size} outlets,
  ${s.labeled} labeled figures, ${s.nonFigures} labeled non-figures, ${pairs.results.length} line-up pairs (${positives} same, ${pairs.results.length - positives} different).
  Labeling guidelines and licences: the set's README.
- Engine: each text through \`analyzeText\` (what \`npx reading-context figures --json\` runs); line-ups through
  \`lineUpFigures\` (the CLI's \`figureLines\`), two figures from two texts counting as "same" when they share a line.
- Matching: a predicted figure matches the labeled figure whose span it overlaps most (one to one). Unmatched
  predictions are spurious, unmatched labels missed. Field accuracies are over matched figures.
- Field rules: value exact (percent read as a fraction, so 20 percent = 1/5; a number with no unit from the engine
  compared as written); bounds within 0.5 %, open (null)
  sides must agree; noun: a head of the predicted phrase (last word of a conjunct, the word before "of", or the
  last word before a relative, preposition, participle or verb)
  equals a labeled head, case and plural ignored; event: the engine's event mapped to the set's vocabulary
  (killed, wounded, arrested, displaced, held-captive, released; anything else is none); source: every
  identifying word of a labeled alternative appears in the engine's source name, case, plural, "the" and
  possessive ignored ("no source given" is none).

## Goals

| measure | value | goal | |
|---|---|---|---|
${goals.join('\n')}

## Detection

| precision | recall | F1 | matched | spurious | missed |
|---|---|---|---|---|---|
| ${fmt(s.detection.precision)} | ${fmt(s.detection.recall)} | ${fmt(s.detection.f1)} | ${s.detection.tp} | ${s.detection.fp} | ${s.detection.fn} |

Labeled non-figures taken as figures: ${s.nonFiguresTaken} of ${s.nonFigures}.

## Field accuracy over matched figures

| field | accuracy | right / matched |
|---|---|---|
${fieldRows.join('\n')}

(unit is shown for information; it has no goal.)

## Line-up pairs

| precision | recall | F1 | tp | fp | fn |
|---|---|---|---|---|---|
| ${fmt(pairs.prf.precision)} | ${fmt(pairs.prf.recall)} | ${fmt(pairs.prf.f1)} | ${pairs.prf.tp} | ${pairs.prf.fp} | ${pairs.prf.fn} |

${groupTable('outlet', (a) => a.outlet, scores)}
${groupTable('topic', (a) => a.topic, scores)}
${groupTable('kind', (a) => a.kind, scores)}
${phrasingTable(scores)}
## Errors

### Missed figures (${missed.length})

| article | labeled | expected | sentence |
|---|---|---|---|
${missed.join('\n')}

### Spurious figures (${spurious.length})

| article | predicted | what it hit | counts | sentence |
|---|---|---|---|---|
${spurious.join('\n')}

### Wrong fields (${wrong.length})

| article | labeled | field | expected | got | predicted text |
|---|---|---|---|---|---|
${wrong.join('\n')}

### Line-up pairs judged wrongly (${pairRows.length})

| figure a | figure b | label | engine | why |
|---|---|---|---|---|
${pairRows.join('\n')}
`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const result = evaluate();
  const md = renderReport(result);
  const out = resolve(here, '../tests/reports/figures-quality.md');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, md);
  const { summary: s, pairs } = result;
  console.log(
    `figures-quality: ${s.articles} articles, ${s.labeled} figures; detection F1 ${fmt(s.detection.f1)} (P ${fmt(s.detection.precision)}, R ${fmt(s.detection.recall)}); ` +
      `${FIELDS.map((f) => `${f} ${fmt(s.accuracy[f].rate)}`).join(', ')}; line-up F1 ${fmt(pairs.prf.f1)}\nwrote ${out}`,
  );
}
