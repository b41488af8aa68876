import { useState } from 'preact/hooks';
import type { TabReport } from '../lib/types';
import { FiguresPanel } from './FiguresPanel';
import { NearestList } from './NearestList';
import { DEFAULT_THRESHOLD } from '../lib/match/threshold';
import { PageHeader } from './PageHeader';
import { RelatedList } from './RelatedList';
import { SavePageButton } from './SavePageButton';
import { SectionTabs } from './SectionTabs';
import { SourceList } from './SourceList';
import { StateMessage } from './StateMessage';

export type ReportViewProps = {
  /** The tab's report, or null when the tab has none yet. */
  report: TabReport | null;
  /** Reads the page now (click-to-read, retry). */
  onRead: () => void;
  /** Opens a corpus article in the reader. */
  onOpenArticle: (id: string) => void;
  /** Show the nearest articles under the threshold ("why not"), as the side panel does. */
  whyNot?: boolean;
};

type Section = 'related' | 'figures' | 'sources';

/** Everything known about one tab: the page, and tabs for related articles, figures and sources; or its state. */
export function ReportView({ report, onRead, onOpenArticle, whyNot = false }: ReportViewProps) {
  const [section, setSection] = useState<Section>('related');
  if (!report) return <StateMessage state="none" onRead={onRead} />;
  if (report.state !== 'ready') return <StateMessage state={report.state} message={report.message} onRead={onRead} />;

  const contradictions = report.figureLines.reduce((n, l) => n + l.contradictions.length, 0);
  return (
    <div class="report">
      <PageHeader page={report.page} url={report.url} matches={report.matches} estimatedDate={report.pageEstimatedDate ?? null}>
        <SavePageButton tabId={report.tabId} />
      </PageHeader>
      <SectionTabs
        label="Report sections"
        selected={section}
        onSelect={(id) => setSection(id as Section)}
        tabs={[
          { id: 'related', label: 'Related', count: report.matches.length },
          {
            id: 'figures',
            label: 'Figures',
            count: report.figures.length,
            warning: contradictions > 0 ? `${contradictions} ${contradictions === 1 ? 'contradiction' : 'contradictions'}` : null,
          },
          { id: 'sources', label: 'Sources', count: report.sources.length },
        ]}
      >
        {section === 'related' && (
          <>
            <RelatedList matches={report.matches} corpusSize={report.corpusSize} onOpen={onOpenArticle} />
            {whyNot && (
              <NearestList
                nearest={report.nearest ?? []}
                threshold={report.threshold ?? DEFAULT_THRESHOLD}
                anyShown={report.matches.length > 0}
                onOpen={onOpenArticle}
                onRead={onRead}
              />
            )}
          </>
        )}
        {section === 'figures' && <FiguresPanel figures={report.figures} lines={report.figureLines} onOpen={onOpenArticle} />}
        {section === 'sources' && <SourceList sources={report.sources} />}
      </SectionTabs>
    </div>
  );
}
