import { useState } from 'preact/hooks';
import { useConnector } from './connector-context';
import { errorText } from './use-request';

export type SavePageButtonProps = {
  tabId: number;
};

/** Saves the page to the user's corpus, so later pages can be matched against it; says how it went. */
export function SavePageButton({ tabId }: SavePageButtonProps) {
  const connector = useConnector();
  const [state, setState] = useState<{ busy: boolean; note: string | null }>({ busy: false, note: null });
  const save = () => {
    setState({ busy: true, note: null });
    connector.send('save-page', { tabId }).then(
      (r) =>
        setState({ busy: false, note: r.message || (r.ok ? 'Saved to your corpus.' : 'Couldn’t save this page.') }),
      (e: unknown) => setState({ busy: false, note: `Couldn’t save this page: ${errorText(e)}` }),
    );
  };
  return (
    <div class="save-page">
      <button type="button" class="button button-quiet button-small" onClick={save} disabled={state.busy}>
        {state.busy ? 'Saving…' : 'Save to my corpus'}
      </button>
      <span class="save-note" role="status">
        {state.note}
      </span>
    </div>
  );
}
