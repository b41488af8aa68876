import { useState } from 'preact/hooks';
import type { Settings } from '../lib/settings';
import { AppHeader } from './AppHeader';
import { useConnector } from './connector-context';
import { ImportPanel } from './ImportPanel';
import { KeepToggle } from './KeepToggle';
import { ShortcutList } from './ShortcutList';
import { useSettings } from './use-settings';
import { Icon } from './Icon';
import { pageHref } from './page-href';

function Step({ n, title, children }: { n: number; title: string; children: preact.ComponentChildren }) {
  return (
    <section class="panel" aria-labelledby={`step-${n}`}>
      <h2 id={`step-${n}`} class="panel-title welcome-step-title">
        <span class="step-number" aria-hidden="true">
          {n}
        </span>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The first-run page: what the extension does, its privacy promise, and the first choices. */
export function WelcomeApp() {
  const connector = useConnector();
  const { settings, save } = useSettings();
  const [permissionNote, setPermissionNote] = useState<string | null>(null);

  const chooseMode = (mode: Settings['readingMode']) => {
    if (mode === 'on-click') {
      setPermissionNote(null);
      void save({ readingMode: mode });
      return;
    }
    // Asked straight from the click: browsers grant permissions only inside a user gesture.
    connector.requestHostAccess().then((granted) => {
      if (granted) {
        setPermissionNote(null);
        void save({ readingMode: 'automatic' });
      } else {
        setPermissionNote(
          'Access to the sites you visit was not granted, so Reading Context reads a page only when you click its button.',
        );
      }
    });
  };

  return (
    <div class="app app-options">
      <AppHeader heading={false} />
      <main class="welcome-main">
        <h1 class="options-title">Welcome to Reading Context</h1>
        <p class="welcome-lead">
          Reading Context reads the news article you are on and shows, beside it, what your own corpus of articles
          already says about it.
        </p>
        <ul class="welcome-points">
          <li>
            <strong>Related articles</strong>
            <br />
            <span class="muted">
              Coverage of the same events, and whether the page is an article republished, with who published it first.
            </span>
          </li>
          <li>
            <strong>Figures</strong>
            <br />
            <span class="muted">
              Every number, what it counts and who is cited for it, lined up across your articles; contradictions
              marked.
            </span>
          </li>
          <li>
            <strong>Sources</strong>
            <br />
            <span class="muted">Who published, who wrote it, and who each claim is attributed to.</span>
          </li>
        </ul>
        <p class="callout callout-ok">
          <span class="callout-icon">
            <Icon name="blocked" />
          </span>
          <span>
            <strong>Nothing leaves your browser.</strong> Pages are read on this device, your corpus is stored on this
            device, and Reading Context makes no network request of its own: no account, no analytics, no server.
          </span>
        </p>

        <Step n={1} title="When to read pages">
          {settings && (
            <fieldset class="field">
              <legend class="visually-hidden">When to read pages</legend>
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
                  <span class="hint">
                    Nothing is read until you open Reading Context on a page. No access to your sites is needed.
                  </span>
                </span>
              </label>
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
                  <span class="hint">
                    Each article is read as it loads. Your browser will ask you to allow access to the sites you visit.
                  </span>
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
          )}
        </Step>

        <Step n={2} title="Grow your corpus as you read">
          <p class="muted">
            Two articles come with the extension. Your corpus is what makes it useful: keep what you read, or import
            articles you have.
          </p>
          <KeepToggle />
        </Step>

        <Step n={3} title="Import articles (optional)">
          <ImportPanel />
        </Step>

        <Step n={4} title="See it at work">
          <p class="muted">
            An example of what the popup shows on a news article that republishes one of the bundled articles.
          </p>
          <div class="next-actions">
            <a class="button button-primary" href={pageHref('popup.html?mock=1')} target="_blank">
              See the demo
            </a>
            <a class="button" href={pageHref('options.html')}>
              All settings
            </a>
          </div>
        </Step>

        <Step n={5} title="Keyboard shortcuts">
          <ShortcutList />
        </Step>
      </main>
    </div>
  );
}
