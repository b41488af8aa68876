import { describe, expect, it } from 'vitest';
import { tokenize } from '../../lib/text/tokenize';
import { terms } from '../../lib/text/terms';
import { isStopword } from '../../lib/text/stopwords';

const words = (text: string) => tokenize(text).map((t) => t.token);

describe('tokenize', () => {
  it('folds case and keeps an apostrophe inside a word', () => {
    expect(words("Hossein Kana'ani Moghaddam: it's Netanyahu’s")).toEqual([
      'hossein',
      "kana'ani",
      'moghaddam',
      "it's",
      "netanyahu's",
    ]);
  });

  it('gives offsets into the original text', () => {
    const text = 'TEHRAN, Mar. 16 (MNA) – Israel';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.token);
  });

  it('keeps a number with its separators whole, and splits words at hyphens', () => {
    expect(words('more than 31,000 of the 2.4-million population')).toEqual([
      'more',
      'than',
      '31,000',
      'of',
      'the',
      '2.4',
      'million',
      'population',
    ]);
  });

  it('normalizes compatibility forms and drops Latin accents', () => {
    expect(words('ＧＡＺＡ café ﬁle')).toEqual(['gaza', 'cafe', 'file']);
  });

  it('reads Arabic, Persian and Cyrillic words, without optional Arabic vowel marks', () => {
    expect(words('غَزَّة وغزة')).toEqual(['غزة', 'وغزة']);
    expect(words('نتانیاهو در رفح')).toEqual(['نتانیاهو', 'در', 'رفح']);
    expect(words('Москва, Газа!')).toEqual(['москва', 'газа']);
  });

  it('cuts Chinese and Japanese runs into character bigrams', () => {
    expect(words('加沙停火')).toEqual(['加沙', '沙停', '停火']);
    expect(words('東京 ABC')).toEqual(['東京', 'abc']);
  });

  it('gives nothing for empty text or punctuation only', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' — … !! ')).toEqual([]);
  });
});

describe('terms', () => {
  it('drops stop words and numbers and stems the rest', () => {
    expect(terms('The talks were held over 42 days, and the captives were released.')).toEqual([
      'talk',
      'held',
      'day',
      'captiv',
      'releas',
    ]);
  });

  it('leaves a name it capitalizes mid-sentence unstemmed', () => {
    expect(terms('Fighters of Hamas said Hamas would answer.')).toContain('hamas');
  });

  it('knows English stop words and those of other languages, each for its own language', () => {
    expect(isStopword('the')).toBe(true);
    expect(isStopword('les', 'fr')).toBe(true);
    expect(isStopword('и')).toBe(true);
    expect(isStopword('gaza')).toBe(false);
  });
});
