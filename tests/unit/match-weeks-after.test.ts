import { describe, expect, it } from 'vitest';
import { daysToReferred, referredSpans } from '../../lib/match/dates';
import { impliedDate } from '../../lib/match/implied-date';

// The page's own date: Friday 1 March 2024.
const PAGE = '2024-03-01';

describe('"N weeks after" an event dates the event before the page', () => {
  it.each([
    ['Thousands attended the funeral, two weeks after he died in prison.', '2024-02-14', '2024-02-18'],
    ['Strikes continued three days after the court ruling.', '2024-02-27', '2024-02-27'],
    ['Units held the line a week after the offensive began.', '2024-02-21', '2024-02-25'],
    ['The flag went up 10 days after the vote.', '2024-02-20', '2024-02-20'],
  ])('%s', (text, from, to) => {
    expect(referredSpans(text, PAGE)).toEqual([expect.objectContaining({ from, to })]);
  });

  it('brings a follow-up two weeks later within the days of its article', () => {
    const spans = referredSpans('The funeral was held two weeks after he died.', PAGE);
    expect(daysToReferred(spans, '2024-02-16')).toEqual({ days: 0, phrase: 'two weeks after' });
    // An article of another time stays far.
    expect(daysToReferred(spans, '2024-01-10')!.days).toBeGreaterThan(30);
  });

  it('reads nothing in "after" without a count, or in years', () => {
    expect(referredSpans('Talks resumed after the strike. Two years after the war, ...', PAGE)).toEqual([]);
  });

  it('dates a text that states no date from how long after a dated war began it speaks', () => {
    const d = impliedDate('Eight months after the war in Gaza began, Hamas and Israel resumed talks.');
    expect(d?.iso.slice(0, 7)).toBe('2024-06');
    expect(d?.reason).toContain('Eight months after the war');
    // A count of something else says nothing.
    expect(impliedDate('Eight months after the election, Hamas and Israel resumed talks.')).toBeNull();
  });
});
