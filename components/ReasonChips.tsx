import type { MatchReasons } from '../lib/types';

export type ReasonChipsProps = {
  shared: MatchReasons;
  /** At most this many chips per kind; the rest are counted. */
  limit?: number;
};

const KINDS: Array<[keyof MatchReasons, string]> = [
  ['names', 'Shared names'],
  ['figures', 'Shared figures'],
  ['terms', 'Shared terms'],
];

/** Why a match was made: the names, figures and terms both texts share, as small chips. */
export function ReasonChips({ shared, limit = 6 }: ReasonChipsProps) {
  const groups = KINDS.filter(([kind]) => shared[kind].length > 0);
  if (groups.length === 0) return null;
  return (
    <dl class="reasons">
      {groups.map(([kind, label]) => {
        const items = shared[kind];
        const shown = items.slice(0, limit);
        return (
          <div class="reason-group" key={kind}>
            <dt>{label}</dt>
            <dd>
              <ul class="chips">
                {shown.map((item, i) => (
                  <li class={`chip chip-${kind}`} key={`${i}-${item}`}>
                    {item}
                  </li>
                ))}
                {items.length > shown.length && <li class="chip chip-more">+{items.length - shown.length} more</li>}
              </ul>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
