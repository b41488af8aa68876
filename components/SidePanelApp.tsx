import { useEffect, useState } from 'preact/hooks';
import { AppHeader } from './AppHeader';
import { ArticleReader } from './ArticleReader';
import { LookupView } from './LookupView';
import { TabReportView } from './TabReportView';
import { useLookup } from './use-lookup';
import { useReader } from './use-reader';
import { useReport } from './use-report';
import { useTabId } from './use-tab-id';
import { SiteControls } from './SiteControls';
import { pageHref } from './page-href';

export type SidePanelAppProps = {
  /** The tab named in the page's address (`?tab=12`), else null to follow the active tab. */
  fixedTabId: number | null;
};

type View = 'page' | 'lookup';

/** The side panel: the active tab's report as the user moves between tabs, right-click lookups, and the reader. */
export function SidePanelApp({ fixedTabId }: SidePanelAppProps) {
  const tab = useTabId(fixedTabId, true);
  const tabId = tab.status === 'done' ? tab.tabId : null;
  const report = useReport(tabId);
  const reader = useReader();
  const [view, setView] = useState<View>('page');
  const lookup = useLookup(() => {
    setView('lookup');
    reader.close();
  });

  // A new tab brings its own report to the front.
  useEffect(() => {
    setView('page');
    reader.close();
  }, [tabId]);

  return (
    <div class="app app-sidepanel">
      <AppHeader>
        <span class="view-switch" role="group" aria-label="Show">
          <button
            type="button"
            class="switch-button"
            aria-pressed={view === 'page' && !reader.articleId}
            onClick={() => {
              reader.close();
              setView('page');
            }}
          >
            This page
          </button>
          <button
            type="button"
            class="switch-button"
            aria-pressed={view === 'lookup' && !reader.articleId}
            onClick={() => {
              reader.close();
              setView('lookup');
            }}
          >
            Lookup
          </button>
        </span>
        <a class="button button-quiet settings-link" href={pageHref('options.html')} target="_blank" title="Settings">
          <span aria-hidden="true">⚙</span>
          <span class="visually-hidden">Settings</span>
        </a>
      </AppHeader>
      <main class="app-main">
        {reader.articleId && <ArticleReader id={reader.articleId} onBack={reader.close} />}
        <div hidden={reader.articleId !== null || view !== 'page'}>
          {tab.status === 'done' && <TabReportView tabId={tabId} report={report} onOpenArticle={reader.open} whyNot />}
          {tabId !== null && report.state.status === 'done' && report.state.report && (
            <SiteControls tabId={tabId} url={report.state.report.url} />
          )}
        </div>
        <div hidden={reader.articleId !== null || view !== 'lookup'}>
          <LookupView lookup={lookup} onOpen={reader.open} />
        </div>
      </main>
    </div>
  );
}
