import { describe, expect, it } from 'vitest';
import { stem } from '../../lib/text/stem';

describe('stem', () => {
  it('folds plurals', () => {
    expect(stem('talks')).toBe('talk');
    expect(stem('countries')).toBe('country');
    expect(stem('marches')).toBe(stem('march'));
    expect(stem('prisoners')).toBe('prisoner');
  });

  it('folds -ing and -ed onto the same stem as the bare word', () => {
    expect(stem('killed')).toBe('kill');
    expect(stem('killing')).toBe('kill');
    expect(stem('released')).toBe(stem('release'));
    expect(stem('releasing')).toBe(stem('release'));
    expect(stem('stopped')).toBe('stop');
    expect(stem('making')).toBe(stem('make'));
  });

  it('folds -ly adverbs and possessives', () => {
    expect(stem('strongly')).toBe('strong');
    expect(stem("netanyahu's")).toBe('netanyahu');
    expect(stem("palestinians'")).toBe('palestinian');
  });

  it('leaves short words and names that only look inflected alone', () => {
    for (const word of ['hamas', 'gaza', 'rafah', 'texas', 'news', 'beijing', 'is', 'us', 'bus', 'only', 'need']) {
      expect(stem(word)).toBe(word);
    }
  });

  it('folds only demonym plurals of a name', () => {
    expect(stem('palestinians', { name: true })).toBe('palestinian');
    expect(stem('israelis', { name: true })).toBe('israeli');
    expect(stem('reading', { name: true })).toBe('reading');
  });

  it('leaves words of other scripts alone', () => {
    expect(stem('غزة')).toBe('غزة');
    expect(stem('москва')).toBe('москва');
  });
});
