// Properties that hold for any input: figure reading never throws, its offsets and bounds are coherent,
// sentences cover the text, and the time grows linearly even on adversarial input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/figures/extract-figures';
import { splitSentences } from '../../lib/figures/sentences';
import type { Figure } from '../../lib/types';
import { FACTOR, LIMIT, describeGrowth, growth } from './growth';

/** Pieces that stress the reader: separators, qualifiers, magnitudes, dates, quotes, abbreviations. */
const PIECES = [
  '1',
  '12',
  '31,000',
  '2.4',
  '1.234,5',
  ',',
  '.',
  ' ',
  '-',
  '–',
  '%',
  '$',
  '€',
  ':',
  '/',
  '+',
  '(',
  ')',
  '"',
  '“',
  '”',
  "'",
  '’s ',
  'more than ',
  'over ',
  'close to ',
  'up to ',
  'between ',
  'and ',
  'to ',
  'or ',
  'or more ',
  'of ',
  'of them ',
  'of whom ',
  'a ',
  'one ',
  'two ',
  'twenty',
  'hundred ',
  'million ',
  'bn',
  'dozens ',
  'tens of thousands ',
  'several ',
  'days ',
  'month',
  'long ',
  'October ',
  'Mar. ',
  '2024 ',
  '1960s ',
  '10:17 ',
  'AM ',
  'ID ',
  'people ',
  'soldiers ',
  'were ',
  'killed ',
  'who ',
  'have ',
  'according to ',
  'said ',
  'U.S. ',
  'Dr. ',
  '\n',
  '\n\n',
  'Ж',
  '北',
  '😀',
  '٣',
];

const adversarial = fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }).map((parts) => parts.join(''));

/** Throws unless the figures read from `text` are coherent (plain checks: this runs thousands of times). */
function checkFigures(text: string, figures: Figure[]): void {
  const fail = (why: string, f: Figure) => {
    throw new Error(`${why}: ${JSON.stringify(f)} in ${JSON.stringify(text)}`);
  };
  let previousEnd = 0;
  for (const f of figures) {
    if (text.slice(f.start, f.end) !== f.text) fail('offsets do not match the text', f);
    if (f.start < previousEnd) fail('figures overlap or are out of order', f);
    if (!Number.isFinite(f.value)) fail('value is not finite', f);
    if (f.lower !== null && f.lower > f.value) fail('lower bound above the value', f);
    if (f.upper !== null && f.upper < f.value) fail('upper bound below the value', f);
    if (!f.sentence.includes(f.text)) fail('sentence does not contain the figure', f);
    if (typeof f.source !== 'string' || f.source === '') fail('no source text', f);
    previousEnd = f.end;
  }
}

describe('extractFigures on any input', () => {
  it('never throws on arbitrary strings, and gives coherent figures', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        checkFigures(text, extractFigures(text));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on adversarial mixes of numbers, qualifiers and punctuation', () => {
    fc.assert(
      fc.property(adversarial, (text) => {
        checkFigures(text, extractFigures(text));
      }),
      { numRuns: 500 },
    );
  });

  it('handles 100k characters of "1,1,1,…" without a figure and without throwing', () => {
    const text = '1,'.repeat(50_000);
    expect(extractFigures(text)).toEqual([]);
  });
});

describe('splitSentences on any input', () => {
  it('covers every non-space character once, in order, with exact offsets', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), adversarial), (text) => {
        const sentences = splitSentences(text);
        let covered = 0;
        let previousEnd = 0;
        for (const s of sentences) {
          expect(s.start).toBeGreaterThanOrEqual(previousEnd);
          expect(s.end).toBeGreaterThan(s.start);
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text.trim()).toBe(s.text);
          // Only whitespace between sentences.
          expect(text.slice(previousEnd, s.start).trim()).toBe('');
          covered += s.text.length;
          previousEnd = s.end;
        }
        expect(text.slice(previousEnd).trim()).toBe('');
        expect(covered).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('time grows linearly with the input', () => {
  // Catastrophic backtracking or a quadratic scan: measured as in growth.ts.
  const patterns: Array<[string, string]> = [
    ['long runs of digits', '1111111111'],
    ['thousands separators', '1,1,1,1,'],
    ['spaced numbers', '1 1 1 1 '],
    ['repeated qualifiers', 'more than more than '],
    ['hyphen chains', '1-1-a-b-'],
    ['number words', 'one thousand one thousand '],
    ['points and abbreviations', 'U.S. Mr. a. '],
    ['one endless sentence of figures', 'more than 31,000 Palestinians were killed, '],
    ['news sentences', 'According to the ministry, close to 600 soldiers have been killed. '],
    ['unicode', 'Ж北😀٣ '],
  ];
  for (const [what, unit] of patterns) {
    it(`on ${what}: ${FACTOR} times the input costs well under ${FACTOR}² times as much`, () => {
      const small = unit.repeat(Math.ceil(4_000 / unit.length));
      const g = growth(extractFigures, small, small.repeat(FACTOR));
      expect(g.ratio, describeGrowth(g)).toBeLessThan(LIMIT);
    });
  }
});
