import type { Fact, OutletProfile } from '../lib/types';
import { useConnector } from './connector-context';
import { ExternalRef } from './ExternalRef';
import { useRequest } from './use-request';

const FACTS: Array<[keyof OutletProfile, string]> = [
  ['description', 'About'],
  ['country', 'Country'],
  ['ownership', 'Owned by'],
  ['affiliation', 'Affiliation'],
  ['articleUrlPattern', 'Article addresses'],
];

export type OutletProfileViewProps = {
  name: string | null;
  domain: string | null;
};

/** An outlet's profile, asked of the background by name or domain; says so when none exists. */
export function OutletProfileView({ name, domain }: OutletProfileViewProps) {
  const connector = useConnector();
  const state = useRequest(`${name}|${domain}`, () => connector.send('get-outlet', { name, domain }));
  if (state.status === 'loading') return <p class="muted">Looking up the outlet…</p>;
  if (state.status === 'failed') return <p class="muted">Couldn’t look up the outlet: {state.error}</p>;
  const profile = state.data;
  if (!profile) return <p class="muted">No profile for this outlet in Reading Context.</p>;
  const [first, ...others] = profile.names;
  return (
    <div class="outlet-profile">
      <p class="outlet-name">
        <strong>{first}</strong>
        {others.length > 0 && <span class="muted"> · also {others.join(', ')}</span>}
      </p>
      {profile.domains.length > 0 && <p class="muted small">{profile.domains.join(' · ')}</p>}
      <dl class="facts">
        {FACTS.map(([key, label]) => {
          const fact = profile[key] as Fact | null;
          if (!fact) return null;
          return (
            <div class="fact" key={key}>
              <dt>{label}</dt>
              <dd>
                {fact.value}
                <span class="fact-ref">
                  Reference: <ExternalRef refText={fact.ref} />
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
