import { useEffect, useState } from 'preact/hooks';
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

/** The first section that has something to show: related articles, else figures, else sources. */
export function firstWithContent(report: TabReport | null): Section {
  if (!report || report.matches.length > 0) return 'related';
  if (report.figures.length > 0 || report.figureLines.length > 0) return 'figures';
  if (report.sources.length > 0) return 'sources';
  return 'related';
}

/** Everything known about one tab: the page, and tabs for related articles, figures and sources; or its state. */
export function ReportView({ report, onRead, onOpenArticle, whyNot = false }: ReportViewProps) {
  // Opens on the first section with something in it; the user's own choice holds until the page changes.
  const [chosen, setChosen] = useState<Section | null>(null);
  useEffect(() => setChosen(null), [report?.url]);
  const section: Section = chosen ?? firstWithContent(report);
  const setSection = setChosen;
  if (!report) return <StateMessage state="none" onRead={onRead} />;
  if (report.state !== 'ready')
    return <StateMessage state={report.state} message={report.message} onRead={onRead} since={report.updatedAt} />;

  const contradictions = report.figureLines.reduce((n, l) => n + l.contradictions.length, 0);
  return (
    <div class="report">
      <PageHeader
        page={report.page}
        url={report.url}
        matches={report.matches}
        publisher={report.publisher ?? null}
        estimatedDate={report.pageEstimatedDate ?? null}
      >
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
            warning:
              contradictions > 0
                ? `${contradictions} ${contradictions === 1 ? 'contradiction' : 'contradictions'}`
                : null,
          },
          { id: 'sources', label: 'Sources', count: report.sources.length },
        ]}
      >
        {section === 'related' && (
          <>
            <RelatedList
              matches={report.matches}
              corpusSize={report.corpusSize}
              onOpen={onOpenArticle}
              tabId={report.tabId}
            />
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
        {section === 'figures' && (
          <FiguresPanel
            figures={report.figures}
            lines={report.figureLines}
            onOpen={onOpenArticle}
            pageUrl={report.url}
          />
        )}
        {section === 'sources' && <SourceList sources={report.sources} actions={['settings']} />}
      </SectionTabs>
    </div>
  );
}
