import { useId, useState } from 'preact/hooks';
import type { Source } from '../lib/types';

export type SourceItemProps = {
  source: Source;
  /** Its number in the list, as the reader's margin marks refer to it. */
  number: number;
};

const KIND_LABELS: Record<Source['kind'], string> = {
  person: 'Person',
  organization: 'Organization',
  outlet: 'News outlet',
  government: 'Government',
  military: 'Military',
};

/** One cited source: who, what kind, how often, through which outlet, the cue words, and (expandable) what they back. */
export function SourceItem({ source, number }: SourceItemProps) {
  const [open, setOpen] = useState(false);
  const backed = source.figures.length + source.quotes.length + source.sentences.length;
  const count = source.sentences.length;
  const bodyId = useId();
  return (
    <article class="card source-item">
      <div class="source-head">
        <span class="source-number" aria-hidden="true">
          {number}
        </span>
        <h3 class="source-name">{source.name}</h3>
        <span class={`badge badge-kind badge-${source.kind}`}>{KIND_LABELS[source.kind] ?? source.kind}</span>
      </div>
      <p class="meta">
        Cited in {count} {count === 1 ? 'sentence' : 'sentences'}
        {source.via && <> · via {source.via}</>}
      </p>
      {source.descriptions && source.descriptions.length > 0 && (
        <p class="source-descriptions">{source.descriptions.join('; ')}</p>
      )}
      {source.cue.length > 0 && (
        <p class="cues">
          <span class="cues-label">Cue words</span>
          <span class="chips">
            {source.cue.map((cue, i) => (
              <span class="chip chip-cue" key={`${i}-${cue}`}>
                {cue}
              </span>
            ))}
          </span>
        </p>
      )}
      {backed > 0 && (
        <div class="disclosure">
          <button
            type="button"
            class="disclosure-button"
            aria-expanded={open}
            aria-controls={bodyId}
            onClick={() => setOpen(!open)}
          >
            <span class="disclosure-icon" aria-hidden="true" />
            What they back
            {source.figures.length > 0 &&
              ` · ${source.figures.length} ${source.figures.length === 1 ? 'figure' : 'figures'}`}
          </button>
          {open && (
            <div class="disclosure-body" id={bodyId}>
              {source.figures.length > 0 && (
                <>
                  <h4 class="mini-title">Figures</h4>
                  <ul class="chips">
                    {source.figures.map((f, i) => (
                      <li class="chip chip-figures" key={`${i}-${f}`}>
                        {f}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {source.quotes.length > 0 && (
                <>
                  <h4 class="mini-title">Quoted</h4>
                  <ul class="quotes">
                    {source.quotes.map((q, i) => (
                      <li key={i}>
                        <q>{q}</q>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {source.sentences.length > 0 && (
                <>
                  <h4 class="mini-title">Claims</h4>
                  <ul class="claims">
                    {source.sentences.map((s, i) => (
                      <li key={i}>{s}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          )}
        </div>
      )}
    </article>
  );
}
