// Turns an element tree (Readability's article, or a whole body when Readability is skipped) into
// paragraphs of plain text: each block element is a paragraph, inline text joins its neighbours, and
// reading stops once enough text is collected, so a huge page costs no more than the cap.

/** Elements whose text is never article text. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'head',
  'select',
  'button',
  'input',
  'textarea',
]);

/** Elements that start and end a paragraph. */
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'figure',
  'figcaption',
  'address',
  'details',
  'summary',
  'form',
  'fieldset',
  'legend',
  'hr',
  'br',
  'body',
  'html',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The paragraphs of `root`, in order, until about `maxChars` characters are collected. */
export function readParagraphs(root: Node, maxChars: number, extraSkipped: ReadonlySet<string> = new Set()): string[] {
  const paragraphs: string[] = [];
  let total = 0;
  let buffer = '';
  const flush = () => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    buffer = '';
    if (!text) return;
    paragraphs.push(text);
    total += text.length + 2;
  };

  // An explicit stack instead of recursion: malformed pages nest thousands of elements deep.
  // An entry is a node to visit, or the name of a block element whose end has been reached.
  const stack: Array<Node | string> = [root];
  while (stack.length && total < maxChars) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      flush();
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      if (buffer.length < maxChars) buffer += item.nodeValue ?? '';
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE && item !== root) continue;
    const tag = ((item as Element).localName ?? '').toLowerCase();
    if (SKIPPED.has(tag) || extraSkipped.has(tag)) continue;
    const block = BLOCKS.has(tag);
    if (block) {
      flush();
      stack.push(tag);
    }
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  flush();
  return paragraphs;
}
