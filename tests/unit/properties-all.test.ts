// Every parser and extractor, held to the same three properties: on any input it never throws, its
// time grows linearly with its input (measured as in growth.ts, so a busy machine fails nothing), and
// strings built to make regular expressions backtrack do not slow it down. One table lists the
// entry points; each property runs over all of them.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../lib/corpus/parse-seed';
import { parseDate } from '../../lib/text/parse-date';
import { parseImport } from '../../lib/corpus/import-files';
import { detectLanguage } from '../../lib/text/language';
import { readHtml } from '../../lib/page/read-html';
import { readTextCredits } from '../../lib/page/read-credits';
import { cleanText } from '../../lib/page/clean-text';
import { cleanByline } from '../../lib/page/clean-byline';
import { cleanDate } from '../../lib/page/clean-date';
import { safeUrl } from '../../lib/page/safe-url';
import { MAX_TITLE_CHARS } from '../../lib/page/read-metadata';
import { MAX_BYLINE_CHARS } from '../../lib/page/clean-byline';
import { tokenize } from '../../lib/text/tokenize';
import { terms } from '../../lib/text/terms';
import { shingles } from '../../lib/text/shingles';
import { names } from '../../lib/text/names';
import { extractFigures } from '../../lib/figures/extract-figures';
import { extractSources } from '../../lib/sources/extract-sources';
import { loadOutlets } from '../../lib/sources/outlets';
import { FACTOR, LIMIT, describeGrowth, growth } from './growth';

const profiles = loadOutlets(JSON.parse(readFileSync('seeds/outlets.json', 'utf8')));
const URL = 'https://news.example/2024/03/16/story';

/** A page whose title, byline, metadata, JSON-LD and body all carry `s`. */
function pageWith(s: string): string {
  const attr = s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const json = JSON.stringify({
    '@type': 'NewsArticle',
    headline: s,
    author: { '@type': 'Person', name: s },
    datePublished: s,
    isBasedOn: s,
    publisher: { name: s },
  }).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="${attr.slice(0, 20)}"><head><title>${attr}</title>
<meta property="og:title" content="${attr}"><meta name="author" content="${attr}"><meta property="article:published_time" content="${attr}">
<link rel="canonical" href="${attr}"><script type="application/ld+json">${json}</script><script type="application/ld+json">${s.replace(/</g, '')}</script></head>
<body><article><h1>${attr}</h1><p class="byline">By ${attr}</p><p>${attr}</p><p>${attr} The ministry said on Saturday that close to 600 people had been displaced, according to officials.</p></article></body></html>`;
}

/** Each entry point, taking one string. */
const ENTRY_POINTS: Array<[string, (s: string) => unknown]> = [
  [
    'parseText (seed and .txt parser)',
    (s) => {
      try {
        return parseText('x.txt', s);
      } catch (e) {
        if ((e as Error).name !== 'SeedError') throw e;
        return null;
      }
    },
  ],
  ['parseDate', (s) => parseDate(s)],
  [
    'parseImport (.json)',
    (s) =>
      parseImport(
        [{ name: 'x.json', text: JSON.stringify([{ title: s || 'x', text: `${s} body`, author: s, outlet: s }]) }],
        profiles,
        null,
      ),
  ],
  ['parseImport (.jsonl, raw)', (s) => parseImport([{ name: 'x.jsonl', text: s }], profiles, null)],
  ['readHtml + readMetadata (page metadata)', (s) => readHtml(pageWith(s), URL)],
  ['readTextCredits (bylines, datelines, first-published lines)', (s) => readTextCredits(s)],
  [
    'cleanText / cleanByline / cleanDate / safeUrl',
    (s) => [cleanText(s, 500), cleanByline(s), cleanDate(s), safeUrl(s, URL)],
  ],
  ['tokenize', (s) => tokenize(s)],
  ['terms', (s) => terms(s)],
  ['shingles', (s) => shingles(s)],
  ['names', (s) => names(s)],
  ['extractFigures', (s) => extractFigures(s)],
  ['extractSources', (s) => extractSources(s)],
  ['detectLanguage', (s) => detectLanguage(s)],
];

/** Pieces of news text and of markup that parsers treat specially. */
const PIECES = [
  ' ',
  '\n',
  '\n\n',
  '\t',
  '.',
  ',',
  ':',
  ';',
  '-',
  '–',
  '—',
  '"',
  '“',
  '”',
  "'",
  '’',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '<',
  '>',
  '/',
  '\\',
  '&',
  '&amp;',
  '&#x202E;',
  '#',
  '1',
  '31,000',
  '2.4',
  '1960s',
  '2024-03-16',
  'Mar. 16, 2024',
  '10:17 AM',
  '%',
  '$',
  'more than ',
  'up to ',
  'between ',
  'and ',
  'million ',
  'Mr. ',
  'Dr. ',
  'U.S. ',
  'said ',
  'told ',
  'according to ',
  'By ',
  'TEHRAN, ',
  '(Reuters) –',
  'First published by ',
  'Title: ',
  '---',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'data:text/html,<b>x</b>',
  '\u202E',
  '\u200B',
  '\u2066',
  '\uFEFF',
  'Hossein Kana’ani Moghaddam',
  'Press TV',
  'آتش‌بس',
  '北京',
  '😀',
  '\u0301',
];
const adversarial = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((p) => p.join(''));
const anyString = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 150 }),
  adversarial,
);

/** Strings that make a backtracking regular expression take quadratic or exponential time, `n` units long. */
const REDOS: Array<[string, (n: number) => string]> = [
  ['a…a!', (n) => `${'a'.repeat(n)}!`],
  ['1,1,1,…', (n) => '1,'.repeat(n)],
  ['spaces then x', (n) => `${' '.repeat(n)}x`],
  ['newlines then x', (n) => `${'\n'.repeat(n)}x`],
  ['((((…', (n) => '('.repeat(n)],
  ['nested quotes', (n) => '“"‘\''.repeat(n)],
  ['Mr. Mr. …', (n) => 'Mr. '.repeat(n)],
  ['A. B. C. … (initials)', (n) => 'A. '.repeat(n)],
  ['Capitalised Words …', (n) => 'Ab '.repeat(n)],
  ['1.1.1.…', (n) => '1.'.repeat(n)],
  ['digits', (n) => '9'.repeat(n)],
  ['more than more than …', (n) => 'more than '.repeat(n)],
  ['according to according to …', (n) => 'according to '.repeat(n)],
  ['said said …', (n) => 'said, '.repeat(n)],
  ['dashes', (n) => ' – -'.repeat(n)],
  ['&amp;&amp;…', (n) => '&amp;'.repeat(n)],
  ['<p><p>…', (n) => '<p>'.repeat(n)],
  ['zero-width and bidi', (n) => '\u200B\u202E\u2066x'.repeat(n)],
  ['By By …', (n) => 'By '.repeat(n)],
];

describe('every parser and extractor, on any input', () => {
  it.each(ENTRY_POINTS)('%s never throws', (_, entry) => {
    fc.assert(
      fc.property(anyString, (s) => {
        entry(s);
      }),
      { numRuns: 150 },
    );
  });

  it('reads any page into bounded, plain, safe metadata', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const digest = readHtml(pageWith(s), URL);
        expect(digest.title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
        expect((digest.byline ?? '').length).toBeLessThanOrEqual(MAX_BYLINE_CHARS);
        for (const value of [digest.title, digest.byline, digest.site, digest.originalPublisher]) {
          expect(value ?? '').not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/);
        }
        for (const address of [digest.canonical, digest.basedOn])
          if (address !== null) expect(address).toMatch(/^https?:\/\//);
      }),
      { numRuns: 150 },
    );
  });

  it('parses any JSON an import may hold without throwing, and names the file in every refusal', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 5 }),
        (json, lines) => {
          const out = parseImport(
            [
              { name: 'any.json', text: JSON.stringify(json) },
              { name: 'any.jsonl', text: lines.map((l) => JSON.stringify(l)).join('\n') },
            ],
            profiles,
            null,
          );
          for (const r of out.reports)
            if (!r.ok) expect(r.message).toMatch(new RegExp(`^${r.file.replace('.', '\\.')}`));
          expect(out.ok).toBe(out.reports.every((r) => r.ok));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('every parser and extractor, in time linear in its input', () => {
  // Units of each trap in the smaller input: pages are parsed whole (DOM, Readability), so smaller.
  const units = (name: string) => (name.startsWith('readHtml') ? 100 : 500);
  it.each(ENTRY_POINTS)(
    `%s: ${FACTOR} times the input costs well under ${FACTOR}² times as much, on every backtracking trap`,
    (name, entry) => {
      const slow: string[] = [];
      for (const [trap, make] of REDOS) {
        const g = growth(entry, make(units(name)), make(units(name) * FACTOR));
        if (g.ratio > LIMIT) slow.push(`${trap}: ${describeGrowth(g)}`);
      }
      expect(slow).toEqual([]);
    },
  );
});
