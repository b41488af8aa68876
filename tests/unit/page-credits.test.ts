// readTextCredits: the credits an article prints in its own text, read from plain text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTextCredits } from '../../lib/page/read-credits';
import { FACTOR, LIMIT, describeGrowth, growth } from './growth';

describe('readTextCredits', () => {
  it('reads "First published by Tehran Times" as the original publisher', () => {
    const credits = readTextCredits('Officials met on Sunday.\n\nFirst published by Tehran Times.');
    expect(credits.originalPublisher).toBe('Tehran Times');
  });

  it('reads "This article first appeared in Foreign Affairs on March 3" without the date', () => {
    expect(
      readTextCredits('Body. This article first appeared in Foreign Affairs on March 3, 2024.').originalPublisher,
    ).toBe('Foreign Affairs');
  });

  it('reads "originally published on The Conversation" and "republished with permission from Middle East Eye"', () => {
    expect(
      readTextCredits('Body.\n\nThis article was originally published on The Conversation. Read the original.')
        .originalPublisher,
    ).toBe('The Conversation');
    expect(readTextCredits('Republished with permission from Middle East Eye.').originalPublisher).toBe(
      'Middle East Eye',
    );
  });

  it('reads "This story first appeared on Press TV and is republished here" as Press TV', () => {
    expect(
      readTextCredits('This story first appeared on Press TV and is republished here with permission.')
        .originalPublisher,
    ).toBe('Press TV');
  });

  it('keeps the host of an address given as the credit', () => {
    expect(readTextCredits('Originally published at https://www.theconversation.com/foo-123').originalPublisher).toBe(
      'theconversation.com',
    );
  });

  it('does not take a clause about something else for a credit', () => {
    expect(readTextCredits('The video, first published by Reuters, shows the strike.').originalPublisher).toBeNull();
    expect(readTextCredits('The song first appeared in 2019 and then vanished.').originalPublisher).toBeNull();
  });

  it('reads "(Reuters) –" at the top as the agency', () => {
    expect(readTextCredits('(Reuters) – Oil prices rose on Monday.')).toMatchObject({
      agency: 'Reuters',
      dateline: null,
    });
  });

  it('reads "TEHRAN, Mar. 16 (MNA) –" as a dateline and its agency', () => {
    expect(readTextCredits('TEHRAN, Mar. 16 (MNA) – The spokesman said on Saturday…')).toMatchObject({
      dateline: 'TEHRAN',
      agency: 'MNA',
    });
  });

  it('reads "WASHINGTON (Reuters) -" and "GAZA CITY, Gaza Strip (AP) —"', () => {
    expect(readTextCredits('WASHINGTON (Reuters) - The Senate voted.')).toMatchObject({
      dateline: 'WASHINGTON',
      agency: 'Reuters',
    });
    expect(readTextCredits('GAZA CITY, Gaza Strip (AP) — Strikes hit.')).toMatchObject({
      dateline: 'GAZA CITY, Gaza Strip',
      agency: 'AP',
    });
  });

  it('reads a dateline without agency ("LONDON —") below a "By" line, and the byline', () => {
    expect(readTextCredits('By John Smith and Jane Doe\n\nLONDON — Britain said.')).toMatchObject({
      byline: 'John Smith and Jane Doe',
      dateline: 'LONDON',
      agency: null,
    });
  });

  it('drops the agency after a byline ("By JANE DOE, Reuters")', () => {
    expect(readTextCredits('By JANE DOE, Reuters\n\nText.').byline).toBe('JANE DOE');
  });

  it('does not take a sentence that starts with "By" for a byline, nor "BREAKING —" for a dateline', () => {
    expect(readTextCredits('By the way, this is not a byline.').byline).toBeNull();
    expect(readTextCredits('BREAKING — Something happened.').dateline).toBeNull();
  });

  it('gives all nulls for an empty text', () => {
    expect(readTextCredits('')).toEqual({ originalPublisher: null, dateline: null, agency: null, byline: null });
  });

  const fragments = fc.constantFrom(
    'First published by ',
    'Originally published at ',
    'This article first appeared in ',
    'republished from ',
    'TEHRAN',
    'GAZA CITY',
    ', Gaza Strip',
    ', Mar. 16',
    ' (MNA) ',
    '(Reuters)',
    ' – ',
    ' — ',
    '-',
    '\n',
    '\n\n',
    'By ',
    'Jane',
    'DOE',
    ' and ',
    ', ',
    '.',
    '(',
    ')',
    ' ',
    '   ',
    'The ',
    'Tehran Times',
    'https://x.example/a',
  );
  const creditLike = fc
    .array(fc.oneof(fragments, fc.string({ maxLength: 20 })), { maxLength: 200 })
    .map((parts) => parts.join(''));

  it('never throws and gives strings of bounded length or null, on any text', () => {
    fc.assert(
      fc.property(fc.oneof(creditLike, fc.string({ maxLength: 2000, unit: 'binary' })), (text) => {
        const credits = readTextCredits(text);
        for (const value of Object.values(credits)) {
          expect(value === null || (typeof value === 'string' && value.length <= 160)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it(`takes time linear in the text: ${FACTOR} times the text costs well under ${FACTOR}² times as much`, () => {
    // Near-misses everywhere, so nothing ends the search early: every pattern is tried at every place.
    const unit = fc
      .sample(
        fc.array(
          fc.constantFrom(
            '.',
            ' '.repeat(40),
            'first publ',
            'originally appeared ',
            '\n'.repeat(30),
            'TEHRAN ',
            '((((',
            'By Jane ',
            ' – ',
            'republished fro',
          ),
          { minLength: 20, maxLength: 40 },
        ),
        { numRuns: 1, seed: 7 },
      )[0]
      .join('');
    const small = unit.repeat(Math.ceil(60_000 / unit.length));
    const g = growth(readTextCredits, small, small.repeat(FACTOR));
    expect(g.ratio, describeGrowth(g)).toBeLessThan(LIMIT);
  });
});
