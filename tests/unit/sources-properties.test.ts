// Properties that hold for any input: attribution never throws, its output is well formed, and its
// time grows about linearly with the text (hostile inputs must not trigger catastrophic backtracking).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCredits } from '../../lib/sources/article-credits';
import { extractSources } from '../../lib/sources/extract-sources';
import { splitSentences as splitIntoSentences } from '../../lib/figures/sentences';
import { splitParagraphs, splitSentences } from '../../lib/sources/split-sentences';
import { FACTOR, LIMIT, describeGrowth, growth } from './growth';

// Pieces that exercise every branch of the scanners when strung together at random.
const PIECES = [
  'He said ',
  'she told ',
  'Jane Doe',
  ' Moghaddam',
  ', ',
  '. ',
  '.',
  '“',
  '”',
  '"',
  '’s ',
  "'",
  '\n\n',
  '\n',
  'according to ',
  'the ',
  'a ',
  'Mr. ',
  'U.S. ',
  'Al Jazeera',
  'Press TV website',
  'Hamas ',
  'military ',
  'intelligence community ',
  'made critical remarks ',
  'Writing in Foreign Affairs, ',
  'In an interview with ',
  'the Iranian analyst ',
  'says an analyst',
  'al-Din ',
  "Kana'ani ",
  '31,000 ',
  'close to 600 ',
  '2.4-million ',
  'TEHRAN, Mar. 16 (MNA) – ',
  'By Alireza Hashemi',
  'First published by Tehran Times',
  '?',
  '!',
  '…',
  '–',
  '(',
  ')',
];
const articleLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 400 }).map((parts) => parts.join(''));

describe('extractSources on any text', () => {
  it('never throws and returns well-formed sources, for random article-like text', () => {
    fc.assert(
      fc.property(articleLike, (text) => {
        for (const source of extractSources(text)) {
          expect(source.name.length).toBeGreaterThan(0);
          expect(['person', 'organization', 'outlet', 'government', 'military']).toContain(source.kind);
          expect(source.sentences.length).toBeGreaterThan(0);
          for (const sentence of source.sentences) expect(text).toContain(sentence);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        extractSources(text);
        readCredits({ text });
      }),
      { numRuns: 300 },
    );
  });

  it('splits any text into sentences that are trimmed pieces of it, in order', () => {
    fc.assert(
      fc.property(articleLike, (text) => {
        let last = -1;
        for (const s of splitSentences(text)) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text).toBe(s.text.trim());
          expect(s.start).toBeGreaterThan(last);
          last = s.start;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the sentences of a paragraph-by-paragraph split, from one split of the whole text', () => {
    // analyzeText splits an article once for figures and sources; that is only right while the
    // sentence splitter never runs a sentence across a paragraph break.
    const odd = fc.constantFrom(...PIECES, '\n \n', '\n\u2003\n', '\r\n\r\n', '\u00a0', '\u3002', '\ud800', ' ');
    const texts = fc.oneof(
      articleLike,
      fc.array(odd, { maxLength: 200 }).map((parts) => parts.join('')),
      fc.string({ unit: 'binary', maxLength: 500 }),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const byParagraph = splitParagraphs(text).flatMap((para, paragraph) =>
          splitIntoSentences(para.text).map((s) => ({
            text: s.text,
            start: para.start + s.start,
            end: para.start + s.end,
            paragraph,
          })),
        );
        expect(splitSentences(text)).toEqual(byParagraph);
      }),
      { numRuns: 500 },
    );
  });
});

describe('time on long and hostile input', () => {
  const read = (text: string) => {
    extractSources(text);
    readCredits({ text });
  };

  // Each pattern is read at two lengths, sixteen times apart, and compared as in growth.ts: linear
  // work takes ~16× longer, quadratic ~256×, and catastrophic backtracking far more.
  it.each([
    ['He said He said', 'He said '],
    ['long capitalized runs', 'Aaa Bbb Ccc '],
    ['unbalanced quotation marks', '“ " ” '],
    ['dots', 'a.'],
    ['acronyms', 'U.S.'],
    ['"according to" without end', 'according to '],
    ['appositive-like commas', 'Jane Doe, a b, '],
    ['apostrophes', "Kana'ani’s "],
    ['datelines', 'TEHRAN, Mar. 16 (MNA) – '],
    ['blank lines', '\n \n'],
    ['digits and commas', '1,2,3,4,'],
  ])(`stays linear on %s: ${FACTOR} times the text costs well under ${FACTOR}² times as much`, (_name, unit) => {
    const short = unit.repeat(Math.ceil(3_000 / unit.length));
    const g = growth(read, short, short.repeat(FACTOR));
    expect(g.ratio, describeGrowth(g)).toBeLessThan(LIMIT);
  });
});
