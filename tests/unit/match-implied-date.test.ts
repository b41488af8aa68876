import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { approximateLabel, impliedDate } from '../../lib/match/implied-date';
import { daysBetween } from '../../lib/match/dates';

describe('impliedDate', () => {
  it('dates the two seeds from the length of the war they state', () => {
    // 000 states 16 March 2024; its "more than 160 days of the war" alone puts it within days of that.
    const mehr = impliedDate(readFileSync('seeds/000_49ebc4d4ef1aa215.txt', 'utf8'));
    expect(mehr?.label).toBe('about mid-March 2024');
    expect(daysBetween(mehr!.iso, '2024-03-16')).toBeLessThanOrEqual(3);
    expect(mehr?.reason).toMatch(/more than 160 days of the war.*7 October 2023/);
    // 003 states no date: "the nearly seven-month-long … onslaught" on Gaza is early May 2024.
    const presstv = impliedDate(readFileSync('seeds/003_d8affad2d3658da0.txt', 'utf8'));
    expect(presstv?.label).toBe('about early May 2024');
    expect(presstv?.reason).toMatch(/seven-month-long/);
  });

  it('reads days of a war, months into it, and the latest full date mentioned', () => {
    expect(impliedDate('Gaza health officials said on day 100 of the war that ...')?.iso).toBe('2024-01-14');
    expect(impliedDate('Thirteen months into the war, the UN says nine million Sudanese have fled.')?.label).toBe(
      'about mid-May 2024',
    );
    expect(impliedDate('Kyiv said two years of war had cost ... Russia’s invasion of Ukraine')?.label).toBe(
      'about late February 2024',
    );
    // The latest full date: the text was written on or after it.
    const dated = impliedDate('The ceasefire of November 24, 2023 collapsed; talks resumed on 3 January 2024 in Doha.');
    expect(dated).toMatchObject({ iso: '2024-01-04' });
    expect(dated!.confidence).toBeLessThan(0.5);
  });

  it('says nothing without a clue, and never reads a count of something else as the war’s', () => {
    expect(impliedDate('The council met on Tuesday and approved the budget.')).toBeNull();
    // A count with no war it could belong to.
    expect(impliedDate('After a 30-day campaign, the candidate won the vote.')).toBeNull();
    // Too short to be the war's length.
    expect(impliedDate('A three-day offensive in Gaza ...')).toBeNull();
  });

  it('labels a day by the third of its month', () => {
    expect(approximateLabel('2024-05-02')).toBe('about early May 2024');
    expect(approximateLabel('2024-03-15')).toBe('about mid-March 2024');
    expect(approximateLabel('2024-12-31')).toBe('about late December 2024');
  });
});
