import type { Match } from '../lib/types';
import { Icon } from './Icon';

export type RelationLabelProps = {
  relation: Match['relation'];
};

/** "Same article" or "Related", as a labelled badge with its own glyph. */
export function RelationLabel({ relation }: RelationLabelProps) {
  return relation === 'same-article' ? (
    <span class="badge badge-same">
      <Icon name="same" size={12} />
      Same article
    </span>
  ) : (
    <span class="badge badge-related">
      <Icon name="related" size={12} />
      Related
    </span>
  );
}
