// The keyboard shortcuts: their names, what they do and their default keys, for the manifest
// (wxt.config.ts), the background that answers them, and the pages that list them. The defaults
// use Alt+Shift (Ctrl+Shift on a Mac, where Option+Shift types characters) with letters neither
// Chrome, Edge, Firefox nor ChromeOS use for their own shortcuts (Alt+Shift+R is Chrome's: it leaves
// an extension's command that asks for it without a key; the end-to-end test checks each is assigned).

export interface CommandInfo {
  /** The manifest's command name. */
  name: string;
  description: string;
  /** Default keys by platform: `default` everywhere, `mac` on macOS. */
  keys: { default: string; mac: string };
}

/** Opens the side panel (Chrome's side panel; Firefox opens its sidebar through `_execute_sidebar_action`). */
export const OPEN_SIDE_PANEL = 'open-side-panel';
export const SAVE_PAGE = 'save-page';
export const LOOK_UP_SELECTION = 'look-up-selection';

export const COMMANDS: CommandInfo[] = [
  {
    name: '_execute_action',
    description: 'Open Reading Context on this page',
    keys: { default: 'Alt+Shift+E', mac: 'MacCtrl+Shift+E' },
  },
  {
    name: OPEN_SIDE_PANEL,
    description: 'Open the side panel',
    keys: { default: 'Alt+Shift+Y', mac: 'MacCtrl+Shift+Y' },
  },
  {
    name: SAVE_PAGE,
    description: 'Save this page to your corpus',
    keys: { default: 'Alt+Shift+K', mac: 'MacCtrl+Shift+K' },
  },
  {
    name: LOOK_UP_SELECTION,
    description: 'Look up the selected text in your corpus',
    keys: { default: 'Alt+Shift+U', mac: 'MacCtrl+Shift+U' },
  },
];

/** The manifest's `commands` for a browser: Firefox's sidebar has its own command name, and MV2 calls the action `_execute_browser_action`. */
export function manifestCommands(options: {
  firefox: boolean;
  mv3: boolean;
}): Record<string, { description: string; suggested_key: { default: string; mac: string } }> {
  const out: Record<string, { description: string; suggested_key: { default: string; mac: string } }> = {};
  for (const c of COMMANDS) {
    let name = c.name;
    if (name === '_execute_action' && !options.mv3) name = '_execute_browser_action';
    if (name === OPEN_SIDE_PANEL && options.firefox) name = '_execute_sidebar_action';
    out[name] = { description: c.description, suggested_key: { ...c.keys } };
  }
  return out;
}

/** "MacCtrl+Shift+R" as a Mac shows it ("Ctrl+Shift+R"). */
export const keysLabel = (keys: string) => keys.replace('MacCtrl', 'Ctrl');
