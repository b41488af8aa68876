import { useState } from 'preact/hooks';
import type { Match } from '../lib/types';
import { migrateSettings } from '../lib/settings';
import { useConnector } from './connector-context';
import { formatDate } from './format-date';
import { percent } from './match-strength';
import { MatchStrength } from './MatchStrength';
import { ReasonChips } from './ReasonChips';
import { EstimateText } from './EstimateText';

export type NearestListProps = {
  /** The best corpus articles that scored under the threshold. */
  nearest: Match[];
  /** The threshold the report was made with. */
  threshold: number;
  /** Whether anything cleared it: the list opens by itself when nothing did. */
  anyShown: boolean;
  onOpen: (id: string) => void;
  /** Reads the page again (after the threshold changed). */
  onRead: () => void;
};

/** A threshold just under a score, in whole percent, never below the settings' floor. */
export function thresholdFor(score: number): number {
  return Math.max(0.05, Math.floor(score * 100 - 1) / 100);
}

/**
 * Why not: the nearest corpus articles that fell under the threshold, with their score and what
 * they share, and a button that lowers the threshold to show the nearest and reads the page again.
 */
export function NearestList({ nearest, threshold, anyShown, onOpen, onRead }: NearestListProps) {
  const connector = useConnector();
  const [saving, setSaving] = useState<'idle' | 'saving' | 'failed'>('idle');
  if (nearest.length === 0) return null;
  const lower = thresholdFor(nearest[0].score);
  const lowerTo = async () => {
    setSaving('saving');
    try {
      const settings = migrateSettings(await connector.getSettings());
      await connector.saveSettings({ ...settings, threshold: lower });
      setSaving('idle');
      onRead();
    } catch {
      setSaving('failed');
    }
  };
  return (
    <details class="why-not" open={!anyShown}>
      <summary>
        Why not others? The nearest {nearest.length === 1 ? 'article' : `${nearest.length} articles`} under your
        threshold ({percent(threshold)}%)
      </summary>
      <ul class="card-list why-not-list" aria-label="Nearest articles under the threshold">
        {nearest.map((m) => (
          <li key={m.id}>
            <article class="card why-not-card">
              <div class="card-top">
                <span class="below">{percent(threshold - m.score)} points under</span>
                <MatchStrength score={m.score} />
              </div>
              <h3 class="card-title">
                <button type="button" class="title-button" onClick={() => onOpen(m.id)}>
                  {m.title || 'Untitled article'}
                </button>
              </h3>
              <p class="meta">
                {m.outlet ?? 'outlet unknown'} ·{' '}
                {m.published ? (
                  formatDate(m.published)
                ) : m.estimatedDate ? (
                  <EstimateText estimate={m.estimatedDate} />
                ) : (
                  'date unknown'
                )}
              </p>
              {m.shared.names.length + m.shared.terms.length + m.shared.figures.length > 0 ? (
                <ReasonChips shared={m.shared} limit={5} />
              ) : (
                <p class="meta">They share no name, figure or distinctive term.</p>
              )}
            </article>
          </li>
        ))}
      </ul>
      <p class="why-not-action">
        <button type="button" class="button" disabled={saving === 'saving'} onClick={() => void lowerTo()}>
          Lower the threshold to {percent(lower)}%
        </button>
        <span class="muted">
          {saving === 'failed' ? 'The setting could not be saved.' : 'You can raise it again in the options.'}
        </span>
      </p>
    </details>
  );
}
