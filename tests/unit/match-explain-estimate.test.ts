import { describe, expect, it } from 'vitest';
import { explainMatch } from '../../lib/match/explain-match';
import { dateFactor, type CandidateFeatures } from '../../lib/match/score-candidate';
import { profileText } from '../../lib/match/text-profile';

const copy: CandidateFeatures = {
  cosine: 0.9,
  overlap: { pageInArticle: 0.95, articleInPage: 0.95, resemblance: 0.9, sample: 40 },
  terms: [],
  names: [],
  daysApart: null,
  copy: true,
};
const page = { profile: profileText('text'), published: '2024-05-20', site: 'The Reposter' };
const article = { id: 'a', title: 'T', outlet: 'Press TV', originalPublisher: null, published: null };
const estimate = (iso: string) => ({ iso, label: 'about early May 2024', reason: 'r', confidence: 0.5 });

describe('dates estimated from the text', () => {
  it('say who published first only when a week or more apart, and say that they are estimates', () => {
    const early = explainMatch(page, { ...article, estimated: estimate('2024-05-02') }, copy, 1, []);
    expect(early.firstPublished).toMatchObject({ which: 'article', by: 'Press TV', basis: 'estimated dates' });
    expect(early.estimatedDate).toMatchObject({ iso: '2024-05-02', label: 'about early May 2024' });
    const close = explainMatch(page, { ...article, estimated: estimate('2024-05-17') }, copy, 1, []);
    expect(close.firstPublished?.which).toBe('unknown');
  });

  it('never replace a stated date', () => {
    const stated = explainMatch(
      page,
      { ...article, published: '2024-05-25', estimated: estimate('2024-05-02') },
      copy,
      1,
      [],
    );
    expect(stated.estimatedDate).toBeNull();
    expect(stated.firstPublished).toMatchObject({ which: 'page', basis: 'dates' });
  });

  it('lower a score with part of a stated date’s weight', () => {
    expect(dateFactor(null)).toBe(1);
    expect(dateFactor(2)).toBe(1);
    expect(dateFactor(63)).toBe(0.5);
    expect(dateFactor(63, 0.5)).toBe(0.75);
    expect(dateFactor(33, 0.5)).toBeGreaterThan(dateFactor(33));
  });
});
