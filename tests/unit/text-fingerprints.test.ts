import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bottomK, estimateJaccard, estimateOverlap, minhash } from '../../lib/text/minhash';
import { fnv1a, shingles } from '../../lib/text/shingles';

const seed = readFileSync('seeds/000_49ebc4d4ef1aa215.txt', 'utf8');
const paragraphs = seed.split(/\n+/).filter((l) => l.trim().length > 40);
const other = readFileSync('seeds/003_d8affad2d3658da0.txt', 'utf8');

describe('shingles', () => {
  it('hashes each run of five words to a 32-bit integer', () => {
    const s = shingles('one two three four five six');
    expect(s).toHaveLength(2);
    for (const h of s) expect(h >>> 0).toBe(h);
    expect(fnv1a('a')).toBe(0xe40c292c);
  });

  it('gives one shingle to a text shorter than k words, none to an empty one', () => {
    expect(shingles('Gaza truce')).toHaveLength(1);
    expect(shingles('')).toEqual([]);
  });

  it('ignores case and punctuation, so furniture changes nothing inside the text', () => {
    expect(shingles('The regime, it said, "failed".')).toEqual(shingles('the regime it said failed'));
  });
});

describe('minhash', () => {
  it('estimates 1 for identical texts', () => {
    const s = shingles(seed);
    expect(estimateJaccard(minhash(s), minhash(s))).toBe(1);
  });

  it('estimates about 0 for texts with no wording in common', () => {
    expect(estimateJaccard(minhash(shingles(seed)), minhash(shingles(other)))).toBeLessThan(0.05);
  });

  it('estimates a half-copy near its true resemblance', () => {
    const a = shingles(seed);
    const b = shingles(paragraphs.slice(0, Math.floor(paragraphs.length / 2)).join('\n'));
    const truth = b.filter((x) => a.includes(x)).length / new Set([...a, ...b]).size;
    expect(Math.abs(estimateJaccard(minhash(a), minhash(b)) - truth)).toBeLessThan(0.15);
  });
});

describe('bottom-k overlap', () => {
  const article = shingles(seed);
  const sketch = bottomK(article);

  it('finds an excerpt almost wholly contained in the article, though its resemblance is low', () => {
    const excerpt = shingles(paragraphs.slice(10, 16).join('\n'));
    const o = estimateOverlap(excerpt, sketch, article.length);
    expect(o.pageInArticle).toBeGreaterThan(0.8);
    expect(o.resemblance).toBeLessThan(0.4);
  });

  it('finds the whole article inside a page that wraps it in other furniture', () => {
    const page = shingles(
      `Home | World | Sport\nSign in to comment\n${seed}\n42 comments. Most read: rates rise again.`,
    );
    expect(estimateOverlap(page, sketch, article.length).articleInPage).toBeGreaterThan(0.9);
  });

  it('finds nothing shared with a different article', () => {
    const o = estimateOverlap(shingles(other), sketch, article.length);
    expect(o.pageInArticle).toBeLessThan(0.05);
    expect(o.articleInPage).toBeLessThan(0.05);
  });

  it('keeps at most k values, ascending', () => {
    expect(sketch.length).toBe(128);
    for (let i = 1; i < sketch.length; i++) expect(sketch[i]).toBeGreaterThan(sketch[i - 1]);
    expect(estimateOverlap([], sketch, article.length).pageInArticle).toBe(0);
  });
});
