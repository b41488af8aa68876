import { useSettings } from './use-settings';
import { SavePageButton } from './SavePageButton';
import { pageHref } from './page-href';

export type NextAction = 'save' | 'import' | 'keep' | 'settings';

export type NextActionsProps = {
  actions: NextAction[];
  /** The tab whose page "Save this page" saves. */
  tabId?: number | null;
  /** Links open in a new tab (from the popup and the side panel), or in this one (the options page). */
  newTab?: boolean;
};

/** What an empty state offers to do next: save the page, import, keep what is read, the settings. */
export function NextActions({ actions, tabId = null, newTab = true }: NextActionsProps) {
  const { settings, save } = useSettings();
  const target = newTab ? '_blank' : undefined;
  return (
    <div class="next-actions" role="group" aria-label="What to do next">
      {actions.includes('save') && tabId !== null && <SavePageButton tabId={tabId} />}
      {actions.includes('import') && (
        <a class="button button-small" href={pageHref('options.html#corpus')} target={target}>
          Import articles
        </a>
      )}
      {actions.includes('keep') && settings && !settings.keepRead && (
        <button type="button" class="button button-small" onClick={() => void save({ keepRead: true })}>
          Turn on “keep what I read”
        </button>
      )}
      {actions.includes('keep') && settings?.keepRead && (
        <span class="meta">Keeping what you read: your corpus grows as you read.</span>
      )}
      {actions.includes('settings') && (
        <a class="button button-quiet button-small" href={pageHref('options.html')} target={target}>
          Settings
        </a>
      )}
    </div>
  );
}
