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

/** Whitespace, controls, and the invisible characters the page reader drops (lib/page/clean-text.ts). */
function ignored(c: number): boolean {
  if (c <= 0x20) return true;
  if (c < 0x7f) return false;
  if (c <= 0xa0) return true;
  return (
    c === 0xad || c === 0x1680 || c === 0x180e || (c >= 0x2000 && c <= 0x200f) || (c >= 0x2028 && c <= 0x202f) ||
    (c >= 0x205f && c <= 0x206f) || c === 0x3000 || c === 0xfeff
  );
}

/** Whitespace and invisible characters removed: the form both sides are compared in. */
export function squeeze(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) if (!ignored(text.charCodeAt(i))) out += text[i];
  return out;
}

interface TextIndex {
  text: string;
  /** For each character of `text`, the text node it comes from (an index into `nodes`) and its offset there. */
  node: number[];
  offset: number[];
  nodes: Node[];
}

/** The visible text under `root`, squeezed, with where each character comes from. */
function indexText(root: Node, maxChars: number, maxNodes: number): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const parts: string[] = [];
  const node: number[] = [];
  const offset: number[] = [];
  const nodes: Node[] = [];
  let length = 0;
  for (let current = walker.nextNode(); current && length < maxChars && nodes.length < maxNodes; current = walker.nextNode()) {
    const parent = current.parentNode as Element | null;
    if (parent && SKIPPED.has((parent.localName ?? '').toLowerCase())) continue;
    const value = current.nodeValue ?? '';
    if (value.length === 0) continue;
    const n = nodes.push(current) - 1;
    for (let i = 0; i < value.length && length < maxChars; i++) {
      if (ignored(value.charCodeAt(i))) continue;
      parts.push(value[i]);
      node.push(n);
      offset.push(i);
      length++;
    }
  }
  return { text: parts.join(''), node, offset, nodes };
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
  const maxSpans = options.maxSpans ?? 50;
  if (targets.length === 0 || maxSpans <= 0) return [];
  const index = indexText(root, options.maxChars ?? 300_000, options.maxNodes ?? 50_000);
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
    const last = at + figure.length - 1;
    spans.push({
      index: i,
      startContainer: index.nodes[index.node[at]],
      startOffset: index.offset[at],
      endContainer: index.nodes[index.node[last]],
      endOffset: index.offset[last] + 1,
    });
  }
  return spans;
}
