// Golden expectations for the two bundled seeds: every field the compiler reads, and no page
// furniture left in any paragraph.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileArticle } from '../../lib/corpus/compile-corpus';
import { loadOutlets } from '../../lib/sources/outlets';

const profiles = loadOutlets(JSON.parse(readFileSync('seeds/outlets.json', 'utf8')));
const seed = (name: string) =>
  compileArticle({ name, text: readFileSync(`seeds/${name}`, 'utf8') }, profiles, 'bundled');
const mehr = seed('000_49ebc4d4ef1aa215.txt');
const presstv = seed('003_d8affad2d3658da0.txt');

const FURNITURE = [
  /your comment/i,
  /you are replying to/i,
  /captcha/i,
  /alternate addresses/i,
  /^News ID/i,
  /^First published by/i,
  /Roku/,
  /^News\s+\/\s+Conversations/,
];

describe('the Mehr News seed (000)', () => {
  it('reads its title once, though the page repeats it', () => {
    expect(mehr.title).toBe('Resistance shatters Netanyahu’s “total victory” dream');
    expect(mehr.paragraphs.filter((p) => p === mehr.title)).toHaveLength(0);
  });
  it('credits Mehr News Agency from the (MNA) dateline and Tehran Times as the first publisher', () => {
    expect(mehr.outlet).toMatchObject({ name: 'Mehr News Agency', profileId: expect.any(String) });
    expect(mehr.outlet!.domain).toMatch(/mehrnews\.com$/);
    expect(mehr.originalPublisher).toMatchObject({ name: 'Tehran Times', profileId: expect.any(String) });
  });
  it('reads the date and time to the minute, as written', () => {
    expect(mehr.published).toEqual({ iso: '2024-03-16T10:17', precision: 'minute', text: 'Mar 16, 2024, 10:17 AM' });
  });
  it('reads the dateline, the article number and builds the address from the outlet profile', () => {
    expect(mehr.dateline).toBe('TEHRAN');
    expect(mehr.outletArticleId).toBe('213066');
    expect(mehr.url).toContain('213066');
    expect(mehr.url).toMatch(/^https:\/\/[a-z.]*mehrnews\.com\//);
  });
  it('has no author, and says so rather than inventing one', () => {
    expect(mehr.author).toBeNull();
  });
  it('keeps every body paragraph from the lede to the last line of the text', () => {
    expect(mehr.section).toEqual([]);
    expect(mehr.language).toBe('en');
    expect(mehr.paragraphs[0]).toMatch(/^TEHRAN, Mar\. 16 \(MNA\) – Israel has been making desperate attempts/);
    expect(mehr.paragraphs.at(-1)).toBe(
      'If Israel does not accept the truce deal, it will have to pay a higher price for its warmongering policies.',
    );
    expect(mehr.paragraphs).toHaveLength(35);
  });
});

describe('the Press TV seed (003)', () => {
  it('reads the title after the breadcrumbs, and the breadcrumbs as its section', () => {
    expect(presstv.title).toBe('Hamas’ stance, demands in truce talks leave Netanyahu in dilemma: Analyst');
    expect(presstv.section).toEqual(['News', 'Conversations', 'Palestine']);
  });
  it('reads the byline', () => {
    expect(presstv.author).toBe('Alireza Hashemi');
  });
  it('credits Press TV, named by its own page trailer', () => {
    expect(presstv.outlet).toMatchObject({ name: 'Press TV', profileId: expect.any(String) });
    expect(presstv.originalPublisher).toBeNull();
  });
  it('gives no date, time, dateline or article number, because the text gives none', () => {
    expect(presstv.published).toBeNull();
    expect(presstv.dateline).toBeNull();
    expect(presstv.outletArticleId).toBeNull();
    expect(presstv.url).toBeNull();
  });
  it('keeps the body from the lede to the last quotation', () => {
    expect(presstv.language).toBe('en');
    expect(presstv.paragraphs[0]).toMatch(/^The insistence on complete military withdrawal/);
    expect(presstv.paragraphs.at(-1)).toMatch(/This will push the regime closer to its end,” he stressed\.$/);
    expect(presstv.paragraphs).toHaveLength(17);
  });
});

describe('both seeds', () => {
  it('leave no page furniture in any paragraph', () => {
    for (const article of [mehr, presstv]) {
      for (const paragraph of article.paragraphs) for (const f of FURNITURE) expect(paragraph).not.toMatch(f);
    }
  });
  it('get stable ids derived from their content', () => {
    expect(mehr.id).toMatch(/^a[0-9a-f]{16}$/);
    expect(seed('000_49ebc4d4ef1aa215.txt').id).toBe(mehr.id);
    expect(presstv.id).not.toBe(mehr.id);
  });
  it('come with their figures and sources read', () => {
    expect(mehr.figures.length).toBeGreaterThan(10);
    expect(presstv.sources.map((s) => s.name)).toContain("Hossein Kana'ani Moghaddam");
  });
});
