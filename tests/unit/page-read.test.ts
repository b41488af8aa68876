// readPage / readHtml: a page's main text and verdict, read without touching the page, within bounds
// on any input; and readPageSteps / runSteps, which let the content script read in small slices.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { describe, expect, it, vi } from 'vitest';
import { readHtml } from '../../lib/page/read-html';
import { readPage, readPageSteps } from '../../lib/page/read-page';
import { runSteps } from '../../lib/page/run-steps';

const URL_ = 'https://news.example.test/2024/03/16/story';
const FIXTURES = path.resolve(__dirname, '../fixtures/pages');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const sentence = 'The ministry said on Sunday that more than 300 people had been released under the agreement. ';
const article = (paragraphs: number) =>
  `<!DOCTYPE html><html lang="en"><head><title>Story</title></head><body><article>${Array.from({ length: paragraphs }, (_, i) => `<p>${i}: ${sentence.repeat(3)}</p>`).join('')}</article></body></html>`;

describe('readPage', () => {
  it('reads the main text as paragraphs separated by blank lines, without navigation or footer', () => {
    const digest = readHtml(fixture('republished-article.html'), URL_);
    const paragraphs = digest.text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^The foreign ministers of the two countries met in Muscat/);
    expect(paragraphs.length).toBeGreaterThanOrEqual(4);
    expect(digest.text).not.toMatch(/Home\s+World|Copyright Example Daily|shouldNeverRun/);
    expect(digest.readerable).toBe(true);
  });

  it('never changes the live page: Readability works on a clone', () => {
    const { document } = parseHTML(fixture('republished-article.html'));
    const before = document.documentElement.outerHTML;
    readPage(document as unknown as Document, URL_);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('judges a front page of links not an article', () => {
    const digest = readHtml(fixture('front-page.html'), 'https://le-site.test/');
    expect(digest.readerable).toBe(false);
    expect(digest.language).toBe('fr');
  });

  it('reads an empty page as an empty, non-article digest', () => {
    const digest = readHtml('', URL_);
    expect(digest).toMatchObject({ url: URL_, title: '', text: '', readerable: false, byline: null, published: null });
    expect(digest.site).toBe('news.example.test');
  });

  it('caps the text at maxChars', () => {
    const digest = readHtml(article(200), URL_, { maxChars: 5000 });
    expect(digest.text.length).toBeLessThanOrEqual(5000);
    expect(digest.text.length).toBeGreaterThan(4000);
  });

  it('reads a 10 MB page without Readability (whose cost grows steeply with the tree), the text capped', () => {
    const parse = vi.spyOn(Readability.prototype, 'parse');
    try {
      readHtml(article(20), URL_);
      expect(parse).toHaveBeenCalledTimes(1); // an ordinary page is read by Readability
      parse.mockClear();
      const html = article(Math.ceil(10_000_000 / (sentence.length * 3 + 12)));
      expect(html.length).toBeGreaterThan(10_000_000);
      const digest = readHtml(html, URL_);
      expect(parse).not.toHaveBeenCalled();
      expect(digest.text.length).toBeLessThanOrEqual(200_000);
      expect(digest.text.length).toBeGreaterThan(150_000);
      expect(digest.readerable).toBe(true);
    } finally {
      parse.mockRestore();
    }
  });

  it('reads malformed HTML: unclosed and stray tags, broken attributes, no <head> or <body>', () => {
    const digest = readHtml(
      `<title>Broken</title><div><p>${sentence.repeat(3)}<p>${sentence.repeat(3)}</span></div></td><p class="x>${sentence}<b><i>unclosed`,
      URL_,
    );
    expect(digest.title).toBe('Broken');
    expect(digest.text).toContain('more than 300 people');
  });

  it('survives elements nested ten thousand deep', () => {
    const deep = `${'<div>'.repeat(10_000)}<p>${sentence.repeat(3)}</p>${'</div>'.repeat(10_000)}`;
    const digest = readHtml(`<html><head><title>Deep</title></head><body>${deep}</body></html>`, URL_);
    expect(digest.text).toContain('more than 300 people');
  });

  it('says how long reading took', () => {
    const started = performance.now();
    const digest = readHtml(article(20), URL_);
    const elapsed = performance.now() - started;
    // A duration measured inside the call: never negative, never more than the call itself took.
    expect(digest.readMs).toBeGreaterThanOrEqual(0);
    expect(digest.readMs).toBeLessThanOrEqual(elapsed + 1);
  });
});

describe('reading in steps', () => {
  it('pauses between reading steps and ends with the same digest readPage gives', () => {
    const { document } = parseHTML(article(20));
    const steps = readPageSteps(document as unknown as Document, URL_);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    expect(pauses).toBeGreaterThanOrEqual(3);
    const { readMs: _a, ...stepped } = step.value;
    const { readMs: _b, ...whole } = readPage(document as unknown as Document, URL_);
    expect(stepped).toEqual(whole);
  });

  it('runs one step per scheduled slot and resolves with the result', async () => {
    let slots = 0;
    const result = await runSteps(
      (function* () {
        yield;
        yield;
        return 'done';
      })(),
      (run) => {
        slots++;
        setTimeout(run, 0);
      },
    );
    expect(result).toBe('done');
    expect(slots).toBe(3);
  });

  it('stops between steps when cancelled, resolving null', async () => {
    let cancelled = false;
    let ran = 0;
    const result = await runSteps(
      (function* () {
        ran++;
        cancelled = true;
        yield;
        ran++;
        return 'never';
      })(),
      (run) => setTimeout(run, 0),
      () => cancelled,
    );
    expect(result).toBeNull();
    expect(ran).toBe(1);
  });
});
