import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/corpus/analyze-article';

// Words that name Object.prototype's members are ordinary words in a text: a table lookup must never
// find a function behind them.
const WORDS = [
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__proto__',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
];

describe("words that are Object.prototype's names", () => {
  it('are read as words by figures and sources', () => {
    for (const w of WORDS) {
      const text = `Officials said twenty ${w} people were killed, and ${w} 5,000 ${w} were displaced, according to the ${w} ministry. A ${w} of 3 ${w} fell.`;
      const { figures, sources } = analyzeText(text);
      expect(figures.length).toBeGreaterThan(0);
      for (const f of figures) {
        for (const v of [f.value, f.lower, f.upper])
          expect(v === null || typeof v === 'number', `${w}: ${JSON.stringify(f)}`).toBe(true);
        expect(f.unit === null || typeof f.unit === 'string').toBe(true);
        expect(f.counts === null || typeof f.counts === 'string').toBe(true);
      }
      for (const s of sources) expect(typeof s.name).toBe('string');
    }
  });
});
