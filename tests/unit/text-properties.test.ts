import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { names } from '../../lib/text/names';
import { shingles } from '../../lib/text/shingles';
import { terms } from '../../lib/text/terms';
import { tokenize } from '../../lib/text/tokenize';
import { FACTOR, LIMIT, describeGrowth, growth } from './growth';

const anyText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

describe('text functions on any input', () => {
  it('never throw, and tokens point at their text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const t of tokenize(text)) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(t.end).toBeGreaterThan(t.start);
        }
        terms(text);
        names(text);
        for (const h of shingles(text)) expect(h >>> 0).toBe(h);
      }),
      { numRuns: 300 },
    );
  });

  it(`take linear time on adversarial input: ${FACTOR} times the input costs well under ${FACTOR}² times as much`, () => {
    const patterns = [
      "1,1,1,1,1,1,1,1,1,1,1,1,a'",
      "a'a'a'a'a'a'",
      'Aa Bb Cc Of Dd ',
      '1.1.1.1.1.',
      '漢字かなカナ',
      '\u0301\u0301\u0301a',
    ];
    const all = (text: string) => {
      tokenize(text);
      terms(text);
      names(text);
      shingles(text);
    };
    const slow: string[] = [];
    for (const pattern of patterns) {
      const g = growth(all, pattern.repeat(500), pattern.repeat(500 * FACTOR));
      if (g.ratio > LIMIT) slow.push(`${JSON.stringify(pattern)}: ${describeGrowth(g)}`);
    }
    expect(slow).toEqual([]);
  });
});
