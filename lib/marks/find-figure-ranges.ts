// Finds where the page's figures stand in the live page, without touching it: the figure's words
// inside the sentence the engine read them from. The page's text and the digest's differ in
// whitespace (block breaks, indentation, no-break spaces) and invisible characters, so both are
// compared with those removed; the boundaries found are given back in the page's own text nodes.

/** A figure to find: its words and the sentence they stand in, as the engine read them. */
export interface MarkTarget {
  text: string;
  sentence: string;
}

/** Where one target stands: the boundaries of its words in the page's text nodes (StaticRangeInit). */
export interface FoundSpan {
  /** The index of the target in the list given. */
  index: number;
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

export interface FindOptions {
  /** At most this many spans are returned. */
  maxSpans?: number;
  /** The page's text is read up to this many characters (whitespace not counted). */
  maxChars?: number;
  /** and up to this many text nodes. */
  maxNodes?: number;
}

/** Text in these elements is never shown as text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title', 'option']);
const SHOW_TEXT = 4;
/** When a sentence is not found whole (the page splits it differently), this much on each side of the figure is tried. */
const CONTEXT_CHARS = 40;
/** and at least this much on one side, else a bare number could be marked anywhere. */
const MIN_CONTEXT_CHARS = 12;
/** The text read between two pauses of the stepwise search: a few milliseconds' work. */
const SLICE_CHARS = 50_000;

/** Whitespace, controls, and the invisible characters the page reader drops (lib/page/clean-text.ts). */
const IGNORED = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g;
const IGNORED_ONE = new RegExp(IGNORED.source);

/** Whitespace and invisible characters removed: the form both sides are compared in. */
export function squeeze(text: string): string {
  return text.replace(IGNORED, '');
}

interface TextIndex {
  /** The visible text, squeezed. */
  text: string;
  /** The text nodes it comes from, and where each one's squeezed text starts in `text`. */
  nodes: Node[];
  starts: number[];
}

/** The visible text under `root`, squeezed, with where each text node's part starts; pauses after every slice of text. */
function* indexText(root: Node, maxChars: number, maxNodes: number): Generator<void, TextIndex, void> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const parts: string[] = [];
  const nodes: Node[] = [];
  const starts: number[] = [];
  let length = 0;
  let nextPause = SLICE_CHARS;
  for (
    let current = walker.nextNode();
    current && length < maxChars && nodes.length < maxNodes;
    current = walker.nextNode()
  ) {
    const parent = current.parentNode as Element | null;
    if (parent && SKIPPED.has((parent.localName ?? '').toLowerCase())) continue;
    const part = squeeze(current.nodeValue ?? '');
    if (part.length === 0) continue;
    nodes.push(current);
    starts.push(length);
    parts.push(part);
    length += part.length;
    if (length >= nextPause) {
      nextPause += SLICE_CHARS;
      yield;
    }
  }
  return { text: parts.join('').slice(0, maxChars), nodes, starts };
}

/** The text node and offset of the squeezed text's character `at`. */
function boundaryOf(index: TextIndex, at: number): { node: Node; offset: number } {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  const node = index.nodes[lo];
  const value = node.nodeValue ?? '';
  let kept = at - index.starts[lo];
  let i = 0;
  for (; i < value.length; i++) {
    if (IGNORED_ONE.test(value[i])) continue;
    if (kept === 0) break;
    kept--;
  }
  return { node, offset: i };
}

/** Where the figure's words start in the squeezed page text, or -1. The `nth` time they appear in the sentence is used. */
function locate(index: TextIndex, sentence: string, figure: string, nth: number): number {
  let within = -1;
  for (let k = 0; k <= nth; k++) {
    within = sentence.indexOf(figure, within + 1);
    if (within < 0) return -1;
  }
  const whole = index.text.indexOf(sentence);
  if (whole >= 0) return whole + within;
  // The page breaks the sentence differently (a caption or an ad between its parts): try the words
  // around the figure, then those before it, then those after it, each long enough to be telling.
  const before = sentence.slice(Math.max(0, within - CONTEXT_CHARS), within);
  const after = sentence.slice(within + figure.length, within + figure.length + CONTEXT_CHARS);
  const tries: Array<[string, number]> = [[before + figure + after, before.length]];
  if (before.length >= MIN_CONTEXT_CHARS) tries.push([before + figure, before.length]);
  if (after.length >= MIN_CONTEXT_CHARS) tries.push([figure + after, 0]);
  for (const [near, lead] of tries) {
    const found = index.text.indexOf(near);
    if (found >= 0) return found + lead;
  }
  return -1;
}

/**
 * The spans of the targets' words in the page under `root`, in the targets' order, each found
 * within its sentence; a target not found (or found empty) is left out. The same words twice in one
 * sentence are two targets: the first gets the first place, the second the next.
 */
export function findFigureRanges(root: Node, targets: MarkTarget[], options: FindOptions = {}): FoundSpan[] {
  const steps = findFigureRangesSteps(root, targets, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** findFigureRanges in steps, to run one per idle slot (lib/page/run-steps.ts): no step reads more than a slice of the page. */
export function* findFigureRangesSteps(
  root: Node,
  targets: MarkTarget[],
  options: FindOptions = {},
): Generator<void, FoundSpan[], void> {
  const maxSpans = options.maxSpans ?? 50;
  if (targets.length === 0 || maxSpans <= 0) return [];
  const index = yield* indexText(root, options.maxChars ?? 300_000, options.maxNodes ?? 50_000);
  yield;
  const seen = new Map<string, number>();
  const spans: FoundSpan[] = [];
  for (let i = 0; i < targets.length && spans.length < maxSpans; i++) {
    const figure = squeeze(targets[i].text);
    const sentence = squeeze(targets[i].sentence);
    if (!figure || !sentence) continue;
    const key = `${figure}\u0000${sentence}`;
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    const at = locate(index, sentence, figure, nth);
    if (at < 0) continue;
    const start = boundaryOf(index, at);
    const last = boundaryOf(index, at + figure.length - 1);
    spans.push({
      index: i,
      startContainer: start.node,
      startOffset: start.offset,
      endContainer: last.node,
      endOffset: last.offset + 1,
    });
  }
  return spans;
}
