import { AppHeader } from './AppHeader';
import { CorpusManager } from './CorpusManager';
import { FeedsPanel } from './FeedsPanel';
import { ReadingSettings } from './ReadingSettings';
import { KeepSettings } from './KeepSettings';
import { HistoryView } from './HistoryView';
import { ShortcutList } from './ShortcutList';
import { ExportMenu } from './ExportMenu';

/** The options page: how and where pages are read, and the corpus they are matched against. */
export function OptionsApp() {
  return (
    <div class="app app-options">
      <AppHeader heading={false} />
      <main class="options-main">
        <h1 class="options-title">Settings</h1>
        <p class="muted">
          Everything happens in this browser: pages are read here, your corpus is stored here, and nothing is sent
          anywhere. The only requests are to the feeds you subscribe to.
        </p>
        <section class="panel" aria-labelledby="reading-heading">
          <h2 id="reading-heading" class="panel-title">
            Reading
          </h2>
          <ReadingSettings />
        </section>
        <section class="panel" id="keep" aria-labelledby="keep-heading">
          <h2 id="keep-heading" class="panel-title">
            What I read
          </h2>
          <KeepSettings />
          <h3 class="subsection-title">History</h3>
          <HistoryView />
        </section>
        <section class="panel" id="corpus" aria-labelledby="corpus-heading">
          <h2 id="corpus-heading" class="panel-title">
            Corpus
          </h2>
          <CorpusManager />
          <h3 class="subsection-title">Export for other tools</h3>
          <ExportMenu />
        </section>
        <section class="panel" id="shortcuts" aria-labelledby="shortcuts-heading">
          <h2 id="shortcuts-heading" class="panel-title">
            Keyboard shortcuts
          </h2>
          <ShortcutList />
        </section>
        <section class="panel" aria-labelledby="feeds-heading">
          <h2 id="feeds-heading" class="panel-title">
            Feeds
          </h2>
          <FeedsPanel />
        </section>
      </main>
    </div>
  );
}
