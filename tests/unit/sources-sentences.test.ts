// The sentence splitter attribution reads with: abbreviations, acronyms and quotations kept whole.
import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from '../../lib/sources/split-sentences';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('ends a sentence at a full stop before a capital', () => {
    expect(texts('Israel has failed. Hamas persists.')).toEqual(['Israel has failed.', 'Hamas persists.']);
  });

  it('keeps "U.S. Senate", "Mar. 16" and initials inside the sentence', () => {
    expect(
      texts('Chuck Schumer, the top legislator in the U.S. Senate, spoke. TEHRAN, Mar. 16 (MNA) – Joe J. Doe left.'),
    ).toEqual([
      'Chuck Schumer, the top legislator in the U.S. Senate, spoke.',
      'TEHRAN, Mar. 16 (MNA) – Joe J. Doe left.',
    ]);
  });

  it('ends a sentence after an acronym when a usual sentence opener follows', () => {
    expect(texts('He flew to the U.S. The trip was short.')).toEqual(['He flew to the U.S.', 'The trip was short.']);
  });

  it('keeps a closing quotation mark with its sentence', () => {
    expect(texts('He added, “It is time.” Then he left.')).toEqual(['He added, “It is time.”', 'Then he left.']);
  });

  it('does not end a sentence before a lower-case word', () => {
    expect(texts('It cost 2.4 million. the rest followed.')).toEqual(['It cost 2.4 million. the rest followed.']);
  });

  it('always ends a sentence at a paragraph break, and numbers paragraphs', () => {
    const sentences = splitSentences('Hamas proposal\n\nHamas has presented a plan. It has three phases.');
    expect(sentences.map((s) => [s.paragraph, s.text])).toEqual([
      [0, 'Hamas proposal'],
      [1, 'Hamas has presented a plan.'],
      [1, 'It has three phases.'],
    ]);
  });
});

describe('splitParagraphs', () => {
  it('splits at blank lines, even ones holding spaces, and trims', () => {
    expect(splitParagraphs('  One.\n \nTwo\nlines.\n\n\n').map((p) => p.text)).toEqual(['One.', 'Two\nlines.']);
  });
});
