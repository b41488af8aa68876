// One figure line as text to paste: Markdown (a heading and a list, each entry with its value, what
// it counts, source, outlet, date and address) or plain text with the same facts.
import type { FigureLine } from '../types';
import { NO_SOURCE } from '../types';

export interface EntryAddress {
  /** The address of each entry's text: the page's for `null`, a corpus article's by its id. */
  (articleId: string | null): string | null;
}

const escapeMd = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');

function parts(entry: FigureLine['entries'][number], address: EntryAddress) {
  const f = entry.figure;
  return {
    value: f.text,
    counts: [f.counts, f.event].filter(Boolean).join(' ') || f.unit || '',
    source: f.source === NO_SOURCE ? NO_SOURCE : `according to ${f.source}`,
    outlet: entry.outlet ?? (entry.articleId === null ? 'this page' : 'outlet unknown'),
    date: entry.date ?? 'date unknown',
    url: address(entry.articleId),
  };
}

export function figureLineMarkdown(line: FigureLine, address: EntryAddress): string {
  const rows = line.entries.map((e) => {
    const p = parts(e, address);
    const outlet = p.url ? `[${escapeMd(p.outlet)}](<${p.url}>)` : escapeMd(p.outlet);
    return `- **${escapeMd(p.value)}** ${escapeMd(p.counts)} (${escapeMd(p.source)}) — ${outlet}, ${escapeMd(p.date)}`;
  });
  return `**${escapeMd(line.quantity)}**\n\n${rows.join('\n')}\n`;
}

export function figureLinePlainText(line: FigureLine, address: EntryAddress): string {
  const rows = line.entries.map((e) => {
    const p = parts(e, address);
    return `- ${p.value} ${p.counts} (${p.source}), ${p.outlet}, ${p.date}${p.url ? `, ${p.url}` : ''}`;
  });
  return `${line.quantity}\n${rows.join('\n')}\n`;
}
