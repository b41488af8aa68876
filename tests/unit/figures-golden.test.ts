// Golden expectations on the bundled seeds: every figure a reader would point at, with its bounds,
// what it counts and the event, and none of the dates, years, times and identifiers around them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attachSources, extractFigures } from '../../lib/figures/extract-figures';
import { lineUpFigures, quantityKey } from '../../lib/figures/line-up-figures';
import { NO_SOURCE, type Figure, type Source } from '../../lib/types';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
const mehrText = seed('000_49ebc4d4ef1aa215.txt');
const pressTvText = seed('003_d8affad2d3658da0.txt');
const mehr = extractFigures(mehrText);
const pressTv = extractFigures(pressTvText);

/** The one figure whose text is `text` (and whose sentence contains `inSentence`, when given). */
function figure(figures: Figure[], text: string, inSentence?: string): Figure {
  const found = figures.filter((f) => f.text === text && (inSentence === undefined || f.sentence.includes(inSentence)));
  if (found.length !== 1) {
    throw new Error(
      `expected one figure "${text}", found ${found.length} among: ${figures.map((f) => f.text).join(' | ')}`,
    );
  }
  return found[0];
}

describe('seed 000 (Mehr News Agency, "Resistance shatters Netanyahu’s “total victory” dream")', () => {
  it('reads "more than 31,000 Palestinians" killed, with 31,000 as an open lower bound', () => {
    const f = figure(mehr, 'more than 31,000');
    expect(f).toMatchObject({
      value: 31000,
      lower: 31000,
      upper: null,
      qualifier: 'more than',
      unit: null,
      counts: 'Palestinians',
      event: 'killed',
    });
    expect(f.sentence).toBe('Israel has killed more than 31,000 Palestinians in Gaza over the past months.');
    expect(mehrText.slice(f.start, f.end)).toBe('more than 31,000');
  });

  it('reads "close to 600 Israeli officers and soldiers" killed, citing the Israeli military', () => {
    const f = figure(mehr, 'close to 600');
    expect(f).toMatchObject({
      value: 600,
      lower: 540,
      upper: 600,
      qualifier: 'close to',
      counts: 'Israeli officers and soldiers',
      event: 'killed',
      source: 'the Israeli military',
    });
  });

  it('reads "nearly 250 Israeli troops who have lost their lives … since October 27" as troops killed', () => {
    const f = figure(mehr, 'nearly 250');
    expect(f).toMatchObject({
      value: 250,
      lower: 225,
      upper: 250,
      qualifier: 'nearly',
      counts: 'Israeli troops',
      event: 'killed',
    });
    // "This includes …" carries on the previous sentence's claim, and its source.
    expect(f.source).toBe('the Israeli military');
  });

  it('reads "More than 3,000 Israeli officers and soldiers have also been wounded"', () => {
    const f = figure(mehr, 'More than 3,000');
    expect(f).toMatchObject({
      value: 3000,
      lower: 3000,
      upper: null,
      qualifier: 'more than',
      counts: 'Israeli officers and soldiers',
      event: 'wounded',
    });
  });

  it('reads "more than 1,100 people were killed" on October 7', () => {
    const f = figure(mehr, 'more than 1,100');
    expect(f).toMatchObject({
      value: 1100,
      lower: 1100,
      upper: null,
      counts: 'people',
      event: 'killed',
      source: NO_SOURCE,
    });
  });

  it('reads "roughly 250 were taken captive" as people, from the coordinated clause before it', () => {
    const f = figure(mehr, 'roughly 250');
    expect(f).toMatchObject({
      value: 250,
      lower: 225,
      upper: 275,
      qualifier: 'roughly',
      counts: 'people',
      event: 'taken captive',
    });
  });

  it('reads "Over 100 of them were released" as captives released', () => {
    const f = figure(mehr, 'Over 100');
    expect(f).toMatchObject({
      value: 100,
      lower: 100,
      upper: null,
      qualifier: 'over',
      counts: 'captives',
      event: 'released',
    });
  });

  it('reads "Palestinian prisoners, 100 of whom are serving life sentences", citing Al Jazeera', () => {
    const f = figure(mehr, '100', 'of whom');
    expect(f).toMatchObject({
      value: 100,
      lower: 100,
      upper: 100,
      qualifier: null,
      counts: 'Palestinian prisoners',
      event: 'serving life sentences',
      source: 'Al Jazeera',
    });
  });

  it('reads "three phases" as a count of phases and "42 days" as a duration', () => {
    expect(figure(mehr, 'three')).toMatchObject({
      value: 3,
      lower: 3,
      upper: 3,
      unit: null,
      counts: 'phases',
      event: null,
    });
    expect(figure(mehr, '42 days')).toMatchObject({ value: 42, lower: 42, upper: 42, unit: 'days' });
  });

  it('reads "Gaza’s 2.4-million population" as 2,400,000 people living in Gaza', () => {
    const f = figure(mehr, '2.4-million');
    expect(f).toMatchObject({
      value: 2_400_000,
      lower: 2_400_000,
      upper: 2_400_000,
      unit: null,
      counts: 'Gaza’s population',
      event: null,
    });
    expect(quantityKey(f)).toBe('population of Gaza');
  });

  it('reads "more than 160 days of the war" as a duration of the war', () => {
    const f = figure(mehr, 'more than 160 days');
    expect(f).toMatchObject({ value: 160, lower: 160, upper: null, unit: 'days', counts: 'war' });
  });

  it('finds nothing else: no dates, years, times or identifiers', () => {
    expect(mehr.map((f) => f.text)).toEqual([
      'more than 160 days',
      'more than 1,100',
      'roughly 250',
      'Over 100',
      'close to 600',
      'nearly 250',
      'More than 3,000',
      '100',
      'three',
      '42 days',
      'more than 31,000',
      '2.4-million',
    ]);
    for (const excluded of [
      'October 7',
      'Mar. 16',
      'Mar 16',
      '2020',
      '2024',
      '10:17',
      '213066',
      'October 27',
      'March 13',
    ]) {
      const at = mehrText.indexOf(excluded);
      expect(at, excluded).toBeGreaterThanOrEqual(0);
      expect(
        mehr.filter((f) => f.start < at + excluded.length && at < f.end),
        excluded,
      ).toEqual([]);
    }
  });

  it('gives every figure its sentence and offsets into the text', () => {
    for (const f of mehr) {
      expect(mehrText.slice(f.start, f.end)).toBe(f.text);
      expect(f.sentence).toContain(f.text);
    }
  });
});

describe('seed 003 (Press TV, "Hamas’ stance, demands in truce talks leave Netanyahu in dilemma")', () => {
  it('reads "the nearly seven-month-long genocidal onslaught" as about seven months of onslaught', () => {
    const f = figure(pressTv, 'nearly seven-month-long');
    expect(f).toMatchObject({
      value: 7,
      lower: 6.3,
      upper: 7,
      qualifier: 'nearly',
      unit: 'months',
      counts: 'onslaught',
    });
  });

  it('reads "at least 30 universities"', () => {
    const f = figure(pressTv, 'at least 30');
    expect(f).toMatchObject({
      value: 30,
      lower: 30,
      upper: null,
      qualifier: 'at least',
      unit: null,
      counts: 'universities',
    });
  });

  it('reads "these two million people may face a massacre"', () => {
    const f = figure(pressTv, 'two million');
    expect(f).toMatchObject({
      value: 2_000_000,
      lower: 2_000_000,
      upper: 2_000_000,
      counts: 'people',
      event: 'face a massacre',
    });
  });

  it('takes nothing from "the 1960s student movement"', () => {
    expect(pressTv.map((f) => f.text)).toEqual(['nearly seven-month-long', 'at least 30', 'two million']);
  });

  it('credits "at least 30 universities" to Hossein Kana\'ani Moghaddam once the sources module says so', () => {
    const quoted = figure(pressTv, 'at least 30');
    // A quotation with no cue in its own sentence: the simple in-sentence reading finds no one.
    expect(quoted.source).toBe(NO_SOURCE);
    const moghaddam: Source = {
      name: "Hossein Kana'ani Moghaddam",
      kind: 'person',
      cue: ['told'],
      sentences: [quoted.sentence],
      quotes: [],
      figures: ['at least 30'],
    };
    const attached = attachSources(pressTv, [moghaddam]);
    expect(figure(attached, 'at least 30').source).toBe("Hossein Kana'ani Moghaddam");
    expect(figure(attached, 'two million').source).toBe(NO_SOURCE);
  });
});

describe('the seeds lined up', () => {
  const lines = lineUpFigures([
    { figures: mehr, articleId: 'mehr-213066', outlet: 'Mehr News Agency', date: '2024-03-16T10:17' },
    { figures: pressTv, articleId: 'presstv-003', outlet: 'Press TV', date: null },
  ]);

  it('puts the soldiers killed ("officers and soldiers", "troops") on one line', () => {
    const line = lines.find((l) => l.quantity === 'Israeli soldiers killed');
    expect(line?.entries.map((e) => e.figure.text)).toEqual(['close to 600', 'nearly 250']);
    // A total and its part in one text are not a contradiction.
    expect(line?.contradictions).toEqual([]);
  });

  it('names the quantities of the first seed', () => {
    const quantities = lines.map((l) => l.quantity);
    for (const q of [
      'Palestinians killed',
      'people killed',
      'people taken captive',
      'captives released',
      'Israeli soldiers wounded',
      'population of Gaza',
      'duration of war',
    ]) {
      expect(quantities).toContain(q);
    }
  });
});
