import type { Match } from '../lib/types';

export type RelationLabelProps = {
  relation: Match['relation'];
};

/** "Same article" or "Related", as a labelled badge with its own glyph. */
export function RelationLabel({ relation }: RelationLabelProps) {
  return relation === 'same-article' ? (
    <span class="badge badge-same">
      <span aria-hidden="true">⧉ </span>Same article
    </span>
  ) : (
    <span class="badge badge-related">
      <span aria-hidden="true">↔ </span>Related
    </span>
  );
}
