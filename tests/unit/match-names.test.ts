import { describe, expect, it } from 'vitest';
import { nameMatcher, namePartMatcher } from '../../lib/match/score-candidate';

describe('nameMatcher', () => {
  it('matches a people’s name with its country’s, and a last name with the full name', () => {
    const named = nameMatcher(['slovakia', 'iran', 'japan', 'sweden', 'mexico', 'robert fico']);
    for (const key of ['slovak', 'iranian', 'japanese', 'swedish', 'mexican', 'fico', 'robert fico'])
      expect(named(key), key).toBe(true);
  });

  it('does not match names that only start alike', () => {
    const named = nameMatcher(['austria', 'iran', 'sudan']);
    for (const key of ['australia', 'iraq', 'irish', 'sudden', 'robert']) expect(named(key), key).toBe(false);
  });

  it('finds a country inside a longer name, and only a place', () => {
    const part = namePartMatcher(['china', 'gaza', 'democratic alliance', 'xi jinping']);
    expect(part('china national space administration')).toBe('china');
    expect(part('gaza strip')).toBe('gaza');
    // Only longer names: a one-word name is nameMatcher's.
    expect(part('china')).toBeNull();
    // The last word of a longer article name is not a place of its own.
    expect(part('national democratic alliance')).toBeNull();
    expect(part('jinping university')).toBeNull();
  });
});
