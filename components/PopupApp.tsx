import { useState } from 'preact/hooks';
import type { TabReport } from '../lib/types';
import { AppHeader } from './AppHeader';
import { ArticleReader } from './ArticleReader';
import { useConnector } from './connector-context';
import { TabReportView } from './TabReportView';
import { useReader } from './use-reader';
import { useReport } from './use-report';
import { useTabId } from './use-tab-id';
import { Icon } from './Icon';
import { CorpusPeek } from './CorpusPeek';
import { CorpusHealthNote } from './CorpusHealthNote';
import { SiteControls } from './SiteControls';
import { pageHref } from './page-href';
import { sidePanelName } from './panel-name';

export type PopupAppProps = {
  /** The tab named in the page's address (`?tab=12`), else null for the active tab. */
  fixedTabId: number | null;
  /** The tab's kept report when it was read before the first render, so the popup opens on it. */
  initialReport?: TabReport | null;
};

/** The toolbar popup: the active tab's report, the corpus article reader, and a way to the side panel. */
export function PopupApp({ fixedTabId, initialReport = null }: PopupAppProps) {
  const connector = useConnector();
  const tab = useTabId(fixedTabId, false);
  const tabId = tab.status === 'done' ? tab.tabId : null;
  const report = useReport(tabId, initialReport);
  const reader = useReader();
  const [panelNote, setPanelNote] = useState<string | null>(null);
  const panelName = sidePanelName();

  const openSidePanel = () => {
    if (tabId === null) return;
    // No await before this call: the side panel opens only inside the click's user gesture.
    connector.openSidePanel(tabId).then(
      (ok) => setPanelNote(ok ? null : `This browser couldn’t open the ${panelName}.`),
      () => setPanelNote(`This browser couldn’t open the ${panelName}.`),
    );
  };

  return (
    <div class="app app-popup">
      <AppHeader>
        <button type="button" class="button button-quiet" onClick={openSidePanel} disabled={tabId === null}>
          <Icon name="panel" />
          {panelName === 'sidebar' ? 'Open sidebar' : 'Open side panel'}
        </button>
        <a class="button button-quiet settings-link" href={pageHref('options.html')} target="_blank" title="Settings">
          <span aria-hidden="true">⚙</span>
          <span class="visually-hidden">Settings</span>
        </a>
      </AppHeader>
      {panelNote && (
        <p class="notice" role="status">
          {panelNote}
        </p>
      )}
      <main class="app-main">
        <CorpusHealthNote />
        {tab.status === 'loading' ? null : (
          <>
            {reader.articleId && <ArticleReader id={reader.articleId} onBack={reader.close} />}
            <div hidden={reader.articleId !== null}>
              <TabReportView tabId={tabId} report={report} onOpenArticle={reader.open} />
              {tabId !== null && report.state.status === 'done' && report.state.report && (
                <SiteControls tabId={tabId} url={report.state.report.url} />
              )}
              <CorpusPeek onOpen={reader.open} />
            </div>
          </>
        )}
      </main>
    </div>
  );
}
