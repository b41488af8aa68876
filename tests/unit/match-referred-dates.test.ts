import { describe, expect, it } from 'vitest';
import { daysToReferred, referredSpans } from '../../lib/match/dates';
import { candidateScore, type CandidateFeatures } from '../../lib/match/score-candidate';

// The text's own date in every row: Friday 10 May 2024.
const FRIDAY = '2024-05-10';

const CASES: Array<[text: string, from: string | null, to?: string]> = [
  ['Rescuers said yesterday that ...', '2024-05-09', '2024-05-09'],
  ['The delegation left Cairo last night.', '2024-05-09', '2024-05-09'],
  ['Israeli tanks entered the crossing on Monday.', '2024-05-06', '2024-05-06'],
  ['The court ruled Friday.', '2024-05-10', '2024-05-10'],
  ['Talks that began last Friday ended without a deal.', '2024-05-03', '2024-05-03'],
  ['The minister will travel to Doha next Monday.', null],
  ['Talks resume this coming Tuesday.', null],
  ['Hamas accepted the proposal last week.', '2024-04-29', '2024-05-05'],
  ['Earlier this week the army ordered an evacuation.', '2024-05-06', '2024-05-10'],
  ['The floods that began last month have killed 100.', '2024-04-01', '2024-04-30'],
  ['Earlier this month the Senate voted.', '2024-05-01', '2024-05-10'],
  ['Prices have risen 4 percent this year.', '2024-01-01', '2024-05-10'],
  ['Unlike last year, ...', '2023-01-01', '2023-12-31'],
  ['He died two weeks ago.', '2024-04-24', '2024-04-28'],
  ['The ship lost power 10 days ago.', '2024-04-30', '2024-04-30'],
  ['The council approved the budget.', null],
];

describe('referredSpans', () => {
  it.each(CASES)('%s', (text, from, to) => {
    const spans = referredSpans(text, FRIDAY);
    if (from === null) expect(spans).toEqual([]);
    else expect(spans).toEqual([expect.objectContaining({ from, to })]);
  });

  it('reads nothing without the text’s own date, and each phrase once, in order', () => {
    expect(referredSpans('It happened yesterday.', null)).toEqual([]);
    const spans = referredSpans('On Monday the army moved; on Monday night, and last week, more.', FRIDAY);
    expect(spans.map((s) => s.phrase)).toEqual(['monday', 'last week']);
  });

  it('counts a weekday back from a date with a time, by its calendar day', () => {
    expect(referredSpans('on Sunday', '2024-05-13T23:30:00Z')[0]).toMatchObject({ from: '2024-05-12' });
  });
});

describe('daysToReferred', () => {
  const spans = referredSpans('Hamas accepted the proposal last week; prices have risen this year.', FRIDAY);
  it('is 0 within a span and counts to its nearest edge outside', () => {
    expect(daysToReferred(spans, '2024-05-02')).toEqual({ days: 0, phrase: 'last week' });
    expect(daysToReferred(spans, '2024-04-20')).toEqual({ days: 9, phrase: 'last week' });
  });
  it('leaves out spans too wide to date the news, and unknown dates', () => {
    expect(daysToReferred(referredSpans('Prices have risen this year.', FRIDAY), '2024-02-01')).toBeNull();
    expect(daysToReferred(spans, null)).toBeNull();
  });
});

describe('candidateScore with referred days', () => {
  const base: CandidateFeatures = {
    cosine: 0.3,
    overlap: { pageInArticle: 0, articleInPage: 0, resemblance: 0, sample: 10 },
    terms: [],
    names: [],
    daysApart: 33,
    copy: false,
  };
  it('a follow-up weeks later that refers to the article’s days loses nothing to the dates', () => {
    const far = candidateScore(base, 0);
    const referred = candidateScore({ ...base, referred: { days: 1, phrase: 'last month' } }, 0);
    expect(far).toBeLessThan(referred);
    expect(referred).toBeCloseTo(candidateScore({ ...base, daysApart: 0 }, 0));
  });
});
