import { COMMANDS, keysLabel } from '../lib/commands';

const isMac = () => typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform || navigator.userAgent);

/** The keyboard shortcuts and their default keys; the browser's own shortcuts page changes them. */
export function ShortcutList() {
  const mac = isMac();
  return (
    <div>
      <dl class="shortcuts" aria-label="Keyboard shortcuts">
        {COMMANDS.map((c) => (
          <div key={c.name} style={{ display: 'contents' }}>
            <dt>
              {keysLabel(mac ? c.keys.mac : c.keys.default)
                .split('+')
                .map((k, i) => (
                  <>
                    {i > 0 && '+'}
                    <kbd>{k}</kbd>
                  </>
                ))}
            </dt>
            <dd>{c.description}</dd>
          </div>
        ))}
      </dl>
      <p class="hint">
        These are the defaults. Change them in your browser’s extension shortcuts page (chrome://extensions/shortcuts,
        or Firefox’s Add-ons Manager → Manage Extension Shortcuts).
      </p>
    </div>
  );
}
