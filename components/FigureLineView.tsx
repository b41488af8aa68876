import type { FigureLine } from '../lib/types';
import { NO_SOURCE } from '../lib/types';
import { formatDate } from './format-date';
import { Icon } from './Icon';

export type FigureLineViewProps = {
  line: FigureLine;
  /** The level of its heading, one below the section it stands in. */
  level?: 3 | 4;
  onOpen?: (articleId: string) => void;
};

type Entry = FigureLine['entries'][number];

/** Who reported an entry, in words: "This page (Mehr News Agency)" or the outlet's name. */
function entryWho(entry: Entry): string {
  if (entry.articleId === null) return entry.outlet ? `This page (${entry.outlet})` : 'This page';
  return entry.outlet ?? 'outlet unknown';
}

/** One quantity across texts in time order, each entry with its source, contradictions marked. */
export function FigureLineView({ line, level = 4, onOpen }: FigureLineViewProps) {
  const Title = level === 3 ? 'h3' : 'h4';
  const disputed = new Set(line.contradictions.flatMap((c) => [c.a, c.b]));
  return (
    <section class="figure-line" aria-label={line.quantity}>
      <Title class="figure-line-title">
        {line.quantity}
        {line.contradictions.length > 0 && (
          <span class="badge badge-warn">
            <Icon name="warning" size={12} />
            {line.contradictions.length === 1 ? 'Contradiction' : `${line.contradictions.length} contradictions`}
          </span>
        )}
      </Title>
      <ol class="timeline">
        {line.entries.map((entry, i) => {
          const flagged = disputed.has(i);
          const source = entry.figure.source === NO_SOURCE ? null : entry.figure.source;
          return (
            <li
              key={i}
              class={`timeline-entry${flagged ? ' is-disputed' : ''}${entry.articleId === null ? ' is-page' : ''}`}
            >
              <span class="timeline-date">{formatDate(entry.date)}</span>
              <span class="timeline-body">
                <span class="timeline-value">
                  {flagged && (
                    <span class="flag" title="Disagrees with another entry">
                      <Icon name="warning" size={12} />
                      <span class="visually-hidden">Disputed: </span>
                    </span>
                  )}
                  <strong>{entry.figure.text}</strong>
                </span>
                <span class="timeline-who">
                  {entry.articleId !== null && onOpen ? (
                    <button type="button" class="link-button" onClick={() => onOpen(entry.articleId!)}>
                      {entryWho(entry)}
                    </button>
                  ) : (
                    entryWho(entry)
                  )}
                </span>
                <span class="timeline-source">
                  {source ? `per ${source}` : <span class="unknown">{NO_SOURCE}</span>}
                </span>
              </span>
            </li>
          );
        })}
      </ol>
      {line.contradictions.map((c, i) => {
        const a = line.entries[c.a];
        const b = line.entries[c.b];
        if (!a || !b) return null;
        return (
          <p class="callout callout-warn" key={i}>
            <span class="callout-icon">
              <Icon name="warning" />
            </span>
            <span>
              <strong>Contradiction:</strong> {entryWho(a)} reports “{a.figure.text}”, {entryWho(b)} reports “
              {b.figure.text}”{c.why ? ` — ${c.why}` : ''}.
            </span>
          </p>
        );
      })}
    </section>
  );
}
