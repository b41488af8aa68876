import type { Source } from '../lib/types';
import { SourceItem } from './SourceItem';
import { NextActions, type NextAction } from './NextActions';

export type SourceListProps = {
  sources: Source[];
  /** What to say when there are none. */
  empty?: string;
  /** What an empty list offers to do next. */
  actions?: NextAction[];
};

/** The sources a text cites, in the order given (numbered, as the reader marks sentences). */
export function SourceList({ sources, empty = 'No one is cited by name in this text.', actions }: SourceListProps) {
  if (sources.length === 0 && actions) {
    return (
      <div class="empty">
        <p>{empty}</p>
        <NextActions actions={actions} />
      </div>
    );
  }
  if (sources.length === 0) return <p class="empty">{empty}</p>;
  return (
    <ol class="card-list source-list" aria-label="Sources cited">
      {sources.map((source, i) => (
        <li key={`${i}-${source.name}`}>
          <SourceItem source={source} number={i + 1} />
        </li>
      ))}
    </ol>
  );
}
