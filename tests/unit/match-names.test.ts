import { describe, expect, it } from 'vitest';
import { nameMatcher } from '../../lib/match/score-candidate';

describe('nameMatcher', () => {
  it('matches a people’s name with its country’s, and a last name with the full name', () => {
    const named = nameMatcher(['slovakia', 'iran', 'japan', 'sweden', 'mexico', 'robert fico']);
    for (const key of ['slovak', 'iranian', 'japanese', 'swedish', 'mexican', 'fico', 'robert fico']) expect(named(key), key).toBe(true);
  });

  it('does not match names that only start alike', () => {
    const named = nameMatcher(['austria', 'iran', 'sudan']);
    for (const key of ['australia', 'iraq', 'irish', 'sudden', 'robert']) expect(named(key), key).toBe(false);
  });
});
