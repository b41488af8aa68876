// The pure helpers behind the reading surfaces: dates as precise as written, match strength in words,
// marks cut into text runs, hosts for the never-read list, addresses that may become links.
import { describe, expect, it } from 'vitest';
import { markParagraphs } from '../../components/article-marks';
import { formatBytes } from '../../components/format-bytes';
import { formatDate, formatDaysApart } from '../../components/format-date';
import { percent, strengthWord, thresholdWords } from '../../components/match-strength';
import { normalizeHost } from '../../lib/reading-rules';
import { otherFigures } from '../../components/other-figures';
import { hostOf, httpUrl } from '../../lib/page/safe-url';
import { segmentText } from '../../components/segment-text';
import { tabIdFromSearch } from '../../components/tab-from-search';
import { MOCK_REPORTS, MOCK_TABS, PRESS_TV_ARTICLE } from '../../components/mock/fixtures';

describe('formatDate', () => {
  it('shows a minute-precise date with its time and no time zone shift', () => {
    expect(formatDate('2024-03-16T10:17')).toBe('Mar 16, 2024, 10:17');
  });
  it('shows a day-precise date without inventing a time', () => {
    expect(formatDate({ iso: '2024-03-16', precision: 'day', text: 'Mar 16, 2024' })).toBe('Mar 16, 2024');
  });
  it('shows a month or a year as just that', () => {
    expect(formatDate('2024-03')).toBe('Mar 2024');
    expect(formatDate('2024')).toBe('2024');
  });
  it('says "date unknown" for a missing date', () => {
    expect(formatDate(null)).toBe('date unknown');
  });
  it('says how many days apart, and nothing when unknown', () => {
    expect(formatDaysApart(0)).toBe('same day');
    expect(formatDaysApart(1)).toBe('1 day apart');
    expect(formatDaysApart(-47)).toBe('47 days apart');
    expect(formatDaysApart(null)).toBeNull();
  });
});

describe('match strength', () => {
  it('puts a word to every score', () => {
    expect(strengthWord(0.93)).toBe('strong');
    expect(strengthWord(0.41)).toBe('moderate');
    expect(strengthWord(0.28)).toBe('weak');
  });
  it('clamps the percent', () => {
    expect(percent(1.2)).toBe(100);
    expect(percent(-0.1)).toBe(0);
    expect(percent(0.415)).toBe(42);
  });
  it('describes both ends of the threshold slider', () => {
    expect(thresholdWords(0.05)).toMatch(/^Loose/);
    expect(thresholdWords(0.9)).toMatch(/^Very strict/);
  });
});

describe('segmentText', () => {
  it('cuts text at overlapping ranges and keeps every character once', () => {
    const segments = segmentText('abcdefghij', [
      { start: 2, end: 6, data: 'sentence' },
      { start: 4, end: 5, data: 'figure' },
    ]);
    expect(segments.map((s) => s.text)).toEqual(['ab', 'cd', 'e', 'f', 'ghij']);
    expect(segments[2].marks.map((m) => m.data)).toEqual(['sentence', 'figure']);
    expect(segments.map((s) => s.text).join('')).toBe('abcdefghij');
  });
  it('ignores ranges outside the text', () => {
    expect(segmentText('abc', [{ start: 5, end: 9, data: 1 }])).toEqual([{ text: 'abc', start: 0, marks: [] }]);
  });
});

describe('markParagraphs', () => {
  it('places figures by their offsets into the paragraphs joined by a blank line', () => {
    const paragraphs = markParagraphs(PRESS_TV_ARTICLE);
    const marked = paragraphs.flatMap((p) =>
      p.filter((s) => s.marks.some((m) => m.data.kind === 'figure')).map((s) => s.text),
    );
    expect(marked).toEqual(PRESS_TV_ARTICLE.figures.map((f) => f.text));
  });
  it('marks the sentences attributed to each source with its number', () => {
    const paragraphs = markParagraphs(PRESS_TV_ARTICLE);
    const ministry = paragraphs[3].filter((s) => s.marks.some((m) => m.data.kind === 'source' && m.data.number === 2));
    expect(ministry.map((s) => s.text).join('')).toBe(
      'The Gaza health ministry says more than 34,500 Palestinians have been killed since October 7.',
    );
  });
});

describe('addresses', () => {
  it('lets only http(s) addresses become links', () => {
    expect(httpUrl('https://en.mehrnews.com/news/213066')).toBe('https://en.mehrnews.com/news/213066');
    expect(httpUrl('javascript:alert(1)')).toBeNull();
    expect(httpUrl('data:text/html,<script>')).toBeNull();
    expect(httpUrl('seeds/000.txt (News ID 213066)')).toBeNull();
    expect(hostOf('https://www.presstv.ir/Detail/1')).toBe('presstv.ir');
  });
  it('reads a host for the never-read list from whatever was typed', () => {
    expect(normalizeHost('https://www.Example.com/news/1')).toBe('example.com');
    expect(normalizeHost('news.example.co.uk')).toBe('news.example.co.uk');
    expect(normalizeHost('not a host')).toBeNull();
    expect(normalizeHost('')).toBeNull();
  });
  it('reads the tab id from ?tab=', () => {
    expect(tabIdFromSearch('?tab=12')).toBe(12);
    expect(tabIdFromSearch('?mock=1')).toBeNull();
    expect(tabIdFromSearch('?tab=abc')).toBeNull();
  });
});

describe('lists', () => {
  it('lists the page figures no figure line shows', () => {
    const report = MOCK_REPORTS[MOCK_TABS.ready]!;
    const others = otherFigures(report.figures, report.figureLines);
    expect(others.map((f) => f.text)).not.toContain('close to 600');
    expect(others.map((f) => f.text)).toContain('42 days');
    expect(others.length).toBe(report.figures.length - 2);
  });
  it('formats storage sizes', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(3_870_000)).toBe('3.7 MB');
    expect(formatBytes(null)).toBe('unknown');
  });
});
