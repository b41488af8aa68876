// Article credits: publisher, first publisher, author, dateline and date, each with where it was found.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCredits } from '../../lib/sources/article-credits';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');

describe('readCredits on the seeds', () => {
  it('reads the Mehr article: MNA in the dateline, first published by Tehran Times, dated to the minute', () => {
    const credits = readCredits({ text: seed('000_49ebc4d4ef1aa215.txt') });
    expect(credits.publisher).toEqual({
      value: 'Mehr News Agency',
      foundIn: 'dateline',
      evidence: 'TEHRAN, Mar. 16 (MNA) –',
    });
    expect(credits.dateline).toEqual({ value: 'TEHRAN', foundIn: 'dateline', evidence: 'TEHRAN, Mar. 16 (MNA) –' });
    expect(credits.originalPublisher).toEqual({
      value: 'Tehran Times',
      foundIn: 'text',
      evidence: 'First published by Tehran Times',
    });
    expect(credits.date).toEqual({ value: '2024-03-16T10:17', foundIn: 'text', evidence: 'Mar 16, 2024, 10:17 AM' });
    expect(credits.author).toBeNull();
  });

  it('reads the Press TV article: byline in the text, publisher from its own site note, no date invented', () => {
    const credits = readCredits({ text: seed('003_d8affad2d3658da0.txt') });
    expect(credits.author).toEqual({ value: 'Alireza Hashemi', foundIn: 'byline', evidence: 'By Alireza Hashemi' });
    expect(credits.publisher?.value).toBe('Press TV');
    expect(credits.publisher?.foundIn).toBe('text');
    expect(credits.date).toBeNull();
    expect(credits.dateline).toBeNull();
    expect(credits.originalPublisher).toBeNull();
  });
});

describe('readCredits from metadata and headers', () => {
  it('prefers page metadata and names outlets as their profiles do', () => {
    const credits = readCredits({
      text: 'Some text.',
      meta: {
        site: 'MNA',
        byline: 'By Jane Doe',
        published: '2024-03-16',
        originalPublisher: 'Tehran Times',
        dateline: 'TEHRAN',
      },
    });
    expect(credits.publisher).toEqual({ value: 'Mehr News Agency', foundIn: 'metadata', evidence: 'MNA' });
    expect(credits.author).toEqual({ value: 'Jane Doe', foundIn: 'metadata', evidence: 'By Jane Doe' });
    expect(credits.date).toEqual({ value: '2024-03-16', foundIn: 'metadata', evidence: '2024-03-16' });
    expect(credits.originalPublisher?.value).toBe('Tehran Times');
    expect(credits.dateline?.value).toBe('TEHRAN');
  });

  it('reads header fields whatever their case', () => {
    const credits = readCredits({
      text: 'Body.',
      header: { Publisher: 'Press TV', Author: 'Jane Doe', Date: 'March 16, 2024' },
    });
    expect(credits.publisher).toEqual({ value: 'Press TV', foundIn: 'header', evidence: 'Publisher: Press TV' });
    expect(credits.author?.value).toBe('Jane Doe');
    expect(credits.date?.value).toBe('2024-03-16');
  });

  it('reads the publisher from the address when nothing else names it', () => {
    expect(readCredits({ text: 'Body.', meta: { url: 'https://en.mehrnews.com/news/213066/' } }).publisher).toEqual({
      value: 'Mehr News Agency',
      foundIn: 'url',
      evidence: 'en.mehrnews.com',
    });
  });

  it('takes a wire credit in another outlet’s dateline for the first publisher', () => {
    const credits = readCredits({ text: 'GAZA CITY (AP) — Crowds gathered.', meta: { site: 'BBC News' } });
    expect(credits.publisher?.value).toBe('BBC News');
    expect(credits.originalPublisher).toEqual({
      value: 'Associated Press',
      foundIn: 'dateline',
      evidence: 'GAZA CITY (AP) —',
    });
    expect(credits.dateline?.value).toBe('GAZA CITY');
  });

  it('leaves every credit null when nothing states it', () => {
    expect(readCredits({ text: 'Israel has killed more than 31,000 Palestinians.' })).toEqual({
      publisher: null,
      originalPublisher: null,
      author: null,
      dateline: null,
      date: null,
    });
  });
});
