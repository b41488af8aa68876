import { describe, expect, it } from 'vitest';
import { evaluateDevSet } from './match-dev-set';

// Floors actually reached on the development set (tests/fixtures/match-dev; see
// tests/reports/match-quality.md): 48 of 57 related pages found, 88 of 97 with the labeled article
// first. The goals are higher (related recall 0.92, the labeled article first 0.90); a change that
// loses any of these floors has to say why. One page lost fails.
describe('match quality on the development set', () => {
  it(
    'finds coverage by other outlets, every copy, and shows nothing for Readability’s test pages',
    { timeout: 600_000 },
    async () => {
      const e = await evaluateDevSet();
      expect(e.corpusSize).toBeGreaterThanOrEqual(40);
      expect(new Set(e.outcomes.map((o) => o.entry.event)).size).toBeGreaterThanOrEqual(40);
      expect(e.relatedRecall.rate).toBeGreaterThanOrEqual(48 / 57);
      // Every match shown belongs to its page's event or story (the goal allows 0.97).
      expect(e.precision.rate).toBe(1);
      expect(e.rightFirst.rate).toBeGreaterThanOrEqual(88 / 97);
      expect(e.sameRecall.rate).toBe(1);
      expect(e.samePrecision.rate).toBe(1);
      // 26 of 27: a verdict a week before an election shares its names (tests/reports/match-quality.md).
      expect(e.noneClean.rate).toBeGreaterThanOrEqual(26 / 27);
      if (e.readabilityClean) expect(e.readabilityShown).toEqual([]);
    },
  );
});
