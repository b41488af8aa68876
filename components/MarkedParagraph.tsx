import type { ArticleMark } from './article-marks';
import type { Segment } from './segment-text';

export type MarkedParagraphProps = {
  segments: Array<Segment<ArticleMark>>;
};

/** One paragraph as text runs: figures highlighted, attributed sentences underlined and numbered by source. */
export function MarkedParagraph({ segments }: MarkedParagraphProps) {
  return (
    <p class="reader-paragraph">
      {segments.map((segment, i) => {
        const figure = segment.marks.find((m) => m.data.kind === 'figure');
        const source = segment.marks.find((m) => m.data.kind === 'source');
        let node = figure ? <mark class="mark-figure">{segment.text}</mark> : <>{segment.text}</>;
        if (source && source.data.kind === 'source') {
          const ends = source.end === segment.start + segment.text.length;
          node = (
            <span class="mark-attributed">
              {node}
              {ends && (
                <sup class="source-ref" title={`Attributed to ${source.data.name}`}>
                  <span aria-hidden="true">{source.data.number}</span>
                  <span class="visually-hidden"> (attributed to {source.data.name})</span>
                </sup>
              )}
            </span>
          );
        }
        return <span key={i}>{node}</span>;
      })}
    </p>
  );
}
