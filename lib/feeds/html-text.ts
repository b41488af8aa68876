// Plain text from the HTML a feed carries (RSS `content:encoded` and `description`, Atom `content`,
// JSON Feed `content_html`), without a DOM: the service worker has none. A feed's markup is never
// rendered or kept: scripts, styles and embedded objects go with what they hold, block elements
// become paragraph breaks, every other tag is dropped, and character references are decoded last,
// so an escaped `&lt;script&gt;` comes out as the words it spells, never as markup.
import { decodeEntities, stripInvisible } from '../page/clean-text';

/** Largest HTML read from one item; the rest is dropped rather than slowing everything down. */
export const MAX_ITEM_HTML = 2_000_000;

/** Elements dropped with everything inside them. */
const DROPPED =
  /<(script|style|noscript|iframe|object|embed|svg|math|template|head|title|select|textarea|button|form|canvas|audio|video)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/** Elements whose start or end is a paragraph break. */
const BLOCK =
  /<\/?(?:p|div|section|article|aside|header|footer|main|nav|h[1-6]|ul|ol|li|dl|dt|dd|blockquote|pre|table|thead|tbody|tfoot|tr|td|th|figure|figcaption|hr|address|details|summary)\b[^>]*>/gi;

/** More named references than page metadata needs: the ones feed text commonly carries. */
const MORE_NAMED: Record<string, string> = {
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  deg: '°',
  plusmn: '±',
  times: '×',
  divide: '÷',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  sect: '§',
  para: '¶',
  shy: '',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  euml: 'ë',
  aacute: 'á',
  agrave: 'à',
  acirc: 'â',
  auml: 'ä',
  aring: 'å',
  atilde: 'ã',
  ccedil: 'ç',
  iacute: 'í',
  igrave: 'ì',
  icirc: 'î',
  iuml: 'ï',
  ntilde: 'ñ',
  oacute: 'ó',
  ograve: 'ò',
  ocirc: 'ô',
  ouml: 'ö',
  otilde: 'õ',
  oslash: 'ø',
  uacute: 'ú',
  ugrave: 'ù',
  ucirc: 'û',
  uuml: 'ü',
  yacute: 'ý',
  szlig: 'ß',
  Eacute: 'É',
  Aacute: 'Á',
  Ouml: 'Ö',
  Uuml: 'Ü',
  Auml: 'Ä',
  thinsp: ' ',
  ensp: ' ',
  emsp: ' ',
  sbquo: '‚',
  bdquo: '„',
  prime: '′',
  Prime: '″',
  minus: '−',
};

/** Decodes character references, the common named ones included; unknown names stay as written. */
export function decodeReferences(text: string): string {
  const named = text.replace(/&([a-zA-Z]{2,8});/g, (whole, name: string) => MORE_NAMED[name] ?? whole);
  return decodeEntities(named);
}

/**
 * The paragraphs of an HTML fragment as plain text, in order. Whitespace inside a paragraph is
 * collapsed; empty paragraphs are dropped.
 */
export function htmlToParagraphs(html: string): string[] {
  const bounded = html.length > MAX_ITEM_HTML ? html.slice(0, MAX_ITEM_HTML) : html;
  const text = bounded
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, inner: string) => inner.replace(/&/g, '&amp;').replace(/</g, '&lt;'))
    .replace(DROPPED, ' ')
    // An element left open at the end (a cut-off `<script>`) takes the rest with it.
    .replace(/<(script|style|iframe|object|svg|template)\b[\s\S]*$/i, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(BLOCK, '\n\n')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/<[!?][^>]*>/g, '');
  return stripInvisible(decodeReferences(text))
    .split(/\n\s*\n+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** One line of plain text from an HTML (or plain) string: a title, an author. */
export function htmlToLine(html: string, max = 2000): string {
  const line = htmlToParagraphs(html.length > max * 8 ? html.slice(0, max * 8) : html).join(' ');
  return line.length > max ? line.slice(0, max).trimEnd() : line;
}
