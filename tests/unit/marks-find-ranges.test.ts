// findFigureRanges: where the page's figures stand in the live page, found within their sentences
// across elements, whitespace and invisible characters, without changing the page; and figureMarks /
// isFigureMarksMessage: what the background sends a tab, and what the content script accepts.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findFigureRanges, findFigureRangesSteps, squeeze, type FoundSpan } from '../../lib/marks/find-figure-ranges';
import { figureMarks, MAX_MARKS } from '../../lib/marks/figure-marks';
import { isFigureMarksMessage } from '../../lib/check-message';
import { stateReport } from '../../lib/report/build-report';
import type { Figure, FigureLine, TabReport } from '../../lib/types';

const page = (body: string) =>
  parseHTML(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`).document;

/** The page text a span covers, read from its text nodes. */
function spanText(span: FoundSpan, root: Node): string {
  const doc = root.ownerDocument!;
  const walker = doc.createTreeWalker(root, 4);
  let out = '';
  let inside = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    const from = n === span.startContainer ? span.startOffset : 0;
    if (n === span.startContainer) inside = true;
    if (!inside) continue;
    const to = n === span.endContainer ? span.endOffset : v.length;
    out += v.slice(from, to);
    if (n === span.endContainer) break;
  }
  return out;
}

const SENTENCE = 'The Gaza health ministry said more than 31,000 Palestinians have been killed since October.';

describe('findFigureRanges', () => {
  it('finds a figure inside its sentence in one text node', () => {
    const doc = page(`<article><p>${SENTENCE}</p></article>`);
    const [span] = findFigureRanges(doc.body, [{ text: 'more than 31,000', sentence: SENTENCE }]);
    expect(span.index).toBe(0);
    expect(span.startContainer).toBe(span.endContainer);
    expect(spanText(span, doc.body)).toBe('more than 31,000');
  });

  it('finds a figure split across elements, line breaks and no-break spaces', () => {
    const doc = page(
      '<p>The Gaza health ministry said\n   <a href="#">more&nbsp;than <b>31,000</b></a>\n Palestinians have been killed since October.</p>',
    );
    const [span] = findFigureRanges(doc.body, [{ text: 'more than 31,000', sentence: SENTENCE }]);
    expect((span.startContainer.parentNode as Element).localName).toBe('a');
    expect((span.endContainer.parentNode as Element).localName).toBe('b');
    expect(spanText(span, doc.body).replace(/\s/g, ' ')).toBe('more than 31,000');
  });

  it('ignores soft hyphens and zero-width spaces the reader dropped', () => {
    const doc = page(
      '<p>The Gaza health minis\u00adtry said more than 31,\u200b000 Palestinians have been killed since October.</p>',
    );
    const [span] = findFigureRanges(doc.body, [{ text: 'more than 31,000', sentence: SENTENCE }]);
    expect(spanText(span, doc.body)).toBe('more than 31,\u200b000');
  });

  it('marks the figure in its own sentence, not the same number elsewhere', () => {
    const doc = page(
      `<nav>Top story: more than 31,000</nav><p>Some other sentence about more than 31,000 things.</p><p>${SENTENCE}</p>`,
    );
    const [span] = findFigureRanges(doc.body, [{ text: 'more than 31,000', sentence: SENTENCE }]);
    expect(span.startContainer.parentNode).toBe(doc.querySelectorAll('p')[1]);
  });

  it('gives the same words twice in one sentence to two figures, in order', () => {
    const sentence = 'Officials said 30 were wounded and 30 were missing.';
    const doc = page(`<p>${sentence}</p>`);
    const spans = findFigureRanges(doc.body, [
      { text: '30', sentence },
      { text: '30', sentence },
    ]);
    expect(spans.map((s) => s.startOffset)).toEqual([sentence.indexOf('30'), sentence.lastIndexOf('30')]);
  });

  it('falls back to the words around the figure when the page splits the sentence differently', () => {
    const doc = page(
      '<p>The Gaza health ministry said more than 31,000 Palestinians have been killed</p><figure>Photo: AP</figure><p>since October.</p>',
    );
    const [span] = findFigureRanges(doc.body, [{ text: 'more than 31,000', sentence: SENTENCE }]);
    expect(spanText(span, doc.body)).toBe('more than 31,000');
  });

  it('never looks inside scripts, styles or text areas', () => {
    const doc = page(
      `<script>var s = "${SENTENCE}";</script><style>/* ${SENTENCE} */</style><textarea>${SENTENCE}</textarea>`,
    );
    expect(findFigureRanges(doc.body, [{ text: 'more than 31,000', sentence: SENTENCE }])).toEqual([]);
  });

  it('leaves out figures not on the page, and stops at the cap', () => {
    const sentences = Array.from({ length: 80 }, (_, i) => `In district ${i} some ${i + 100} homes were destroyed.`);
    const doc = page(sentences.map((s) => `<p>${s}</p>`).join(''));
    const targets = [
      { text: '7', sentence: 'Not on this page at all, 7 times.' },
      ...sentences.map((s, i) => ({ text: `some ${i + 100}`, sentence: s })),
    ];
    const spans = findFigureRanges(doc.body, targets, { maxSpans: 50 });
    expect(spans).toHaveLength(50);
    expect(spans[0].index).toBe(1);
    expect(spans.every((s) => spanText(s, doc.body) === targets[s.index].text)).toBe(true);
  });

  it('reads no further than its bounds on a huge page', () => {
    const doc = page(`<p>${'filler words here. '.repeat(12_000)}</p><p>${SENTENCE}</p>`);
    expect(
      findFigureRanges(doc.body, [{ text: 'more than 31,000', sentence: SENTENCE }], { maxChars: 100_000 }),
    ).toEqual([]);
    expect(findFigureRanges(doc.body, [{ text: 'more than 31,000', sentence: SENTENCE }])).toHaveLength(1);
  });

  it('can search in steps, each reading a slice of a long page, with the same result', () => {
    const doc = page(`${'<p>filler words here, and some more of them.</p>'.repeat(6000)}<p>${SENTENCE}</p>`);
    const targets = [{ text: 'more than 31,000', sentence: SENTENCE }];
    const steps = findFigureRangesSteps(doc.body, targets);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(3);
    expect(step.value).toEqual(findFigureRanges(doc.body, targets));
    expect(spanText(step.value[0], doc.body)).toBe('more than 31,000');
  });

  it('never changes the page', () => {
    const doc = page(`<article><p>${SENTENCE}</p><p>Another <i>paragraph</i>.</p></article>`);
    const before = doc.documentElement.outerHTML;
    findFigureRanges(doc.body, [{ text: 'more than 31,000', sentence: SENTENCE }]);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('squeezes whitespace and invisible characters away, keeping everything else', () => {
    expect(squeeze(' more\u00a0than\n31,\u00ad000 “quoted” ')).toBe('morethan31,000“quoted”');
  });
});

const figure = (text: string, start: number, sentence = `Some say ${text} people were killed.`): Figure => ({
  text,
  start,
  end: start + text.length,
  value: 1,
  lower: null,
  upper: null,
  qualifier: null,
  unit: null,
  counts: 'people',
  event: 'killed',
  sentence,
  source: 'the ministry',
});

function report(lines: FigureLine[]): TabReport {
  return { ...stateReport(3, 'https://news.test/a', 'ready'), figureLines: lines };
}

describe('figureMarks', () => {
  const line = (quantity: string, pageFigures: Figure[], corpusFigures: Figure[]): FigureLine => ({
    quantity,
    entries: [
      ...pageFigures.map((f) => ({ figure: f, articleId: null, outlet: 'Page Times', date: '2024-03-16' })),
      ...corpusFigures.map((f, i) => ({
        figure: f,
        articleId: `a${i}`,
        outlet: 'Mehr News Agency',
        date: '2024-03-15',
      })),
    ],
    contradictions: [],
  });

  it('marks the page figures whose quantity the corpus also reports, in page order, with the corpus figures', () => {
    const marks = figureMarks(
      report([
        line('people killed', [figure('40', 90)], [figure('about 40', 0)]),
        line('homes destroyed', [figure('12', 10)], []),
        line('people wounded', [figure('more than 100', 20)], [figure('100', 0), figure('nearly 100', 5)]),
      ]),
    );
    expect(marks.map((m) => m.text)).toEqual(['more than 100', '40']);
    expect(marks[0]).toMatchObject({
      quantity: 'people wounded',
      sentence: 'Some say more than 100 people were killed.',
    });
    expect(marks[0].corpus).toEqual([
      {
        text: '100',
        counts: 'people',
        event: 'killed',
        outlet: 'Mehr News Agency',
        date: '2024-03-15',
        source: 'the ministry',
      },
      {
        text: 'nearly 100',
        counts: 'people',
        event: 'killed',
        outlet: 'Mehr News Agency',
        date: '2024-03-15',
        source: 'the ministry',
      },
    ]);
  });

  it('sends nothing for a report that is not ready, and never more than the cap', () => {
    expect(figureMarks({ ...report([line('x', [figure('1', 0)], [figure('1', 0)])]), state: 'error' })).toEqual([]);
    const many = Array.from({ length: 80 }, (_, i) => line(`q${i}`, [figure(String(i), i)], [figure(String(i), 0)]));
    expect(figureMarks(report(many))).toHaveLength(MAX_MARKS);
  });

  it('gives messages the content script accepts, and the content script refuses anything else', () => {
    const marks = figureMarks(report([line('people killed', [figure('40', 90)], [figure('about 40', 0)])]));
    expect(isFigureMarksMessage({ type: 'figure-marks', marks })).toBe(true);
    expect(isFigureMarksMessage({ type: 'figure-marks', marks: [] })).toBe(true);
    expect(isFigureMarksMessage({ type: 'read-now' })).toBe(false);
    expect(isFigureMarksMessage({ type: 'figure-marks', marks: [{ ...marks[0], text: 4 }] })).toBe(false);
    expect(
      isFigureMarksMessage({
        type: 'figure-marks',
        marks: [{ ...marks[0], corpus: [{ text: '<img onerror>', source: null }] }],
      }),
    ).toBe(false);
    expect(isFigureMarksMessage({ type: 'figure-marks', marks: [{ ...marks[0], sentence: 'x'.repeat(5000) }] })).toBe(
      false,
    );
    expect(isFigureMarksMessage(null)).toBe(false);
  });
});
