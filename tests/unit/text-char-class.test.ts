// The scanners' shared character tests (lib/text/char-class.ts) agree with /\s/ and [0-9] on every
// UTF-16 code, and say no past the end of a text (NaN).
import { describe, expect, it } from 'vitest';
import { isDigit, isSpace } from '../../lib/text/char-class';

describe('char-class', () => {
  it('isSpace is /\\s/ for every UTF-16 code', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++)
      if (isSpace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
  });

  it('isDigit is [0-9] for every UTF-16 code', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++)
      if (isDigit(code) !== /[0-9]/.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
  });

  it('says no past the end of a text', () => {
    expect(isSpace(''.charCodeAt(0))).toBe(false);
    expect(isDigit(''.charCodeAt(0))).toBe(false);
  });
});
