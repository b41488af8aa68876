import { useId } from 'preact/hooks';
import { useSettings } from './use-settings';

/** The "keep what I read" switch, as the welcome page, the options and the empty states offer it. */
export function KeepToggle({ compact = false }: { compact?: boolean }) {
  const { settings, save } = useSettings();
  const id = useId();
  if (!settings) return null;
  return (
    <label class="check" for={id}>
      <input
        id={id}
        type="checkbox"
        checked={settings.keepRead}
        onChange={(e) => void save({ keepRead: (e.target as HTMLInputElement).checked })}
      />
      <span>
        <strong>Keep the articles I read</strong>
        {!compact && (
          <span class="hint">
            Every article Reading Context reads (on a site not on your never-read list) joins your corpus, on this
            device only, so the next page finds what you read before. Off until you turn it on.
          </span>
        )}
      </span>
    </label>
  );
}
