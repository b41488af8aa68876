// The manifest's keyboard shortcuts for each browser: Chrome's action and side panel, Firefox's
// sidebar, MV2's browser action; four at most (the browsers' limit of suggested keys).
import { describe, expect, it } from 'vitest';
import { COMMANDS, manifestCommands } from '../../lib/commands';

describe('keyboard shortcuts', () => {
  it('name the action, side panel or sidebar as each browser expects', () => {
    expect(Object.keys(manifestCommands({ firefox: false, mv3: true })).sort()).toEqual([
      '_execute_action',
      'look-up-selection',
      'open-side-panel',
      'save-page',
    ]);
    expect(Object.keys(manifestCommands({ firefox: true, mv3: true })).sort()).toEqual([
      '_execute_action',
      '_execute_sidebar_action',
      'look-up-selection',
      'save-page',
    ]);
    expect(Object.keys(manifestCommands({ firefox: true, mv3: false })).sort()).toEqual([
      '_execute_browser_action',
      '_execute_sidebar_action',
      'look-up-selection',
      'save-page',
    ]);
  });
  it('have four distinct defaults with a modifier and a letter', () => {
    expect(COMMANDS).toHaveLength(4);
    expect(new Set(COMMANDS.map((c) => c.keys.default)).size).toBe(4);
    for (const c of COMMANDS) expect(c.keys.default).toMatch(/^Alt\+Shift\+[A-Z]$/);
    for (const c of COMMANDS) expect(c.keys.mac).toMatch(/^MacCtrl\+Shift\+[A-Z]$/);
  });
});
