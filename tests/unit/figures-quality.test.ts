// The figures development set (tests/fixtures/figures-dev) is well formed, and the scorer of
// scripts/figures-report.ts judges tiny cases as its README says. The goals of the quality report are
// not asserted here (they are read in tests/reports/figures-quality.md); only floors the engine has
// reached, so that a change that loses ground says so.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EVENTS,
  SET_DIR,
  TOPICS,
  asLocator,
  boundsRight,
  engineSame,
  evaluate,
  eventRight,
  headsOf,
  lemma,
  loadSet,
  locate,
  matchFigures,
  nounRight,
  phrasingsOf,
  prf,
  sourceRight,
  summarize,
  valueRight,
  type ArticleLabels,
  type FigureLabel,
} from '../../scripts/figures-report';
import { NO_SOURCE, type Figure } from '../../lib/types';

const set = loadSet();
const readme = readFileSync(join(SET_DIR, 'README.md'), 'utf8');

const isNumOrNull = (x: unknown) => x === null || (typeof x === 'number' && Number.isFinite(x));
const isName = (y: unknown) => typeof y === 'string' && y.trim() !== '';
const isAlt = (x: unknown) => x === null || isName(x) || (Array.isArray(x) && x.length > 0 && x.every(isName));
const isSourceAlt = (x: unknown) =>
  x === null || isName(x) || (Array.isArray(x) && x.some(isName) && x.every((y) => y === null || isName(y)));

describe('the figures development set', () => {
  it('has at least 60 articles from at least 8 outlets over every topic', () => {
    expect(set.articles.length).toBeGreaterThanOrEqual(60);
    expect(new Set(set.articles.map((a) => a.outlet)).size).toBeGreaterThanOrEqual(8);
    for (const topic of ['conflict', 'economy', 'health', 'elections', 'disasters', 'sport']) {
      expect(set.articles.filter((a) => a.topic === topic).length, topic).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives every article its metadata, and the README lists each with its licence', () => {
    for (const a of set.articles) {
      expect(a.title.trim(), a.id).not.toBe('');
      expect(a.outlet.trim(), a.id).not.toBe('');
      expect(a.licence.trim(), a.id).not.toBe('');
      expect(['real', 'written'], a.id).toContain(a.kind);
      expect(TOPICS as readonly string[], a.id).toContain(a.topic);
      if (a.kind === 'real') {
        expect(a.url, a.id).toMatch(/^https?:\/\//);
        expect(a.licence, a.id).toMatch(/public domain|CC BY/i);
      } else {
        expect(a.licence, a.id).toMatch(/written for this set/i);
        expect(a.outlet, `${a.id}: a written text's outlet is marked fictional`).toMatch(/fictional/i);
      }
      const row = readme.split('\n').find((l) => l.startsWith(`| ${a.id} |`));
      expect(row, `${a.id} in the README`).toBeDefined();
      expect(row, a.id).toContain(a.kind === 'real' ? 'real' : 'written');
      expect(row, a.id).toContain(a.kind === 'real' ? a.url! : 'written for this set');
    }
  });

  it('locates every labeled figure and non-figure in its text, once each and without overlaps', () => {
    for (const a of set.articles) {
      const spans: Array<{ start: number; end: number; what: string }> = [];
      for (const f of [...a.figures, ...a.nonFigures.map(asLocator)]) {
        const span = locate(a.text, f);
        expect(span, `${a.id}: "${f.surface}" (n=${f.n ?? 0})`).not.toBeNull();
        const clash = spans.find((s) => span!.start < s.end && s.start < span!.end);
        expect(clash?.what, `${a.id}: "${f.surface}" overlaps another label`).toBeUndefined();
        spans.push({ ...span!, what: f.surface });
      }
      expect(a.text, a.id).not.toMatch(/\n{3,}|^\s|\s$/);
    }
  });

  it('labels every figure with well-formed fields', () => {
    for (const a of set.articles) {
      expect(a.figures.length, a.id).toBeGreaterThan(0);
      for (const f of a.figures) {
        const where = `${a.id}: "${f.surface}"`;
        expect(typeof f.value === 'number' && Number.isFinite(f.value), where).toBe(true);
        expect(isNumOrNull(f.lower) && isNumOrNull(f.upper), where).toBe(true);
        if (f.lower !== null) expect(f.lower, where).toBeLessThanOrEqual(f.value + 1e-9);
        if (f.upper !== null) expect(f.upper, where).toBeGreaterThanOrEqual(f.value - 1e-9);
        expect(f.unit === null || (typeof f.unit === 'string' && f.unit.trim() !== ''), where).toBe(true);
        expect(isAlt(f.noun), where).toBe(true);
        expect(isSourceAlt(f.source), where).toBe(true);
        for (const e of Array.isArray(f.event) ? f.event : [f.event])
          expect(EVENTS as readonly string[], where).toContain(e);
      }
    }
  });

  it('has at least 40 line-up pairs of both kinds, each naming labeled figures of two different articles', () => {
    expect(set.pairs.length).toBeGreaterThanOrEqual(40);
    expect(set.pairs.filter((p) => p.same).length).toBeGreaterThanOrEqual(15);
    expect(set.pairs.filter((p) => !p.same).length).toBeGreaterThanOrEqual(15);
    const byId = new Map(set.articles.map((a) => [a.id, a]));
    for (const p of set.pairs) {
      expect(p.a.article, JSON.stringify(p)).not.toBe(p.b.article);
      for (const end of [p.a, p.b]) {
        const a = byId.get(end.article);
        expect(a, end.article).toBeDefined();
        expect(
          a!.figures.some((f) => f.surface === end.surface && (f.n ?? 0) === (end.n ?? 0)),
          `${end.article}: "${end.surface}"`,
        ).toBe(true);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------

const fig = (over: Partial<Figure>): Figure => ({
  text: '100',
  start: 0,
  end: 3,
  value: 100,
  lower: 100,
  upper: 100,
  qualifier: null,
  unit: null,
  counts: null,
  event: null,
  sentence: '',
  source: NO_SOURCE,
  ...over,
});

const label = (over: Partial<FigureLabel>): FigureLabel => ({
  surface: '100',
  value: 100,
  lower: 100,
  upper: 100,
  unit: null,
  noun: null,
  event: 'none',
  source: null,
  ...over,
});

const article = (
  text: string,
  figures: FigureLabel[],
  nonFigures: ArticleLabels['nonFigures'] = [],
): ArticleLabels => ({
  id: 't',
  title: 't',
  outlet: 'o',
  url: null,
  licence: 'written for this set',
  kind: 'written',
  topic: 'other',
  text,
  figures,
  nonFigures,
});

describe('the scorer', () => {
  it('locates a surface standing alone, by occurrence', () => {
    expect(locate('It rose 4.2 per cent, then 2 per cent.', { surface: '2 per cent' })).toEqual({ start: 27, end: 37 });
    expect(locate('10 and 10 again', { surface: '10', n: 1 })).toEqual({ start: 7, end: 9 });
    expect(locate('10 and 10 again', { surface: '10', n: 2 })).toBeNull();
    expect(locate('call 1234', { surface: '23' })).toBeNull();
    expect(locate('lost two-thirds; the two banks', { surface: 'two' })).toEqual({ start: 21, end: 24 });
  });

  it('matches predictions to labels one to one by overlapping spans, and names spurious non-figures', () => {
    const text = 'More than 31,000 people died; Ruiz, 47, said one in five.';
    const a = article(text, [label({ surface: 'More than 31,000' }), label({ surface: 'one in five' })], ['47']);
    const s = matchFigures(a, [
      fig({ text: '31,000', start: 10, end: 16 }),
      fig({ text: '47', start: 36, end: 38 }),
      fig({ text: 'one', start: 45, end: 48 }),
      fig({ text: 'five', start: 52, end: 56 }),
    ]);
    expect(s.matched.map((m) => [m.label.surface, m.got.text])).toEqual([
      ['More than 31,000', '31,000'],
      ['one in five', 'five'],
    ]);
    expect(s.spurious.map((x) => [x.got.text, x.nonFigure])).toEqual([
      ['47', '47'],
      ['one', null],
    ]);
    expect(s.missed).toEqual([]);
    const sum = summarize([s]);
    expect(sum.detection).toMatchObject({ tp: 2, fp: 2, fn: 0 });
    expect(sum.nonFiguresTaken).toBe(1);
    expect(summarize([matchFigures(a, [])]).detection).toMatchObject({ tp: 0, fp: 0, fn: 2, recall: 0 });
  });

  it('computes precision, recall and F1', () => {
    expect(prf(8, 2, 2)).toMatchObject({ precision: 0.8, recall: 0.8 });
    expect(prf(8, 2, 2).f1).toBeCloseTo(0.8);
    expect(prf(0, 0, 0).f1).toBe(1);
    expect(prf(0, 3, 0).f1).toBe(0);
  });

  it('is strict on values and bounds, reading percent as a fraction', () => {
    expect(valueRight(label({ value: 0.2, unit: 'fraction' }), fig({ value: 20, unit: 'percent' }))).toBe(true);
    expect(valueRight(label({ value: -5, unit: 'percent' }), fig({ value: 5, unit: '%' }))).toBe(false);
    expect(valueRight(label({ value: 0.23456 }), fig({ value: 23456 }))).toBe(false);
    expect(valueRight(label({ value: 47.74, unit: 'percent' }), fig({ value: 47.74, unit: null }))).toBe(true);
    expect(valueRight(label({ value: 47.74, unit: 'percent' }), fig({ value: 47.74, unit: 'USD' }))).toBe(false);
    expect(boundsRight(label({ lower: 31000, upper: null }), fig({ lower: 31000, upper: null }))).toBe(true);
    expect(boundsRight(label({ lower: 31000, upper: null }), fig({ lower: 31000, upper: 31000 }))).toBe(false);
    expect(
      boundsRight(label({ value: 250, lower: 225, upper: 275 }), fig({ value: 250, lower: 225.5, upper: 275 })),
    ).toBe(true);
    expect(
      boundsRight(label({ value: 250, lower: 225, upper: 275 }), fig({ value: 250, lower: 200, upper: 275 })),
    ).toBe(false);
  });

  it('matches counted nouns by head, ignoring case and plural', () => {
    expect(lemma('Palestinians')).toBe('palestinian');
    expect(lemma('casualties')).toBe('casualty');
    expect(lemma('people')).toBe('person');
    expect([...headsOf('Palestinians serving life sentences')]).toContain('palestinian');
    expect([...headsOf("half of Gaza's population")]).toEqual(expect.arrayContaining(['half', 'population']));
    expect(nounRight(label({ noun: 'Palestinian' }), fig({ counts: 'Palestinians' }))).toBe(true);
    expect(
      nounRight(label({ noun: 'prisoners' }), fig({ counts: 'Palestinian prisoners serving life sentences' })),
    ).toBe(true);
    expect(nounRight(label({ noun: 'soldiers' }), fig({ counts: 'Israeli officers and soldiers' }))).toBe(true);
    expect(nounRight(label({ noun: 'stop-and-searches' }), fig({ counts: 'stop-and-searches' }))).toBe(true);
    expect(nounRight(label({ noun: 'tests' }), fig({ counts: 'tests taken' }))).toBe(true);
    expect(nounRight(label({ noun: ['people', 'hostages'] }), fig({ counts: 'hostages' }))).toBe(true);
    expect(nounRight(label({ noun: 'Palestinians' }), fig({ counts: 'soldiers' }))).toBe(false);
    expect(nounRight(label({ noun: 'children' }), fig({ counts: null }))).toBe(false);
    expect(nounRight(label({ noun: null }), fig({ counts: null }))).toBe(true);
  });

  it('maps the engine events to the vocabulary', () => {
    expect(eventRight(label({ event: 'held-captive' }), fig({ event: 'taken captive' }))).toBe(true);
    expect(eventRight(label({ event: 'none' }), fig({ event: 'damaged' }))).toBe(true);
    expect(eventRight(label({ event: 'killed' }), fig({ event: null }))).toBe(false);
    expect(eventRight(label({ event: 'killed' }), fig({ event: 'wounded' }))).toBe(false);
  });

  it('matches sources by their identifying words', () => {
    expect(sourceRight(label({ source: 'ministry' }), fig({ source: "Gaza's Health Ministry" }))).toBe(true);
    expect(sourceRight(label({ source: ['World Health Organization', 'WHO'] }), fig({ source: 'WHO' }))).toBe(true);
    expect(sourceRight(label({ source: 'World Food Programme' }), fig({ source: 'Food Programme' }))).toBe(true);
    expect(sourceRight(label({ source: 'ministry' }), fig({ source: 'Three-quarters of respondents' }))).toBe(false);
    expect(sourceRight(label({ source: 'ministry' }), fig({ source: NO_SOURCE }))).toBe(false);
    expect(sourceRight(label({ source: null }), fig({ source: NO_SOURCE }))).toBe(true);
    expect(sourceRight(label({ source: null }), fig({ source: 'the army' }))).toBe(false);
    expect(sourceRight(label({ source: ['police', null] }), fig({ source: NO_SOURCE }))).toBe(true);
    expect(sourceRight(label({ source: ['police', null] }), fig({ source: 'the Metropolitan Police' }))).toBe(true);
    expect(sourceRight(label({ source: ['police', null] }), fig({ source: 'the mayor' }))).toBe(false);
  });

  it('sorts labeled figures by the hard phrasings they show', () => {
    expect(phrasingsOf(label({ surface: '700-1,000', value: 850, lower: 700, upper: 1000 }))).toContain('range');
    expect(
      phrasingsOf(
        label({ surface: '$28 billion to $47 billion', value: 37.5e9, lower: 28e9, upper: 47e9, unit: 'USD' }),
      ),
    ).toContain('range');
    expect(phrasingsOf(label({ surface: 'more than 31,000', value: 31000, lower: 31000, upper: null }))).not.toContain(
      'range',
    );
    expect(
      phrasingsOf(label({ surface: 'minus 5 per cent', value: -5, lower: -5, upper: -5, unit: 'percent' })),
    ).toEqual(expect.arrayContaining(['percent', 'signed value or fall']));
    expect(
      phrasingsOf(label({ surface: 'One in five', value: 0.2, lower: 0.2, upper: 0.2, unit: 'fraction' })),
    ).toEqual(expect.arrayContaining(['proportion (half, two-thirds, one in five)', 'number in words']));
    expect(phrasingsOf(label({ surface: '40 000', value: 40000, lower: 40000, upper: 40000 }))).toContain(
      'space or thin-space thousands',
    );
    expect(phrasingsOf(label({ surface: 'Some 1.5m', value: 1.5e6, lower: 1.35e6, upper: 1.65e6 }))).toContain(
      'm / bn / k / tn',
    );
    expect(phrasingsOf(label({}))).toEqual(['plain count']);
  });

  it('asks the engine whether two figures fall on one line', () => {
    const killed = fig({ value: 31000, lower: 31000, upper: null, counts: 'Palestinians', event: 'killed' });
    expect(engineSame(killed, fig({ value: 32000, counts: 'Palestinians', event: 'killed' }))).toBe(true);
    expect(engineSame(killed, fig({ value: 73000, counts: 'Palestinians', event: 'wounded' }))).toBe(false);
    expect(engineSame(killed, fig({ value: 31000, counts: null, event: null }))).toBe(false);
  });
});

// Floors the engine reaches on the set as committed (see tests/reports/figures-quality.md); they catch a
// regression, not the goals.
describe('figures quality floors', () => {
  it('keeps detection, fields and line-ups at or above what the engine reached', () => {
    const { summary, pairs } = evaluate();
    expect(summary.detection.f1).toBeGreaterThanOrEqual(0.95);
    expect(summary.accuracy.value.rate).toBeGreaterThanOrEqual(0.95);
    expect(summary.accuracy.bounds.rate).toBeGreaterThanOrEqual(0.94);
    expect(summary.accuracy.noun.rate).toBeGreaterThanOrEqual(0.85);
    expect(summary.accuracy.event.rate).toBeGreaterThanOrEqual(0.95);
    expect(summary.accuracy.source.rate).toBeGreaterThanOrEqual(0.87);
    expect(pairs.prf.f1).toBeGreaterThanOrEqual(0.88);
  });
});
