// How figures are read: every way a number is written, every qualifier and the bounds it implies,
// ranges, units, and the numbers that are not figures at all.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/figures/extract-figures';
import type { Figure } from '../../lib/types';

/** The only figure of `text`. */
function only(text: string): Figure {
  const figures = extractFigures(text);
  if (figures.length !== 1)
    throw new Error(`expected one figure in "${text}", got ${JSON.stringify(figures.map((f) => f.text))}`);
  return figures[0];
}

const texts = (text: string) => extractFigures(text).map((f) => f.text);

describe('number forms', () => {
  it('reads numerals with thousands separators: "31,000"', () => {
    expect(only('Officials counted 31,000 graves.')).toMatchObject({ text: '31,000', value: 31000, counts: 'graves' });
  });

  it('reads decimals: "2.4"', () => {
    expect(only('Prices rose by 2.4 points.')).toMatchObject({ value: 2.4, counts: 'points' });
  });

  it('reads magnitude words, spaced or hyphenated: "2.4 million", "2.4-million"', () => {
    expect(only('They counted 2.4 million voters.')).toMatchObject({
      text: '2.4 million',
      value: 2_400_000,
      counts: 'voters',
    });
    expect(only('Gaza has a 2.4-million population.')).toMatchObject({
      text: '2.4-million',
      value: 2_400_000,
      counts: 'population',
    });
  });

  it('reads glued magnitudes: "1.5bn", "$75m", "10k"', () => {
    expect(only('The deal was worth 1.5bn.').value).toBe(1_500_000_000);
    expect(only('It cost $75m.')).toMatchObject({ value: 75_000_000, unit: 'USD' });
    expect(only('Some 10k runners came.')).toMatchObject({ value: 10_000, counts: 'runners' });
  });

  it('reads "$75 million" as 75,000,000 with unit USD', () => {
    expect(only('Washington sent $75 million in aid.')).toMatchObject({
      text: '$75 million',
      value: 75_000_000,
      unit: 'USD',
    });
  });

  it('reads other currencies by sign or name: "€5 billion", "300 shekels"', () => {
    expect(only('The EU pledged €5 billion.')).toMatchObject({ value: 5e9, unit: 'EUR' });
    expect(only('A permit costs 300 shekels.')).toMatchObject({ value: 300, unit: 'ILS' });
  });

  it('reads "40 percent", "40 per cent" and "40%" with unit percent', () => {
    expect(only('Some 40 percent of Palestinians are children.')).toMatchObject({
      value: 40,
      unit: 'percent',
      counts: 'Palestinians',
    });
    expect(only('It fell by 40 per cent.')).toMatchObject({ text: '40 per cent', unit: 'percent' });
    expect(only('Over 40% of homes were destroyed.')).toMatchObject({
      text: 'Over 40%',
      value: 40,
      unit: 'percent',
      counts: 'homes',
      event: 'destroyed',
    });
  });

  it('reads number words: "three", "twenty-five", "a hundred", "two million", "one hundred and fifty"', () => {
    expect(only('Three soldiers were killed.')).toMatchObject({ value: 3, counts: 'soldiers', event: 'killed' });
    expect(only('Twenty-five journalists were detained.')).toMatchObject({
      text: 'Twenty-five',
      value: 25,
      counts: 'journalists',
      event: 'arrested',
    });
    expect(only('A hundred people gathered.')).toMatchObject({ text: 'A hundred', value: 100, counts: 'people' });
    expect(only('Two million people live there.')).toMatchObject({ value: 2_000_000, counts: 'people' });
    expect(only('They freed one hundred and fifty prisoners.')).toMatchObject({
      value: 150,
      counts: 'prisoners',
      event: 'released',
    });
    expect(only('Half a million people fled.')).toMatchObject({ value: 500_000, counts: 'people' });
    expect(only('A dozen homes burned.')).toMatchObject({ value: 12, counts: 'homes' });
  });

  it('reads "dozens" as 24 to 99 and keeps the word as its qualifier', () => {
    expect(only('Dozens of Palestinians were killed.')).toMatchObject({
      text: 'Dozens',
      value: 24,
      lower: 24,
      upper: 99,
      qualifier: 'dozens',
      counts: 'Palestinians',
      event: 'killed',
    });
  });

  it('reads the other vague plurals as the interval their words allow', () => {
    expect(only('Hundreds of people marched.')).toMatchObject({ lower: 200, upper: 999, qualifier: 'hundreds' });
    expect(only('Thousands of people marched.')).toMatchObject({ lower: 2000, upper: 9999, qualifier: 'thousands' });
    expect(only('Tens of thousands of people were displaced.')).toMatchObject({
      lower: 20_000,
      upper: 99_999,
      qualifier: 'tens of thousands',
      counts: 'people',
      event: 'displaced',
    });
    expect(only('Hundreds of thousands of people fled.')).toMatchObject({ lower: 200_000, upper: 999_999 });
    expect(only('Several hundred soldiers crossed.')).toMatchObject({
      lower: 300,
      upper: 900,
      qualifier: 'several hundred',
      counts: 'soldiers',
    });
    expect(only('A few thousand troops remain.')).toMatchObject({ lower: 2000, upper: 5000, counts: 'troops' });
  });

  it('reads durations: "42 days", "more than 160 days", "a nearly seven-month-long onslaught", "a 42-day truce"', () => {
    expect(only('Each stage lasts 42 days.')).toMatchObject({ value: 42, unit: 'days' });
    expect(only('After more than 160 days of war, nothing.')).toMatchObject({
      value: 160,
      lower: 160,
      upper: null,
      unit: 'days',
      counts: 'war',
    });
    expect(only('It ended the nearly seven-month-long onslaught.')).toMatchObject({
      value: 7,
      unit: 'months',
      qualifier: 'nearly',
      counts: 'onslaught',
    });
    expect(only('They agreed a 42-day truce.')).toMatchObject({
      text: '42-day',
      value: 42,
      unit: 'days',
      counts: 'truce',
    });
  });

  it('reads measures: "10 km", "5,000 tonnes"', () => {
    expect(only('The strip is 10 km wide.')).toMatchObject({ value: 10, unit: 'km' });
    expect(only('They delivered 5,000 tonnes of flour.')).toMatchObject({ value: 5000, unit: 'tonnes' });
  });
});

describe('ranges', () => {
  it('reads "700 to 1,000" as lower 700, upper 1000, value the midpoint', () => {
    expect(only('Between them, 700 to 1,000 people were killed.')).toMatchObject({
      text: '700 to 1,000',
      value: 850,
      lower: 700,
      upper: 1000,
      counts: 'people',
      event: 'killed',
    });
  });

  it('reads "between 20 and 30" with "between" as its qualifier', () => {
    expect(only('Between 20 and 30 homes were destroyed.')).toMatchObject({
      text: 'Between 20 and 30',
      value: 25,
      lower: 20,
      upper: 30,
      qualifier: 'between',
      counts: 'homes',
    });
  });

  it('reads "20-30" and "20–30"', () => {
    expect(only('They found 20-30 bodies.')).toMatchObject({ text: '20-30', lower: 20, upper: 30, counts: 'bodies' });
    expect(only('They found 20–30 bodies.')).toMatchObject({ lower: 20, upper: 30 });
  });

  it('reads "two or three" and "2 to 3 million"', () => {
    expect(only('They saw two or three tanks.')).toMatchObject({ lower: 2, upper: 3, counts: 'tanks' });
    expect(only('Some 2 to 3 million people need aid.')).toMatchObject({
      lower: 1_800_000,
      upper: 3_300_000,
      counts: 'people',
    });
  });

  it('reads "from 100 to 200" after a verb of change as two figures, not a range', () => {
    expect(texts('The toll rose from 100 to 200 people.')).toEqual(['100', '200']);
  });

  it('refuses a descending "5-3": a score, not a range', () => {
    expect(extractFigures('They won 5-3 on Sunday.')).toEqual([]);
  });
});

describe('qualifiers and the bounds they imply', () => {
  const cases: Array<[string, string, number | null, number | null]> = [
    ['More than 100 people were hurt.', 'more than', 100, null],
    ['Over 100 people were hurt.', 'over', 100, null],
    ['Well over 100 people were hurt.', 'well over', 100, null],
    ['Upwards of 100 people were hurt.', 'upwards of', 100, null],
    ['At least 100 people were hurt.', 'at least', 100, null],
    ['Just over 100 people were hurt.', 'just over', 100, 110],
    ['Close to 100 people were hurt.', 'close to', 90, 100],
    ['Nearly 100 people were hurt.', 'nearly', 90, 100],
    ['Almost 100 people were hurt.', 'almost', 90, 100],
    ['Just under 100 people were hurt.', 'just under', 90, 100],
    ['Roughly 100 people were hurt.', 'roughly', 90, 110],
    ['About 100 people were hurt.', 'about', 90, 110],
    ['Around 100 people were hurt.', 'around', 90, 110],
    ['Approximately 100 people were hurt.', 'approximately', 90, 110],
    ['Some 100 people were hurt.', 'some', 90, 110],
    ['An estimated 100 people were hurt.', 'an estimated', 90, 110],
    ['Up to 100 people were hurt.', 'up to', null, 100],
    ['Fewer than 100 people were hurt.', 'fewer than', null, 100],
    ['Less than 100 people were hurt.', 'less than', null, 100],
    ['At most 100 people were hurt.', 'at most', null, 100],
    ['As many as 100 people were hurt.', 'as many as', null, 100],
    ['No more than 100 people were hurt.', 'no more than', null, 100],
    ['100 or more people were hurt.', 'or more', 100, null],
    ['100 or so people were hurt.', 'or so', 90, 110],
    ['100+ people were hurt.', '+', 100, null],
  ];
  for (const [text, qualifier, lower, upper] of cases) {
    it(`reads "${qualifier}" as lower ${lower ?? 'open'}, upper ${upper ?? 'open'}`, () => {
      expect(only(text)).toMatchObject({ value: 100, qualifier, lower, upper, counts: 'people', event: 'wounded' });
    });
  }

  it('reads "close to 600" as an approximate upper figure: 540 to 600', () => {
    expect(only('Close to 600 soldiers have been killed.')).toMatchObject({ lower: 540, upper: 600 });
  });

  it('keeps the qualifier inside the figure text and offsets', () => {
    const text = 'Officials said more than 31,000 Palestinians were killed.';
    const f = only(text);
    expect(f.text).toBe('more than 31,000');
    expect(text.slice(f.start, f.end)).toBe('more than 31,000');
  });

  it('applies a qualifier to a vague plural: "more than a dozen", "nearly hundreds"', () => {
    expect(only('More than a dozen homes burned.')).toMatchObject({
      value: 12,
      lower: 12,
      upper: null,
      qualifier: 'more than',
    });
  });

  it('does not read a repeated qualifier twice: "more than more than 5 soldiers"', () => {
    expect(only('more than more than 5 soldiers died.')).toMatchObject({ value: 5, qualifier: 'more than', lower: 5 });
  });
});

describe('what is counted and what happened to them', () => {
  it('reads the event from an active verb before the figure: "Israel has killed …"', () => {
    expect(only('Israel has killed more than 31,000 Palestinians in Gaza.')).toMatchObject({
      counts: 'Palestinians',
      event: 'killed',
    });
  });

  it('reads the event after a relative clause: "who have lost their lives" is killed', () => {
    expect(only('This includes nearly 250 troops who have lost their lives.')).toMatchObject({
      counts: 'troops',
      event: 'killed',
    });
  });

  it('reads an event participle before the noun: "1.7 million displaced Palestinians"', () => {
    expect(only('Some 1.7 million displaced Palestinians fled south.')).toMatchObject({
      counts: 'displaced Palestinians',
      event: 'displaced',
    });
  });

  it('reads "the death toll rose to 31,045" as people killed', () => {
    expect(only('The death toll rose to 31,045 on Sunday.')).toMatchObject({
      value: 31045,
      counts: 'people',
      event: 'killed',
    });
  });

  it('stops the counted phrase at the verb: "2,000 people live there" counts people', () => {
    expect(only('About 2,000 people live there.').counts).toBe('people');
    expect(only('Fewer than 20 remain.').counts).toBeNull();
  });

  it('reads a part and its whole: "1.7 million of Gaza\'s 2.3 million people have been displaced"', () => {
    const [part, whole] = extractFigures("About 1.7 million of Gaza's 2.3 million people have been displaced.");
    expect(part).toMatchObject({ value: 1_700_000, counts: "Gaza's people", event: 'displaced' });
    expect(whole).toMatchObject({ value: 2_300_000, counts: "Gaza's people", event: null });
  });

  it('leaves time words out of the counted phrase: "31 people overnight"', () => {
    expect(only('Strikes killed at least 31 people overnight.')).toMatchObject({ counts: 'people', event: 'killed' });
  });

  it('resolves "N of them" only from the sentence before, never further back', () => {
    expect(
      extractFigures('Some 21 soldiers were killed. The children died. Two of them were girls.').map((f) => f.text),
    ).toEqual(['Some 21']);
  });

  it('names no event for "are children": a copula before a noun is not an event', () => {
    expect(only('About 40 percent of Palestinians are children.').event).toBeNull();
  });
});

describe('sources named in the sentence', () => {
  it('reads "according to X"', () => {
    expect(only('According to the Gaza health ministry, 31,000 people were killed.').source).toBe(
      'the Gaza health ministry',
    );
    expect(only('31,000 people were killed, according to the U.S. State Department.').source).toBe(
      'the U.S. State Department',
    );
  });

  it('reads "X said" and ", said X"', () => {
    expect(only('The ministry said 31,000 people were killed.').source).toBe('The ministry');
    expect(only('"31,000 people were killed," the Iranian analyst said.').source).toBe('the Iranian analyst');
    expect(only('31,000 people were killed, said Ashraf al-Qudra.').source).toBe('Ashraf al-Qudra');
  });

  it('gives "no source given" when the sentence names nobody, or only a pronoun', () => {
    expect(only('31,000 people were killed.').source).toBe('no source given');
    expect(only('He said 31,000 people were killed.').source).toBe('no source given');
  });

  it('lets a caller decide the source instead, "no source given" for null', () => {
    const seen: Array<[number, string]> = [];
    const figures = extractFigures('Intro here. Officials said 12 people died. Then 5 more soldiers were hurt.', {
      attributeSource: (i, _sentence, figure) => {
        seen.push([i, figure.text]);
        return i === 1 ? 'Officials' : null;
      },
    });
    expect(seen).toEqual([
      [1, '12'],
      [2, '5'],
    ]);
    expect(figures.map((f) => f.source)).toEqual(['Officials', 'no source given']);
  });
});

describe('numbers that are not figures', () => {
  const none: Array<[string, string]> = [
    ['dates with a month name', 'Hamas attacked on October 7 and again on 7 October.'],
    ['abbreviated months', 'TEHRAN, Mar. 16 (MNA) – Talks went on.'],
    ['a full date with a time', 'Mar 16, 2024, 10:17 AM'],
    ['"since October 27"', 'Fighting has raged since October 27.'],
    ['years', 'In 2020 he won, and the 2024 election is next.'],
    ['"the 2020 presidential election"', 'Voters who backed him in the 2020 presidential election are angry.'],
    ['decades', 'It recalls the 1960s student movement and the 1960’s too.'],
    ['times', 'It happened at 10:17 AM, or 10 p.m., or 9 am.'],
    ['identifiers', 'News ID 213066. See No. 5 and Article 51 and Resolution 2334.'],
    ['ordinals', 'The 7th day, the 1st stage, the 22nd round.'],
    ['ordinal words and names', 'In the first stage the Fifth Fleet moved.'],
    ['codes glued to letters', 'The F-16 and COVID-19 and G7 and 5G and A320.'],
    ['phone numbers', 'Call 555-123-4567 or (555) 123-4567 or +44 20 7946 0958.'],
    ['"one of" and "a month ago"', 'One of the soldiers spoke. A month ago it rained. No one came.'],
    ['numbers in another convention', 'It cost 1.234,5 euros and 1.234.567 rials.'],
    ['malformed separators', 'See 1,1,1,1 and 12,34 and 007.'],
    ['dates with slashes and ISO dates', 'On 3/16/2024 or 2024-03-16 or 16.03.2024.'],
    ['a time reference, not an amount', 'Two years ago he left.'],
    ['number words in names', 'The Big Three met.'],
    ['ages', 'The boy, aged 4, died.'],
  ];
  for (const [what, text] of none) {
    it(`finds no figure in ${what}`, () => {
      expect(texts(text)).toEqual([]);
    });
  }

  it('still counts a four-digit number before a plural noun: "2000 soldiers marched"', () => {
    expect(only('Some 2000 soldiers marched.')).toMatchObject({ value: 2000, counts: 'soldiers' });
    expect(only('Then 2000 soldiers marched.')).toMatchObject({ value: 2000 });
  });

  it('counts the figure next to an excluded date: "On October 7, 1,200 people were killed"', () => {
    expect(texts('On October 7, 1,200 people were killed.')).toEqual(['1,200']);
  });

  it('finds no figures and throws nothing on text in another language or on garbage', () => {
    expect(extractFigures('Израиль заявил, что 31 000 человек... 北京时间 3月16日 ٣١٠٠٠ شهيد')).toSatisfy(
      (f: Figure[]) => f.every((x) => Number.isFinite(x.value)),
    );
    expect(extractFigures('%%%$$$,,,...---!!!???')).toEqual([]);
    expect(extractFigures('')).toEqual([]);
  });
});
