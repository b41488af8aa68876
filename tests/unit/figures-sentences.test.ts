// Sentence splitting: where a news text's sentences end, and where they only seem to.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/figures/sentences';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('splits at a full stop, question or exclamation mark followed by a capital', () => {
    expect(texts('Talks failed. Hamas refused! Why? Nobody knows.')).toEqual([
      'Talks failed.',
      'Hamas refused!',
      'Why?',
      'Nobody knows.',
    ]);
  });

  it('gives offsets into the text, trimmed of spaces', () => {
    const text = '  First one.   Second one.  ';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(texts(text)).toEqual(['First one.', 'Second one.']);
  });

  it('does not split after "U.S." inside a name, but does before a new sentence', () => {
    expect(texts('The U.S. Senate voted. Then the U.S. intelligence community spoke.')).toEqual([
      'The U.S. Senate voted.',
      'Then the U.S. intelligence community spoke.',
    ]);
    expect(texts('Aid came from the U.S. The talks went on.')).toEqual([
      'Aid came from the U.S.',
      'The talks went on.',
    ]);
  });

  it('does not split after "Mar." before a day, nor after titles such as "Dr." and "Gen."', () => {
    expect(texts('TEHRAN, Mar. 16 (MNA) – Israel went on. Dr. Smith and Gen. Halevi spoke.')).toEqual([
      'TEHRAN, Mar. 16 (MNA) – Israel went on.',
      'Dr. Smith and Gen. Halevi spoke.',
    ]);
  });

  it('does not split after an initial: "George W. Bush"', () => {
    expect(texts('George W. Bush spoke. J. K. Rowling wrote.')).toEqual([
      'George W. Bush spoke.',
      'J. K. Rowling wrote.',
    ]);
  });

  it('does not split inside decimals, addresses or "e.g." before a lower-case word', () => {
    expect(texts('Growth was 2.4 percent, e.g. in Gaza. See example.com for more.')).toEqual([
      'Growth was 2.4 percent, e.g. in Gaza.',
      'See example.com for more.',
    ]);
  });

  it('keeps a closing quotation mark with its sentence', () => {
    expect(texts('He said, “It is over.” Then he left.')).toEqual(['He said, “It is over.”', 'Then he left.']);
    expect(texts('"Why?" he asked. Nobody answered.')).toEqual(['"Why?" he asked.', 'Nobody answered.']);
  });

  it('ends a sentence at a blank line even without a full stop (headings)', () => {
    expect(texts('Hamas proposal\n\nHamas has presented a plan.')).toEqual([
      'Hamas proposal',
      'Hamas has presented a plan.',
    ]);
  });

  it('treats a single line break as a space', () => {
    expect(texts('A sentence broken\nacross lines.')).toEqual(['A sentence broken\nacross lines.']);
  });

  it('ends sentences at full-width terminators', () => {
    expect(texts('北京。上海！')).toEqual(['北京。', '上海！']);
  });

  it('splits the first seed as a reader would', () => {
    const seed = readFileSync(new URL('../../seeds/000_49ebc4d4ef1aa215.txt', import.meta.url), 'utf8');
    const sentences = texts(seed);
    expect(sentences).toContain(
      'According to the Israeli military, close to 600 Israeli officers and soldiers have been killed.',
    );
    expect(sentences).toContain(
      'In the wake of Israel’s military failure to eradicate Hamas, the U.S. along with Egypt and Qatar have tried to broker a ceasefire between Israel and the Palestinian resistance movement.',
    );
    expect(sentences).toContain(
      'TEHRAN, Mar. 16 (MNA) – Israel has been making desperate attempts to crush the Palestinian resistance in the Gaza Strip since the regime launched war on the territory in early October.',
    );
    expect(sentences).toContain(
      'He added, “The starting point for an effective strategy is framing the objective differently.',
    );
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n \t')).toEqual([]);
  });
});
