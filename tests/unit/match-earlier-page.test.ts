import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { candidateScore, dateFactor, type CandidateFeatures } from '../../lib/match/score-candidate';
import { matchPage } from '../../lib/match/match-page';
import { freshDb, loadCorpus, simpleArticle } from './match-helpers';

const base: CandidateFeatures = {
  cosine: 0.3,
  overlap: { pageInArticle: 0, articleInPage: 0, resemblance: 0, sample: 10 },
  terms: [],
  names: [],
  daysApart: 10,
  copy: false,
};

describe('a page dated before its article', () => {
  it('loses more to the days than a later one: half ten days before', () => {
    expect(dateFactor(10, 1, true)).toBeCloseTo(0.5);
    expect(dateFactor(10, 1, false)).toBeGreaterThan(0.85);
    // Within a few days either way, nothing.
    expect(dateFactor(3, 1, true)).toBe(1);
    // Never below its floor; an estimated date counts for part.
    expect(dateFactor(200, 1, true)).toBeCloseTo(0.2);
    expect(dateFactor(10, 0.5, true)).toBeCloseTo(0.75);
  });

  it('is not earlier when the days it refers to are nearer than its own date', () => {
    const earlier = candidateScore({ ...base, pageFirst: true }, 0);
    const later = candidateScore(base, 0);
    expect(earlier).toBeLessThan(later);
    expect(candidateScore({ ...base, pageFirst: true, referred: { days: 0, phrase: 'last week' } }, 0)).toBeCloseTo(
      candidateScore({ ...base, daysApart: 0 }, 0),
    );
  });

  it('does not show a verdict a week before the election it weighed on', async () => {
    const db = await freshDb();
    const election = simpleArticle(
      'election',
      'Candidates backed by Imran Khan won the most seats in Pakistan’s election, defying a crackdown on his party PTI.\nKhan, jailed since August, remains barred from office; the army-backed PML-N of Nawaz Sharif came second.',
      {
        title: 'Khan-backed independents lead Pakistan vote',
        published: { iso: '2024-02-10', precision: 'day', text: '10 February 2024' },
      },
    );
    await loadCorpus(db, [election]);
    const page = {
      title: 'Imran Khan and wife sentenced to 14 years',
      text: 'A court sentenced Imran Khan and his wife to 14 years in prison, days before Pakistan’s election in which his party PTI is barred. Khan, jailed since August, called the case political.',
    };
    const later = await matchPage(db, { ...page, published: '2024-02-11' }, { threshold: 0 });
    const before = await matchPage(db, { ...page, published: '2024-01-31' }, { threshold: 0 });
    expect(later[0].id).toBe('election');
    expect(before[0].score).toBeLessThan(later[0].score * 0.7);
    db.close();
  });
});
