import type { UseReport } from './use-report';
import { Icon } from './Icon';
import { ReportView } from './ReportView';
import { Spinner } from './Spinner';

export type TabReportViewProps = {
  /** The tab being shown; null when the window has no tab this page can read. */
  tabId: number | null;
  report: UseReport;
  onOpenArticle: (id: string) => void;
  /** Show the nearest articles under the threshold. */
  whyNot?: boolean;
};

/** A tab's report through its loading: waiting, failing to reach the background, or the report itself. */
export function TabReportView({ tabId, report, onOpenArticle, whyNot }: TabReportViewProps) {
  if (tabId === null) {
    return (
      <div class="state">
        <h2 class="state-title">No tab to read</h2>
        <p class="muted">Open a news article on a website, then open Reading Context again.</p>
      </div>
    );
  }
  const { state, readTab } = report;
  if (state.status === 'loading') {
    return (
      <div class="state state-reading">
        <Spinner label="Loading…" />
      </div>
    );
  }
  if (state.status === 'failed') {
    return (
      <div class="state state-error">
        <span class="state-icon">
          <Icon name="error" size={20} />
        </span>
        <h2 class="state-title">Couldn’t get this tab’s report</h2>
        <p class="state-detail">{state.error}</p>
        <p class="muted">Reload the page, or reopen this panel.</p>
        <button type="button" class="button button-primary" onClick={readTab}>
          Read this page
        </button>
      </div>
    );
  }
  return <ReportView report={state.report} onRead={readTab} onOpenArticle={onOpenArticle} whyNot={whyNot} />;
}
