// Draws the page highlights: a quiet underline under each figure of the page the corpus also reports,
// and on hover or focus a card with the corpus figures and their sources. Everything lives in one
// shadow root on one element outside the page's body, positioned over the page: the page's text,
// layout and clicks are never touched (the underlines let the pointer through; hovering is found from
// the pointer's position), and the page's styles cannot reach in. Page and corpus text is set as text
// only. The element tells the page nothing: a name of random letters, no attributes (its own styles
// are inside), and in the published build a closed shadow root.
import type { FigureMark } from '@/lib/messages';
import type { FoundSpan } from '@/lib/marks/find-figure-ranges';
import { formatDate } from '@/components/format-date';
import { HIGHLIGHT_STYLES } from './highlight-styles';

export interface PlacedMark {
  mark: FigureMark;
  span: FoundSpan;
}

export interface HighlightLayer {
  remove(): void;
}

/** A custom element name of random letters ("qzkfw-hbrta"), new with each page load. */
function randomTagName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  const letters = Array.from(bytes, (b) => String.fromCharCode(97 + (b % 26))).join('');
  return `${letters.slice(0, 5)}-${letters.slice(5)}`;
}

const HOST_TAG = randomTagName();
// Closed, so the page's scripts cannot read what the user's corpus says; open in the e2e build only,
// where the browser tests look inside.
const SHADOW_MODE: ShadowRootMode = import.meta.env.MODE === 'e2e' ? 'open' : 'closed';
const CARD_ID = 'reading-context-card';
const GAP = 6;

interface Item {
  mark: FigureMark;
  range: Range;
  /** The focusable underline (the figure's first line), then one more per further line. */
  segments: HTMLElement[];
  /** Where the segments are, relative to the host, as last placed. */
  boxes: Array<{ left: number; top: number; right: number; bottom: number }>;
}

/** The rectangles of a range, those on one line joined, empty ones dropped. */
function lineRects(range: Range): DOMRect[] {
  const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
  const lines: DOMRect[] = [];
  for (const r of rects) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.top - r.top) < 3 && Math.abs(last.bottom - r.bottom) < 3 && r.left <= last.right + 2) {
      lines[lines.length - 1] = new DOMRect(
        last.left,
        Math.min(last.top, r.top),
        Math.max(last.right, r.right) - last.left,
        Math.max(last.bottom, r.bottom) - Math.min(last.top, r.top),
      );
    } else lines.push(r);
  }
  return lines;
}

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Fills the card with the corpus figures for one mark, as text. */
function fillCard(doc: Document, card: HTMLElement, mark: FigureMark): void {
  card.replaceChildren();
  const title = element(doc, 'p', 'card-title', 'Also in your corpus');
  const list = element(doc, 'ul', 'card-list');
  for (const entry of mark.corpus) {
    const li = element(doc, 'li', '');
    const what = [entry.counts, entry.event].filter(Boolean).join(' ') || mark.quantity;
    li.append(element(doc, 'span', 'card-figure', entry.text), ` ${what}`);
    li.append(element(doc, 'span', 'card-meta', `${entry.outlet ?? 'outlet unknown'} · ${formatDate(entry.date)}`));
    li.append(element(doc, 'span', 'card-source', `Source: ${entry.source}`));
    list.append(li);
  }
  card.append(title, list, element(doc, 'p', 'card-foot', `Reading Context · this page says ${mark.text}`));
}

/** Draws the marks; `remove()` takes every trace away again. Spans that no longer hold in the page are skipped. */
export function drawHighlights(doc: Document, placed: PlacedMark[]): HighlightLayer {
  const win = doc.defaultView!;
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: SHADOW_MODE });
  const style = doc.createElement('style');
  style.textContent = HIGHLIGHT_STYLES;
  const layer = element(doc, 'div', 'layer');
  const card = element(doc, 'div', 'card');
  card.id = CARD_ID;
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  root.append(style, layer);

  const items: Item[] = [];
  for (const { mark, span } of placed) {
    const range = doc.createRange();
    try {
      range.setStart(span.startContainer, span.startOffset);
      range.setEnd(span.endContainer, span.endOffset);
    } catch {
      continue; // the page changed under the span
    }
    const focusable = element(doc, 'div', 'mark');
    focusable.tabIndex = 0;
    focusable.setAttribute('role', 'button');
    focusable.setAttribute(
      'aria-label',
      `${mark.text} ${mark.quantity}: ${plural(mark.corpus.length, 'corpus figure')}`,
    );
    const item: Item = { mark, range, segments: [focusable], boxes: [] };
    focusable.addEventListener('focus', () => show(item));
    focusable.addEventListener('blur', () => hide(item));
    focusable.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') hide(item);
      else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        if (shown === item) hide(item);
        else show(item);
      }
    });
    items.push(item);
    layer.append(focusable);
  }
  layer.append(card);

  let shown: Item | null = null;
  function show(item: Item): void {
    if (shown && shown !== item) shown.segments.forEach((s) => s.classList.remove('active'));
    shown = item;
    item.segments.forEach((s) => s.classList.add('active'));
    fillCard(doc, card, item.mark);
    item.segments[0].setAttribute('aria-describedby', CARD_ID);
    card.hidden = false;
    placeCard();
  }
  function hide(item: Item): void {
    if (shown !== item) return;
    item.segments.forEach((s) => s.classList.remove('active'));
    item.segments[0].removeAttribute('aria-describedby');
    shown = null;
    card.hidden = true;
  }

  /** The card below the figure's first line, or above it when the viewport has no room below; always inside the viewport. */
  function placeCard(): void {
    if (!shown) return;
    const target = shown.segments.find((s) => s.style.display !== 'none')?.getBoundingClientRect();
    if (!target) return;
    const { width, height } = card.getBoundingClientRect();
    const left = Math.max(8, Math.min(target.left, win.innerWidth - width - 8));
    const below = target.bottom + GAP;
    const top =
      below + height <= win.innerHeight - 8 || target.top - GAP - height < 8 ? below : target.top - GAP - height;
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(top)}px`;
  }

  /** Puts each underline under its figure's words as they are laid out now. */
  function place(): void {
    const origin = host.getBoundingClientRect();
    for (const item of items) {
      const rects = lineRects(item.range);
      while (item.segments.length < Math.max(1, rects.length)) {
        const extra = element(doc, 'div', 'mark');
        extra.setAttribute('aria-hidden', 'true');
        if (shown === item) extra.classList.add('active');
        item.segments.push(extra);
        layer.insertBefore(extra, card);
      }
      item.boxes = [];
      item.segments.forEach((segment, i) => {
        const r = rects[i];
        if (!r) {
          segment.style.display = 'none';
          return;
        }
        const box = {
          left: r.left - origin.left,
          top: r.top - origin.top,
          right: r.right - origin.left,
          bottom: r.bottom - origin.top,
        };
        item.boxes.push(box);
        segment.style.display = '';
        segment.style.left = `${box.left}px`;
        segment.style.top = `${box.top}px`;
        segment.style.width = `${box.right - box.left}px`;
        segment.style.height = `${box.bottom - box.top}px`;
      });
      // A figure that is not shown (a collapsed section) is no stop for the keyboard either.
      item.segments[0].tabIndex = rects.length > 0 ? 0 : -1;
    }
    placeCard();
  }

  // Layout changes (resizing, a scrolled container, late images and fonts) move the words: place again, once a frame.
  let frame = 0;
  const schedulePlace = () => {
    if (!frame)
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        place();
      });
  };
  // Hover is found from the pointer's position, so the page keeps every click and selection.
  let pointer: { x: number; y: number } | null = null;
  let hoverFrame = 0;
  const onPointerMove = (event: PointerEvent) => {
    pointer = { x: event.clientX, y: event.clientY };
    if (!hoverFrame) hoverFrame = win.requestAnimationFrame(hitTest);
  };
  function hitTest(): void {
    hoverFrame = 0;
    if (!pointer) return;
    const origin = host.getBoundingClientRect();
    const x = pointer.x - origin.left;
    const y = pointer.y - origin.top;
    const hit = items.find((item) =>
      item.boxes.some((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom),
    );
    const focused = root.activeElement;
    if (hit) show(hit);
    else if (shown && shown.segments[0] !== focused) hide(shown);
  }
  const resizeObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(schedulePlace) : null;
  resizeObserver?.observe(doc.body ?? doc.documentElement);
  win.addEventListener('resize', schedulePlace, { passive: true });
  doc.addEventListener('scroll', schedulePlace, { passive: true, capture: true });
  doc.addEventListener('pointermove', onPointerMove, { passive: true, capture: true });

  doc.documentElement.append(host);
  place();

  return {
    remove() {
      resizeObserver?.disconnect();
      win.removeEventListener('resize', schedulePlace);
      doc.removeEventListener('scroll', schedulePlace, { capture: true });
      doc.removeEventListener('pointermove', onPointerMove, { capture: true });
      if (frame) win.cancelAnimationFrame(frame);
      if (hoverFrame) win.cancelAnimationFrame(hoverFrame);
      host.remove();
    },
  };
}
