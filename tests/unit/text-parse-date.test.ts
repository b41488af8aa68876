// The date forms people's files and pages hold, each with the precision its words give, and the
// ones that must stay unknown. `null` for language: the text states none.
import { describe, expect, it } from 'vitest';
import { isoDate, numericOrder, parseDate } from '../../lib/text/parse-date';

describe('parseDate: the forms it reads', () => {
  it.each([
    // ISO 8601
    ['2024-03-16', null, '2024-03-16', 'day'],
    ['2024-03-16T10:17:00Z', null, '2024-03-16T10:17Z', 'minute'],
    ['2024-03-16T10:17:00+03:30', null, '2024-03-16T10:17+03:30', 'minute'],
    ['2024-03', null, '2024-03', 'month'],
    // RFC 2822: RSS feeds, e-mail
    ['Sat, 16 Mar 2024 10:17:00 GMT', null, '2024-03-16T10:17Z', 'minute'],
    ['Sat, 16 Mar 2024 10:17:00 +0100', null, '2024-03-16T10:17+01:00', 'minute'],
    ['Sat, 16 Mar 2024 10:17:00 -0000', null, '2024-03-16T10:17Z', 'minute'],
    ['Sat, 16 Mar 2024 10:17:00 EST', null, '2024-03-16T10:17-05:00', 'minute'],
    ['Sat, 16 Mar 2024 10:17:00 +0330', null, '2024-03-16T10:17+03:30', 'minute'],
    ['Sat, 16 Mar 2024 10:17 pdt', null, '2024-03-16T10:17-07:00', 'minute'],
    ['16 Mar 24 10:17 EST', null, '2024-03-16T10:17-05:00', 'minute'],
    ['Sat, 16 Mar 24 10:17:00 GMT', null, '2024-03-16T10:17Z', 'minute'],
    // RFC 3339 (Atom, JSON Feed) and the crawlers' "date time"
    ['2024-03-16T10:17:00.123-06:00', null, '2024-03-16T10:17-06:00', 'minute'],
    ['2017-02-17 18:29:47', null, '2017-02-17T18:29', 'minute'],
    // A zone it does not know for sure ("CET"): the time as written, without one.
    ['16 Mar 2024 10:17 CET', null, '2024-03-16T10:17', 'minute'],
    // English month names, either order, with "at" and a zone
    ['March 16, 2024 at 10:17 GMT', null, '2024-03-16T10:17Z', 'minute'],
    ['16 March 2024 at 10:17 GMT', null, '2024-03-16T10:17Z', 'minute'],
    ['Mar 16, 2024 10:17 a.m. EDT', null, '2024-03-16T10:17-04:00', 'minute'],
    ['Mar 16, 2024, 10:17 AM', null, '2024-03-16T10:17', 'minute'],
    ['Mar 16, 2024, 10:17 PM', null, '2024-03-16T22:17', 'minute'],
    ['Dec 1, 2023, 12:05 PM', null, '2023-12-01T12:05', 'minute'],
    ['March 16, 2024', null, '2024-03-16', 'day'],
    ['Saturday, 16 March 2024', null, '2024-03-16', 'day'],
    ['16th March 2024', null, '2024-03-16', 'day'],
    ['March 2024', null, '2024-03', 'month'],
    // Other languages' month names
    ['16 mars 2024', null, '2024-03-16', 'day'],
    ['samedi 16 mars 2024 à 10h17', null, '2024-03-16T10:17', 'minute'],
    ['1er mars 2024', null, '2024-03-01', 'day'],
    ['mars 2024', null, '2024-03', 'month'],
    ['16. März 2024', null, '2024-03-16', 'day'],
    ['Samstag, 16. März 2024, 10:17 Uhr', null, '2024-03-16T10:17', 'minute'],
    ['16 de marzo de 2024', null, '2024-03-16', 'day'],
    ['sábado, 16 de marzo de 2024', null, '2024-03-16', 'day'],
    ['16 marzo 2024', null, '2024-03-16', 'day'],
    ['16 de março de 2024', null, '2024-03-16', 'day'],
    ['16 maart 2024', null, '2024-03-16', 'day'],
    // Numbers: the order is plain when a part is over 12, or with dots, or year first
    ['16/03/2024', null, '2024-03-16', 'day'],
    ['03/16/2024', null, '2024-03-16', 'day'],
    ['16/03/2024 10:17', null, '2024-03-16T10:17', 'minute'],
    ['16.03.2024', null, '2024-03-16', 'day'],
    ['03.04.2024', null, '2024-04-03', 'day'],
    ['2024/03/16', null, '2024-03-16', 'day'],
    ['04/04/2024', null, '2024-04-04', 'day'],
    // … and otherwise by the text's language: month first only in United States English
    ['03/04/2024', 'en-US', '2024-03-04', 'day'],
    ['03/04/2024', 'en-GB', '2024-04-03', 'day'],
    ['03/04/2024', 'fr', '2024-04-03', 'day'],
    ['03/04/2024', 'de-DE', '2024-04-03', 'day'],
    // Chinese, Japanese, Korean
    ['2024年3月16日', null, '2024-03-16', 'day'],
    ['2024年3月16日(土) 10時17分', null, '2024-03-16T10:17', 'minute'],
    ['２０２４年３月１６日', null, '2024-03-16', 'day'],
    ['2024年3月', null, '2024-03', 'month'],
    ['2024년 3월 16일', null, '2024-03-16', 'day'],
  ])('reads %s (language %s) as %s, to the %s', (text, language, iso, precision) => {
    expect(parseDate(text, language)).toEqual({ iso, precision, text });
  });
});

describe('parseDate: what stays unknown', () => {
  it.each([
    // Day and month either way round, and nothing says which: not read, rather than read as the wrong month.
    ['03/04/2024', null],
    ['03/04/2024', 'en'],
    ['03/04/2024', 'und'],
    ['Feb 30, 2024', null],
    ['31/02/2024', null],
    ['Hamas proposal', null],
    ['13:99', null],
    ['2024', null],
    ['Mar. 16', null],
    ['News ID 213066', null],
    ['Smarch 16, 2024', null],
    ['Published 16 March 2024', null],
    ['constructor 16, 2024', null],
    ['16 Mar 2024 25:17 GMT', null],
    ['Friday', null],
    // RFC 822 forms that are not a date: no such day, a two-digit year without the time that makes it RFC 822
    ['31 Feb 2024 10:00:00 GMT', null],
    ['16 Mar 24', null],
    ['yesterday', null],
  ])('does not invent a date from %s (language %s)', (text, language) => {
    expect(parseDate(text, language)).toBeNull();
  });

  it('says which order a numeric date takes in which language', () => {
    expect(numericOrder('en-US')).toBe('month-first');
    expect(numericOrder('en_us')).toBe('month-first');
    expect(numericOrder('en-GB')).toBe('day-first');
    expect(numericOrder('pt-BR')).toBe('day-first');
    expect(numericOrder('en')).toBeNull();
    expect(numericOrder(null)).toBeNull();
  });
});

describe('isoDate: one field holding a date, as feeds and crawler records give it', () => {
  it('gives the ISO form, or null', () => {
    expect(isoDate('Sat, 16 Mar 2024 10:17:00 +0330')).toBe('2024-03-16T10:17+03:30');
    expect(isoDate('2024-03-16')).toBe('2024-03-16');
    expect(isoDate('not a date')).toBeNull();
    expect(isoDate(undefined)).toBeNull();
    expect(isoDate(20240316)).toBeNull();
  });
});
