import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { names } from '../../lib/text/names';
import { shingles } from '../../lib/text/shingles';
import { terms } from '../../lib/text/terms';
import { tokenize } from '../../lib/text/tokenize';

const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));

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

  it('take roughly linear time on adversarial input', () => {
    const patterns = ["1,1,1,1,1,1,1,1,1,1,1,1,a'", "a'a'a'a'a'a'", 'Aa Bb Cc Of Dd ', '1.1.1.1.1.', '漢字かなカナ', '\u0301\u0301\u0301a'];
    for (const pattern of patterns) {
      // The best of three runs: a machine busy with other work stretches single runs, never all three.
      const time = (n: number) => {
        const text = pattern.repeat(n);
        let best = Infinity;
        for (let run = 0; run < 3; run++) {
          const start = performance.now();
          tokenize(text);
          terms(text);
          names(text);
          shingles(text);
          best = Math.min(best, performance.now() - start);
        }
        return best;
      };
      time(500);
      const small = Math.max(time(2_000), 1);
      const large = time(20_000);
      // Ten times the input may take at most about ten times as long (with slack for noise).
      expect(large / small).toBeLessThan(40);
    }
  });
});
