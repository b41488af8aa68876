import { useState } from 'preact/hooks';
import type { FigureLine } from '../lib/types';
import { figureLineMarkdown, figureLinePlainText } from '../lib/export/figure-copy';
import { useConnector } from './connector-context';
import { errorText } from './use-request';

export type CopyFigureLineProps = {
  line: FigureLine;
  /** The address of the page the line's page entry comes from, if any. */
  pageUrl?: string | null;
};

/** Copies one figure line, each entry with its value, what it counts, source, outlet, date and address: as Markdown or as plain text. */
export function CopyFigureLine({ line, pageUrl = null }: CopyFigureLineProps) {
  const connector = useConnector();
  const [note, setNote] = useState<string | null>(null);
  const copy = async (format: 'markdown' | 'text') => {
    try {
      const ids = [...new Set(line.entries.map((e) => e.articleId).filter((id): id is string => id !== null))];
      const articles = await Promise.all(ids.map((id) => connector.send('get-article', { id }).catch(() => null)));
      const urls = new Map(ids.map((id, i) => [id, articles[i]?.url ?? null]));
      const address = (id: string | null) => (id === null ? pageUrl : (urls.get(id) ?? null));
      const text = format === 'markdown' ? figureLineMarkdown(line, address) : figureLinePlainText(line, address);
      await navigator.clipboard.writeText(text);
      setNote(format === 'markdown' ? 'Copied as Markdown.' : 'Copied as text.');
    } catch (e) {
      setNote(`Couldn’t copy: ${errorText(e)}`);
    }
  };
  return (
    <div class="next-actions copy-figure-line">
      <button
        type="button"
        class="button button-quiet button-small"
        onClick={() => void copy('markdown')}
        aria-label={`Copy “${line.quantity}” as Markdown`}
      >
        Copy
      </button>
      <button
        type="button"
        class="button button-quiet button-small"
        onClick={() => void copy('text')}
        aria-label={`Copy as text: “${line.quantity}”`}
      >
        Copy as text
      </button>
      <span class="save-note" role="status">
        {note}
      </span>
    </div>
  );
}
