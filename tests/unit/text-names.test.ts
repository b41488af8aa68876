import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { names, sameName } from '../../lib/text/names';
import { nameMatcher } from '../../lib/match/score-candidate';

describe('names', () => {
  const seed = names(readFileSync('seeds/000_49ebc4d4ef1aa215.txt', 'utf8'));

  it('finds people, places and organizations of the seed', () => {
    for (const n of [
      'benjamin netanyahu',
      'gaza',
      'hamas',
      'rafah',
      'dennis ross',
      'chuck schumer',
      'salah al-din',
      'foreign affairs',
      'tehran times',
    ]) {
      expect(seed).toContain(n);
    }
  });

  it('skips capitalized common words that only start a sentence or heading', () => {
    for (const n of ['during', 'however', 'resistance', 'growing backlash', 'presently']) expect(seed).not.toContain(n);
  });

  it('splits names at titles, ends them at possessives, and keeps the head of a "-based" compound', () => {
    expect(names('Israeli Prime Minister Benjamin Netanyahu spoke.')).toEqual(['israeli', 'benjamin netanyahu']);
    expect(names('It was Netanyahu’s dream, said a Tehran-based analyst on Press TV.')).toEqual([
      'netanyahu',
      'tehran',
      'press tv',
    ]);
  });

  it('leaves out months and days', () => {
    expect(names('Talks resumed on Monday in Cairo, as in March.')).toEqual(['cairo']);
  });

  it('compares a surname with a full name', () => {
    expect(sameName('netanyahu', 'benjamin netanyahu')).toBe(true);
    expect(sameName('benjamin', 'benjamin netanyahu')).toBe(false);
    expect(sameName('joe biden', 'hunter biden')).toBe(false);
  });
});

describe('nameMatcher', () => {
  it('decides as sameName does, for any names', () => {
    const word = fc.constantFrom('biden', 'joe', 'hunter', 'netanyahu', 'benjamin', 'gaza', 'al', 'rashid');
    const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(name, { maxLength: 8 }), name, (docNames, key) => {
        expect(nameMatcher(docNames)(key)).toBe(docNames.some((d) => sameName(key, d)));
      }),
      { numRuns: 500 },
    );
  });
});
