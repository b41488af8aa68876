import { describe, expect, it } from 'vitest';
import { evaluateFixtures } from './match-evaluation';

// Floors actually reached on tests/fixtures/match (see tests/reports/match-quality.md); a change
// that loses any of them has to say why.
describe('match quality on the labeled fixtures', () => {
  it('finds related coverage and copies, and shows nothing for unrelated news', async () => {
    const e = await evaluateFixtures();
    const wrong = e.pages
      .filter((p) => !p.relationRight)
      .map((p) => `${p.file}: ${p.matches.map((m) => `${m.relation} ${m.seed} ${m.score}`).join('; ') || 'nothing'}`);
    expect(wrong).toEqual([]);
    expect(e.related.precision).toBeGreaterThanOrEqual(1);
    expect(e.related.recall).toBeGreaterThanOrEqual(1);
    expect(e.sameArticle.precision).toBeGreaterThanOrEqual(1);
    expect(e.sameArticle.recall).toBeGreaterThanOrEqual(1);
  });
});
