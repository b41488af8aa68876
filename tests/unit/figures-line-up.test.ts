// Lining figures up across texts: one line per quantity, in time order, with the contradictions
// between texts that speak of about the same time; and handing figures the sources module's answer.
import { describe, expect, it } from 'vitest';
import { attachSources, extractFigures } from '../../lib/figures/extract-figures';
import { lineUpFigures, quantityKey, type LineUpInput } from '../../lib/figures/line-up-figures';
import { NO_SOURCE, type Figure, type Source } from '../../lib/types';

function text(t: string, articleId: string | null, date: string | null, outlet: string | null = null): LineUpInput {
  return { figures: extractFigures(t), articleId, outlet, date };
}

function line(inputs: LineUpInput[], quantity: string) {
  const found = lineUpFigures(inputs).find((l) => l.quantity === quantity);
  if (!found)
    throw new Error(
      `no line "${quantity}" among ${lineUpFigures(inputs)
        .map((l) => l.quantity)
        .join(', ')}`,
    );
  return found;
}

const one = (t: string): Figure => {
  const [f] = extractFigures(t);
  if (!f) throw new Error(`no figure in "${t}"`);
  return f;
};

describe('quantityKey', () => {
  it('names officers, soldiers and troops the same way', () => {
    expect(quantityKey(one('Close to 600 Israeli officers and soldiers have been killed.'))).toBe(
      'Israeli soldiers killed',
    );
    expect(quantityKey(one('Nearly 250 Israeli troops who have lost their lives.'))).toBe('Israeli soldiers killed');
    expect(quantityKey(one('Over 3,000 Israeli soldiers were wounded.'))).toBe('Israeli soldiers wounded');
  });

  it('names hostages and "people taken captive" the same way', () => {
    expect(quantityKey(one('Hamas holds 250 hostages.'))).toBe('people taken captive');
    expect(quantityKey(one('About 250 people were taken captive.'))).toBe('people taken captive');
  });

  it('reads a head that is also a name on Object.prototype as a plain word', () => {
    // "constructor" once found Object's constructor function in a lookup table, and lining figures up threw.
    expect(quantityKey(one('Response has a two argument constructor, with both arguments optional.'))).toBe(
      'constructor',
    );
    expect(quantityKey({ ...one('There were 300 deaths.'), value: 1, counts: 'constructor', event: null })).toBe(
      'constructors',
    );
    expect(() =>
      lineUpFigures([
        text('Response has a two argument constructor. It has one constructor and 3 hasOwnProperty calls.', null, null),
      ]),
    ).not.toThrow();
  });

  it('names deaths as people killed, and a population by its place', () => {
    expect(quantityKey(one('There were 300 deaths.'))).toBe('people killed');
    expect(quantityKey(one("Gaza's 2.4-million population fled."))).toBe('population of Gaza');
  });

  it('names durations by what they measure, whatever the unit', () => {
    expect(quantityKey(one('After more than 160 days of war, talks began.'))).toBe('duration of war');
    expect(quantityKey(one('After five months of war, talks began.'))).toBe('duration of war');
  });

  it('keeps percentages and money apart from counts', () => {
    expect(quantityKey(one('About 40 percent of Palestinians are refugees.'))).toBe('Palestinians (percent)');
  });

  it('gives null when the figure does not say what it counts', () => {
    expect(quantityKey(one('The war lasted 42 days.'))).toBeNull();
  });
});

describe('lineUpFigures', () => {
  it('lines up the same quantity across texts, in time order with undated texts last', () => {
    const l = line(
      [
        text('Israel has killed more than 31,000 Palestinians.', 'b', '2024-03-16'),
        text('Some 32,000 Palestinians have been killed.', 'c', null),
        text('At least 30,000 Palestinians were killed.', null, '2024-03-01'),
      ],
      'Palestinians killed',
    );
    expect(l.entries.map((e) => [e.figure.text, e.articleId, e.date])).toEqual([
      ['At least 30,000', null, '2024-03-01'],
      ['more than 31,000', 'b', '2024-03-16'],
      ['Some 32,000', 'c', null],
    ]);
    expect(l.contradictions).toEqual([]);
  });

  it('flags two texts a few days apart whose intervals do not overlap', () => {
    const l = line(
      [
        text('Officials said 25,000 Palestinians were killed.', 'a', '2024-03-14', 'Outlet A'),
        text('Israel has killed more than 31,000 Palestinians.', 'b', '2024-03-16', 'Outlet B'),
      ],
      'Palestinians killed',
    );
    expect(l.contradictions).toHaveLength(1);
    expect(l.contradictions[0]).toMatchObject({ a: 0, b: 1 });
    expect(l.contradictions[0].why).toContain('"25,000"');
    expect(l.contradictions[0].why).toContain('"more than 31,000"');
    expect(l.contradictions[0].why).toContain('Outlet B');
  });

  it('does not flag figures whose qualifiers let them agree: "close to 600" and "about 590"', () => {
    const l = line(
      [
        text('Close to 600 Israeli soldiers have been killed.', 'a', '2024-03-14'),
        text('About 590 Israeli troops have been killed.', 'b', '2024-03-15'),
      ],
      'Israeli soldiers killed',
    );
    expect(l.entries).toHaveLength(2);
    expect(l.contradictions).toEqual([]);
  });

  it('does not flag figures more than a week apart: a toll grows', () => {
    const l = line(
      [
        text('Some 25,000 Palestinians were killed.', 'a', '2024-02-01'),
        text('More than 31,000 Palestinians were killed.', 'b', '2024-03-16'),
      ],
      'Palestinians killed',
    );
    expect(l.contradictions).toEqual([]);
  });

  it('does not flag when a date is unknown', () => {
    const l = line(
      [
        text('Some 25,000 Palestinians were killed.', 'a', null),
        text('More than 31,000 Palestinians were killed.', 'b', '2024-03-16'),
      ],
      'Palestinians killed',
    );
    expect(l.contradictions).toEqual([]);
  });

  it('does not flag a total and its part in one text, nor in a republished copy of it', () => {
    const article =
      'Close to 600 Israeli soldiers have been killed. This includes nearly 250 Israeli troops who have lost their lives in ground battles.';
    const l = line([text(article, 'a', '2024-03-16'), text(article, 'b', '2024-03-17')], 'Israeli soldiers killed');
    expect(l.entries).toHaveLength(4);
    expect(l.contradictions).toEqual([]);
  });

  it('compares durations in days: "more than 160 days" agrees with "about five months"', () => {
    const l = line(
      [
        text('After more than 160 days of war, talks stalled.', 'a', '2024-03-16'),
        text('After about five months of war, talks stalled.', 'b', '2024-03-17'),
      ],
      'duration of war',
    );
    expect(l.contradictions).toEqual([]);
  });

  it('folds "soldiers killed" into the one line that names whose soldiers', () => {
    const lines = lineUpFigures([
      text('Close to 600 Israeli soldiers have been killed.', 'a', '2024-03-14'),
      text('Some 590 soldiers have been killed.', 'b', '2024-03-15'),
    ]);
    expect(lines.map((l) => l.quantity)).toEqual(['Israeli soldiers killed']);
    expect(lines[0].entries).toHaveLength(2);
  });

  it('returns a line per quantity even for a single text, the fullest lines first', () => {
    const lines = lineUpFigures([
      text(
        'Three soldiers were wounded. Some 31,000 Palestinians were killed. Another 500 Palestinians were killed.',
        null,
        null,
      ),
    ]);
    expect(lines.map((l) => [l.quantity, l.entries.length])).toEqual([
      ['Palestinians killed', 2],
      ['soldiers wounded', 1],
    ]);
  });

  it('returns nothing for no figures', () => {
    expect(lineUpFigures([])).toEqual([]);
    expect(lineUpFigures([{ figures: [], articleId: null, outlet: null, date: null }])).toEqual([]);
  });
});

describe('attachSources', () => {
  const figures = extractFigures('Close to 600 soldiers have been killed. He said 3,000 more were wounded. 100 left.');
  const source = (name: string, over: Partial<Source>): Source => ({
    name,
    kind: 'person',
    cue: [],
    sentences: [],
    quotes: [],
    figures: [],
    ...over,
  });

  it('gives a figure the source whose sentences contain its sentence', () => {
    const out = attachSources(figures, [source('Dennis Ross', { sentences: ['He said 3,000 more were wounded.'] })]);
    expect(out.map((f) => f.source)).toEqual([NO_SOURCE, 'Dennis Ross', NO_SOURCE]);
  });

  it('gives a figure the source whose figures list its text', () => {
    const out = attachSources(figures, [source('Israeli military', { kind: 'military', figures: ['Close to 600'] })]);
    expect(out[0].source).toBe('Israeli military');
  });

  it('prefers the source that has both the sentence and the figure', () => {
    const out = attachSources(figures, [
      source('Outlet', { figures: ['Close to 600'] }),
      source('Israeli military', { sentences: ['Close to 600 soldiers have been killed.'], figures: ['Close to 600'] }),
    ]);
    expect(out[0].source).toBe('Israeli military');
  });

  it("spells a figure's own source as the sources module does when both name the same source", () => {
    const own = extractFigures(
      'According to the Israeli military, 600 soldiers were killed. This includes 250 troops who died.',
    );
    expect(own.map((f) => f.source)).toEqual(['the Israeli military', 'the Israeli military']);
    const military = source('Israeli military', { kind: 'military', sentences: [own[0].sentence] });
    expect(attachSources(own, [military]).map((f) => f.source)).toEqual(['Israeli military', 'Israeli military']);
  });

  it("keeps a figure's own source when no source claims it, and does not change the figures given", () => {
    const own = extractFigures('According to the ministry, 31,000 people were killed.');
    const out = attachSources(own, []);
    expect(out[0].source).toBe('the ministry');
    const claimed = attachSources(own, [source('Gaza Health Ministry', { sentences: [own[0].sentence] })]);
    expect(claimed[0].source).toBe('Gaza Health Ministry');
    expect(own[0].source).toBe('the ministry');
  });
});
