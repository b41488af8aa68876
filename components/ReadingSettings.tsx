import { useEffect, useId, useState } from 'preact/hooks';
import type { Settings } from '../lib/settings';
import { useConnector } from './connector-context';
import { thresholdWords } from './match-strength';
import { NeverReadEditor } from './NeverReadEditor';
import { errorText } from './use-request';
import { Icon } from './Icon';

/** The reading settings: when to read, sites never read, how close a match must be, badge and page marks. */
export function ReadingSettings() {
  const connector = useConnector();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [threshold, setThreshold] = useState<number | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [permissionNote, setPermissionNote] = useState<string | null>(null);
  const ids = { threshold: useId(), thresholdWords: useId(), badge: useId(), marks: useId() };

  useEffect(() => {
    connector.getSettings().then(setSettings, (e: unknown) => setNote(`Couldn’t load the settings: ${errorText(e)}`));
    return connector.onSettingsChange(setSettings);
  }, [connector]);

  if (!settings) return <p class="muted">{note ?? 'Loading settings…'}</p>;

  const save = (change: Partial<Settings>) => {
    const next = { ...settings, ...change };
    setSettings(next);
    connector.saveSettings(next).then(
      () => setNote('Saved. It takes effect right away.'),
      (e: unknown) => setNote(`Couldn’t save: ${errorText(e)}`),
    );
  };

  const chooseMode = (mode: Settings['readingMode']) => {
    if (mode === 'on-click') {
      setPermissionNote(null);
      save({ readingMode: mode });
      return;
    }
    // Asked straight from the click: browsers grant permissions only inside a user gesture.
    connector.requestHostAccess().then((granted) => {
      if (granted) {
        setPermissionNote(null);
        save({ readingMode: 'automatic' });
      } else {
        setSettings({ ...settings, readingMode: 'on-click' });
        setPermissionNote(
          'Reading automatically needs access to the sites you visit, and it was not granted. Reading Context stays on “only when I click”.',
        );
      }
    });
  };

  const shownThreshold = threshold ?? settings.threshold;

  return (
    <div class="settings">
      <fieldset class="field">
        <legend>When to read pages</legend>
        <label class="choice">
          <input
            type="radio"
            name="readingMode"
            value="automatic"
            checked={settings.readingMode === 'automatic'}
            onChange={() => chooseMode('automatic')}
          />
          <span>
            <strong>Automatically, on every site</strong>
            <span class="hint">Each article you open is read on this device as it loads.</span>
          </span>
        </label>
        <label class="choice">
          <input
            type="radio"
            name="readingMode"
            value="on-click"
            checked={settings.readingMode === 'on-click'}
            onChange={() => chooseMode('on-click')}
          />
          <span>
            <strong>Only when I click the button</strong>
            <span class="hint">Nothing is read until you open Reading Context on a page.</span>
          </span>
        </label>
        {permissionNote && (
          <p class="callout callout-warn" role="alert">
            <span class="callout-icon">
              <Icon name="warning" />
            </span>
            <span>{permissionNote}</span>
          </p>
        )}
      </fieldset>

      <fieldset class="field">
        <legend>Sites never to read</legend>
        <NeverReadEditor hosts={settings.neverRead} onChange={(neverRead) => save({ neverRead })} />
      </fieldset>

      <div class="field">
        <label class="field-label" for={ids.threshold}>
          How close a match must be
        </label>
        <div class="slider-row">
          <span class="hint" aria-hidden="true">
            Looser
          </span>
          <input
            id={ids.threshold}
            type="range"
            min={0.05}
            max={0.9}
            step={0.05}
            value={shownThreshold}
            aria-describedby={ids.thresholdWords}
            aria-valuetext={`${Math.round(shownThreshold * 100)}%: ${thresholdWords(shownThreshold)}`}
            onInput={(e) => setThreshold(Number((e.target as HTMLInputElement).value))}
            onChange={(e) => {
              setThreshold(null);
              save({ threshold: Number((e.target as HTMLInputElement).value) });
            }}
          />
          <span class="hint" aria-hidden="true">
            Stricter
          </span>
        </div>
        <p id={ids.thresholdWords} class="slider-words">
          <strong>{Math.round(shownThreshold * 100)}%</strong> · {thresholdWords(shownThreshold)}
        </p>
      </div>

      <div class="field">
        <label class="check" for={ids.badge}>
          <input
            id={ids.badge}
            type="checkbox"
            checked={settings.badge}
            onChange={(e) => save({ badge: (e.target as HTMLInputElement).checked })}
          />
          <span>
            <strong>Badge on the toolbar button</strong>
            <span class="hint">The number of related articles for the page.</span>
          </span>
        </label>
        <label class="check" for={ids.marks}>
          <input
            id={ids.marks}
            type="checkbox"
            checked={settings.markFigures}
            onChange={(e) => save({ markFigures: (e.target as HTMLInputElement).checked })}
          />
          <span>
            <strong>Mark figures in the page</strong>
            <span class="hint">
              Underline the figures in the article that your corpus also reports; hover or focus one to see the corpus
              figures and their sources.
            </span>
          </span>
        </label>
      </div>

      <p class="save-note" role="status">
        {note}
      </p>
    </div>
  );
}
