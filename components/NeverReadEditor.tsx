import { useId, useState } from 'preact/hooks';
import { normalizeHost } from '../lib/reading-rules';

export type NeverReadEditorProps = {
  hosts: string[];
  onChange: (hosts: string[]) => void;
};

/** The list of sites never to read: add a host (or paste an address), remove one. */
export function NeverReadEditor({ hosts, onChange }: NeverReadEditorProps) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();

  const add = (event: Event) => {
    event.preventDefault();
    const host = normalizeHost(draft);
    if (!host) {
      setProblem(
        draft.trim()
          ? `“${draft.trim()}” isn’t a site address. Try a host like example.com.`
          : 'Type a site first, like example.com.',
      );
      return;
    }
    if (hosts.includes(host)) {
      setProblem(`${host} is already on the list.`);
      return;
    }
    setProblem(null);
    setDraft('');
    onChange([...hosts, host].sort());
  };

  return (
    <div class="never-read">
      <form class="inline-form" onSubmit={add}>
        <label for={inputId}>Add a site</label>
        <input
          id={inputId}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="example.com"
          value={draft}
          aria-describedby={hintId}
          aria-invalid={problem ? true : undefined}
          onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="button">
          Add
        </button>
      </form>
      <p id={hintId} class={problem ? 'field-error' : 'hint'} role={problem ? 'alert' : undefined}>
        {problem ?? 'A site also covers its subdomains.'}
      </p>
      {hosts.length === 0 ? (
        <p class="muted">No sites yet: Reading Context may read every site.</p>
      ) : (
        <ul class="host-list" aria-label="Sites never read">
          {hosts.map((host) => (
            <li key={host}>
              <span class="host">{host}</span>
              <button
                type="button"
                class="button button-quiet"
                aria-label={`Remove ${host}`}
                onClick={() => onChange(hosts.filter((h) => h !== host))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
