// The reading surfaces, rendered with Preact into a linkedom document on the mock connector: each
// report state says what it should, matches and contradictions are labelled in words, and text from
// pages is always text.
import { parseHTML } from 'linkedom';
import type { ComponentChildren } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConnectorContext } from '../../components/connector-context';
import { ExternalRef } from '../../components/ExternalRef';
import { FigureLines } from '../../components/FigureLines';
import { ImportReportView } from '../../components/ImportReportView';
import { createMockConnector, type MockConnector } from '../../components/mock/connector';
import { MOCK_REPORTS, MOCK_TABS } from '../../components/mock/fixtures';
import { NeverReadEditor } from '../../components/NeverReadEditor';
import { OutletAbout } from '../../components/OutletAbout';
import { PopupApp } from '../../components/PopupApp';
import { ReadingSettings } from '../../components/ReadingSettings';
import { RelatedCard } from '../../components/RelatedCard';
import { ReportView } from '../../components/ReportView';
import { SidePanelApp } from '../../components/SidePanelApp';
import { READING_TOO_LONG_MS } from '../../components/StateMessage';
import type { FigureLine, Match, TabReport } from '../../lib/types';

let container: HTMLElement;

beforeAll(() => {
  const { window, document } = parseHTML('<!doctype html><html><body></body></html>');
  const g = globalThis as Record<string, unknown>;
  for (const [key, value] of Object.entries({
    window,
    document,
    Node: window.Node,
    Element: window.Element,
    HTMLElement: window.HTMLElement,
    Event: window.Event,
    CustomEvent: window.CustomEvent,
  })) {
    g[key] = value;
  }
});

afterEach(() => {
  if (container) render(null, container);
});

/** Renders into a fresh container with a connector, and lets effects and answers settle. */
async function mount(ui: ComponentChildren, connector: MockConnector = createMockConnector()): Promise<HTMLElement> {
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    render(<ConnectorContext.Provider value={connector}>{ui}</ConnectorContext.Provider>, container);
  });
  await settle();
  return container;
}

/** Waits for pending promises and the renders they cause. */
async function settle(times = 3): Promise<void> {
  for (let i = 0; i < times; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

async function click(element: Element | null | undefined): Promise<void> {
  expect(element, 'element to click').toBeTruthy();
  await act(async () => {
    element!.dispatchEvent(new Event('click', { bubbles: true }));
  });
  await settle();
}

const text = (el: Element) => el.textContent?.replace(/\s+/g, ' ') ?? '';
const buttonNamed = (root: Element, name: RegExp) =>
  [...root.querySelectorAll('button')].find((b) => name.test(text(b)));

const READY = MOCK_REPORTS[MOCK_TABS.ready]!;
const noop = () => {};

describe('ReportView states', () => {
  it('shows a spinner and says it is reading while the page is read', async () => {
    const root = await mount(
      <ReportView report={MOCK_REPORTS[MOCK_TABS.reading]} onRead={noop} onOpenArticle={noop} />,
    );
    expect(root.querySelector('.spinner')).toBeTruthy();
    expect(text(root)).toContain('Reading this page…');
  });

  it('offers to read the page again once it has been reading for too long', async () => {
    const onRead = vi.fn();
    const stuck = { ...MOCK_REPORTS[MOCK_TABS.reading]!, updatedAt: Date.now() - READING_TOO_LONG_MS - 1000 };
    const root = await mount(<ReportView report={stuck} onRead={onRead} onOpenArticle={noop} />);
    expect(root.querySelector('.spinner')).toBeNull();
    expect(text(root)).toContain('This page hasn’t been read yet');
    await click(buttonNamed(root, /Read this page again/));
    expect(onRead).toHaveBeenCalledTimes(1);
  });

  it('turns the spinner into that offer while shown, when the time is up', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], shouldAdvanceTime: true });
    try {
      const fresh = { ...MOCK_REPORTS[MOCK_TABS.reading]!, updatedAt: Date.now() };
      const root = await mount(<ReportView report={fresh} onRead={noop} onOpenArticle={noop} />);
      expect(root.querySelector('.spinner')).toBeTruthy();
      await act(async () => {
        vi.advanceTimersByTime(READING_TOO_LONG_MS - 1000);
      });
      expect(root.querySelector('.spinner')).toBeTruthy();
      await act(async () => {
        vi.advanceTimersByTime(2000);
      });
      expect(root.querySelector('.spinner')).toBeNull();
      expect(buttonNamed(root, /Read this page again/)).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('says when a page does not look like an article', async () => {
    const root = await mount(
      <ReportView report={MOCK_REPORTS[MOCK_TABS.notArticle]} onRead={noop} onOpenArticle={noop} />,
    );
    expect(text(root)).toContain('This page doesn’t look like an article');
  });

  it('tells what to do on a page extensions cannot read', async () => {
    const root = await mount(
      <ReportView report={MOCK_REPORTS[MOCK_TABS.unsupported]} onRead={noop} onOpenArticle={noop} />,
    );
    expect(text(root)).toContain('Open a news article on a website');
    expect(root.querySelector('button')).toBeNull();
  });

  it('shows the error and what to try', async () => {
    const root = await mount(<ReportView report={MOCK_REPORTS[MOCK_TABS.error]} onRead={noop} onOpenArticle={noop} />);
    expect(text(root)).toContain('The page stopped answering while it was being read.');
    expect(text(root)).toContain('Reload the page');
  });

  it('offers "Read this page" on a site that is not read automatically, and reads on click', async () => {
    const onRead = vi.fn();
    const root = await mount(
      <ReportView report={MOCK_REPORTS[MOCK_TABS.disabled]} onRead={onRead} onOpenArticle={noop} />,
    );
    await click(buttonNamed(root, /^Read this page$/));
    expect(onRead).toHaveBeenCalledOnce();
  });

  it('offers "Read this page" when the tab has no report yet', async () => {
    const root = await mount(<ReportView report={null} onRead={noop} onOpenArticle={noop} />);
    expect(text(root)).toContain('Nothing read on this page yet');
    expect(buttonNamed(root, /^Read this page$/)).toBeTruthy();
  });

  it('opens on the first section with content; an empty Related tab says how large the corpus is and what to do next', async () => {
    const report = MOCK_REPORTS[MOCK_TABS.noMatches]!;
    const root = await mount(<ReportView report={report} onRead={noop} onOpenArticle={noop} />);
    const selected = root.querySelector('[role="tab"][aria-selected="true"]');
    expect(text(selected!)).toContain(
      report.figures.length > 0 ? 'Figures' : report.sources.length > 0 ? 'Sources' : 'Related',
    );
    await click(root.querySelector('[data-tab="related"]'));
    expect(text(root)).toContain('No related article among the 412 articles in your corpus.');
    const actions = root.querySelector('.next-actions')!;
    expect(text(actions)).toContain('Import articles');
    expect(text(actions)).toContain('Turn on “keep what I read”');
    expect(text(actions)).toContain('Settings');
  });

  it('shows the page credits, saying "date unknown" when the page gives no date', async () => {
    const report: TabReport = { ...READY, page: { ...READY.page!, published: null, byline: 'Alireza Hashemi' } };
    const root = await mount(<ReportView report={report} onRead={noop} onOpenArticle={noop} />);
    const header = root.querySelector('.page-header')!;
    const credit = (label: string) =>
      [...header.querySelectorAll('.credits > div')]
        .find((d) => d.querySelector('dt')?.textContent === label)
        ?.querySelector('dd')?.textContent;
    expect(credit('Publisher')).toBe('Mehr News Agency');
    expect(credit('First published by')).toBe('Tehran Times');
    expect(credit('Author')).toBe('Alireza Hashemi');
    expect(credit('Date')).toBe('date unknown');
    expect(text(header)).toContain('Tehran Times published it first (Mar 15, 2024).');
  });

  it('shows a publisher the page only claims to be as a claim, and a first publisher with where it was credited', async () => {
    const page = {
      ...READY.page!,
      url: 'http://127.0.0.1:8123/a.html',
      canonical: 'https://www.reuters.com/world/a',
      site: 'Reuters',
      originalPublisherFoundIn: 'text' as const,
    };
    const claimed = () => {
      const header = root.querySelector('.page-header')!;
      return [...header.querySelectorAll('.credits > div')].map((d) => d.querySelector('dd')?.textContent ?? '');
    };
    // From the report's verdict, and, for a report kept without one, from the page's address alone.
    let root = await mount(
      <ReportView
        report={{
          ...READY,
          page,
          publisher: {
            servedUrl: page.url,
            servedFrom: '127.0.0.1',
            name: '127.0.0.1',
            profileId: null,
            url: page.url,
            claim: { name: 'Reuters', url: page.canonical, by: ['address', 'name'] },
          },
        }}
        onRead={noop}
        onOpenArticle={noop}
      />,
    );
    const [publisher, first] = claimed();
    expect(publisher).toBe(
      'says it is from Reuters; served from 127.0.0.1Stated by its site name and the address it gives (reuters.com), not by where it was served: no outlet profile is shown for a claim.',
    );
    expect(first).toBe('Tehran Timescredited in the article’s text');
    root = await mount(<ReportView report={{ ...READY, page }} onRead={noop} onOpenArticle={noop} />);
    expect(claimed()[0]).toContain('says it is from Reuters; served from 127.0.0.1');
  });

  it('switches between related articles, figures and sources with tabs that say which is selected', async () => {
    const root = await mount(<ReportView report={READY} onRead={noop} onOpenArticle={noop} />);
    const tabs = [...root.querySelectorAll('[role=tab]')];
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
    expect(text(tabs[1])).toContain('1 contradiction');
    await click(tabs[2]);
    expect(root.querySelector('[role=tab][aria-selected=true]')?.textContent).toContain('Sources');
    expect(text(root)).toContain('Israeli military');
    expect(text(root)).toContain('Cited in 2 sentences');
  });
});

describe('keyboard', () => {
  it('moves between report sections with the arrow keys', async () => {
    const root = await mount(<ReportView report={READY} onRead={noop} onOpenArticle={noop} />);
    const press = async (key: string) => {
      await act(async () => {
        // Sent to the tab list itself: linkedom calls bubbling listeners with the target as `this`.
        const event = Object.assign(new Event('keydown', { bubbles: true, cancelable: true }), { key });
        root.querySelector('[role=tablist]')!.dispatchEvent(event);
      });
    };
    await press('ArrowRight');
    expect(root.querySelector('[role=tab][aria-selected=true]')?.textContent).toContain('Figures');
    await press('ArrowLeft');
    await press('ArrowLeft');
    expect(root.querySelector('[role=tab][aria-selected=true]')?.textContent).toContain('Sources');
  });
});

describe('RelatedCard', () => {
  const same = READY.matches.find((m) => m.relation === 'same-article')!;
  const related = READY.matches.find((m) => m.relation === 'related')!;

  it('labels a republished copy "Same article" and says who published first', async () => {
    const root = await mount(<RelatedCard match={same} onOpen={noop} />);
    expect(text(root.querySelector('.badge')!)).toBe('Same article');
    expect(text(root)).toContain('93% · strong');
    expect(text(root)).toContain('Tehran Times published it first, Mar 15, 2024.');
    expect(text(root)).toContain('1 day apart');
  });

  it('labels separate coverage "Related" with its strength in words and the shared reasons', async () => {
    const root = await mount(<RelatedCard match={related} onOpen={noop} />);
    expect(text(root.querySelector('.badge')!)).toBe('Related');
    expect(text(root)).toContain('41% · moderate');
    expect(text(root)).toContain('Shared names');
    expect(text(root)).toContain('officers and soldiers');
    expect(root.querySelector('.first-published')).toBeNull();
  });

  it('opens the article when its title is clicked', async () => {
    const onOpen = vi.fn();
    const root = await mount(<RelatedCard match={related} onOpen={onOpen} />);
    await click(root.querySelector('.title-button'));
    expect(onOpen).toHaveBeenCalledWith(related.id);
  });

  it('says when the dates cannot tell who published first', async () => {
    const match: Match = {
      ...same,
      daysApart: null,
      published: null,
      firstPublished: { by: null, at: null, which: 'unknown' },
    };
    const root = await mount(<RelatedCard match={match} onOpen={noop} />);
    expect(text(root)).toContain('date unknown');
    expect(text(root)).toContain('Who published first is unknown');
  });
});

describe('FigureLines', () => {
  it('marks contradicting entries with an icon and words, not color alone', async () => {
    const root = await mount(<FigureLines lines={READY.figureLines} />);
    const disputedLine = [...root.querySelectorAll('.figure-line')].find((l) =>
      text(l).includes('Israeli officers and soldiers killed'),
    )!;
    const disputed = [...disputedLine.querySelectorAll('.timeline-entry.is-disputed')];
    expect(disputed.map((e) => text(e.querySelector('.timeline-value')!))).toEqual([
      'Disputed: close to 600',
      'Disputed: at least 1,400',
    ]);
    expect(disputed.every((e) => e.querySelector('svg.icon-warning'))).toBe(true);
    const callout = disputedLine.querySelector('.callout-warn')!;
    expect(text(callout)).toContain('Contradiction:');
    expect(text(callout)).toContain('more than twice');
  });

  it('lists each entry with its date, outlet and source, and "no source given" where none is', async () => {
    const root = await mount(<FigureLines lines={READY.figureLines} />);
    const killed = [...root.querySelectorAll('.figure-line')].find((l) => text(l).includes('Palestinians killed'))!;
    expect(killed.querySelector('.callout-warn')).toBeNull();
    expect(killed.querySelectorAll('.is-disputed').length).toBe(0);
    const entries = [...killed.querySelectorAll('.timeline-entry')].map(text);
    expect(entries[1]).toContain('This page (Mehr News Agency)');
    expect(entries[1]).toContain('no source given');
    expect(entries[2]).toContain('per Gaza health ministry');
    expect(entries[2]).toContain('May 2, 2024');
  });

  it('puts the disputed quantities first', async () => {
    const lines: FigureLine[] = [...READY.figureLines].reverse();
    const root = await mount(<FigureLines lines={lines} />);
    expect(text(root.querySelector('.figure-line-title')!)).toContain('Israeli officers and soldiers killed');
  });
});

describe('untrusted text', () => {
  const HOSTILE = '<img src=x onerror=alert(1)>';

  it('renders hostile strings from a page and the corpus as text, never as elements', async () => {
    const report: TabReport = {
      ...READY,
      page: { ...READY.page!, title: HOSTILE, site: HOSTILE, byline: HOSTILE },
      matches: READY.matches.map((m) => ({
        ...m,
        title: HOSTILE,
        outlet: HOSTILE,
        shared: { ...m.shared, names: [HOSTILE] },
      })),
      sources: READY.sources.map((s) => ({ ...s, name: HOSTILE, cue: [HOSTILE], sentences: [HOSTILE] })),
    };
    const root = await mount(<ReportView report={report} onRead={noop} onOpenArticle={noop} />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[onerror]')).toBeNull();
    expect(root.querySelector('.page-title')?.textContent).toBe(HOSTILE);
    expect(root.querySelector('.card-title')?.textContent).toBe(HOSTILE);
    await click(root.querySelectorAll('[role=tab]')[2]);
    await click(buttonNamed(root, /What they back/));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.source-name')?.textContent).toBe(HOSTILE);
    expect(root.querySelector('.claims li')?.textContent).toBe(HOSTILE);
  });

  it('links only http(s) references, opening a new tab without a referrer', async () => {
    const root = await mount(
      <div>
        <ExternalRef refText="javascript:alert(1)" />
        <ExternalRef refText="https://en.wikipedia.org/wiki/Mehr_News_Agency" />
      </div>,
    );
    const links = [...root.querySelectorAll('a')];
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute('href')).toBe('https://en.wikipedia.org/wiki/Mehr_News_Agency');
    expect(links[0].getAttribute('rel')).toBe('noreferrer');
    expect(links[0].getAttribute('target')).toBe('_blank');
    expect(text(root)).toContain('javascript:alert(1)');
  });
});

describe('OutletAbout', () => {
  it('is a disclosure that shows each fact with its reference', async () => {
    const root = await mount(<OutletAbout name="Mehr News Agency" domain="en.mehrnews.com" />);
    const button = root.querySelector('.disclosure-button')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(text(root)).toContain('Islamic Development Organization');
    expect(text(root)).toContain('Reference: https://en.wikipedia.org/wiki/Mehr_News_Agency');
    expect(text(root)).toContain('Reference: seeds/000_49ebc4d4ef1aa215.txt (News ID 213066)');
  });

  it('says so when no profile exists rather than guess', async () => {
    const root = await mount(<OutletAbout name="Al Mayadeen English" domain="english.almayadeen.net" />);
    await click(root.querySelector('.disclosure-button'));
    expect(text(root)).toContain('No profile for this outlet in Reading Context');
  });
});

describe('PopupApp', () => {
  it('shows the tab named in its address and refreshes on report-updated', async () => {
    const connector = createMockConnector();
    const root = await mount(<PopupApp fixedTabId={MOCK_TABS.ready} />, connector);
    expect(text(root)).toContain('Resistance shatters Netanyahu’s “total victory” dream');
    const asked = () => connector.sent.filter((m) => m.type === 'get-report').length;
    const before = asked();
    await act(async () => connector.broadcast({ type: 'report-updated', tabId: MOCK_TABS.ready }));
    await settle();
    await act(async () => connector.broadcast({ type: 'report-updated', tabId: 999 }));
    await settle();
    expect(asked()).toBe(before + 1);
  });

  it('opens on the report read before its first render, without asking the background', async () => {
    const connector = createMockConnector();
    connector.storedReport = async () => READY;
    container = document.createElement('div');
    document.body.append(container);
    render(
      <ConnectorContext.Provider value={connector}>
        <PopupApp fixedTabId={MOCK_TABS.ready} initialReport={READY} />
      </ConnectorContext.Provider>,
      container,
    );
    // The cards are there in the first render, before any effect or answer.
    expect(container.querySelector('main .report .related-card')).toBeTruthy();
    await settle();
    expect(container.querySelectorAll('main .related-card').length).toBe(READY.matches.length);
    expect(connector.sent.filter((m) => m.type === 'get-report')).toEqual([]);
  });

  it('opens a related article in the reader, figures highlighted and sources numbered, and goes back', async () => {
    const root = await mount(<PopupApp fixedTabId={MOCK_TABS.ready} />);
    await click(buttonNamed(root, /Hamas’ stance/));
    const reader = root.querySelector('.reader')!;
    expect(text(reader)).toContain('Alireza Hashemi');
    expect([...reader.querySelectorAll('.reader-text mark.mark-figure')].map((m) => m.textContent)).toEqual([
      'nearly seven-month-long',
      'more than 34,500',
      'at least 30',
    ]);
    expect(reader.querySelector('.source-ref')?.getAttribute('title')).toBe('Attributed to Hossein Kana’ani Moghaddam');
    await click(buttonNamed(root, /Back/));
    expect(root.querySelector('.reader')).toBeNull();
    expect(root.querySelector('.report')?.closest('[hidden]')).toBeNull();
  });

  it('asks for the side panel of its tab', async () => {
    const connector = createMockConnector();
    const root = await mount(<PopupApp fixedTabId={MOCK_TABS.ready} />, connector);
    await click(buttonNamed(root, /Open side panel/));
    expect(connector.sent).toContainEqual({ type: 'open-sidepanel', request: { tabId: MOCK_TABS.ready } });
  });

  it('saves the page to the corpus and says so', async () => {
    const connector = createMockConnector();
    const root = await mount(<PopupApp fixedTabId={MOCK_TABS.ready} />, connector);
    await click(buttonNamed(root, /Save to my corpus/));
    expect(connector.sent).toContainEqual({ type: 'save-page', request: { tabId: MOCK_TABS.ready } });
    expect(text(root.querySelector('.save-page')!)).toContain('Saved to your corpus.');
  });

  it('reads a click-to-read page when asked', async () => {
    const connector = createMockConnector();
    const root = await mount(<PopupApp fixedTabId={MOCK_TABS.disabled} />, connector);
    await click(buttonNamed(root, /^Read this page$/));
    expect(connector.sent).toContainEqual({ type: 'read-tab', request: { tabId: MOCK_TABS.disabled } });
    expect(text(root)).toContain('Reading this page…');
  });
});

describe('SidePanelApp', () => {
  it('follows the active tab', async () => {
    const connector = createMockConnector({ lookup: false });
    const root = await mount(<SidePanelApp fixedTabId={null} />, connector);
    expect(text(root)).toContain('Resistance shatters');
    await act(async () => connector.activate(MOCK_TABS.notArticle));
    await settle();
    expect(text(root)).toContain('This page doesn’t look like an article');
  });

  it('shows a right-click lookup when one arrives, with the matching words marked', async () => {
    const connector = createMockConnector({ lookup: false });
    const root = await mount(<SidePanelApp fixedTabId={MOCK_TABS.ready} />, connector);
    const lookupView = () => root.querySelector('.lookup');
    expect(lookupView()).toBeNull();
    const withLookup = createMockConnector();
    // The background now has a lookup: answer get-lookup from a connector that has one.
    connector.send = withLookup.send.bind(withLookup) as typeof connector.send;
    await act(async () => connector.broadcast({ type: 'lookup-updated' }));
    await settle();
    expect(lookupView()?.closest('[hidden]')).toBeNull();
    expect(text(root.querySelector('.selection')!)).toBe('close to 600 Israeli officers and soldiers have been killed');
    expect(root.querySelector('.passage-text mark')?.textContent).toBe(
      'close to 600 Israeli officers and soldiers have been killed',
    );
  });
});

describe('options', () => {
  it('stays on click-to-read, and says why, when the site permission is refused', async () => {
    const connector = createMockConnector({ grantHostAccess: false });
    await connector.saveSettings({ ...(await connector.getSettings()), readingMode: 'on-click' });
    const root = await mount(<ReadingSettings />, connector);
    const automatic = root.querySelector<HTMLInputElement>('input[value=automatic]')!;
    await act(async () => {
      automatic.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect((await connector.getSettings()).readingMode).toBe('on-click');
    expect(text(root)).toContain('stays on “only when I click”');
  });

  it('switches to automatic reading when the permission is granted', async () => {
    const connector = createMockConnector({ grantHostAccess: true });
    await connector.saveSettings({ ...(await connector.getSettings()), readingMode: 'on-click' });
    const root = await mount(<ReadingSettings />, connector);
    await act(async () => {
      root.querySelector('input[value=automatic]')!.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect((await connector.getSettings()).readingMode).toBe('automatic');
  });

  it('adds a site to the never-read list as a bare host, and removes it', async () => {
    const onChange = vi.fn();
    const root = await mount(<NeverReadEditor hosts={['example.org']} onChange={onChange} />);
    const input = root.querySelector<HTMLInputElement>('input')!;
    await act(async () => {
      input.value = 'https://www.Example.com/news';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(onChange).toHaveBeenLastCalledWith(['example.com', 'example.org']);
    await click(root.querySelector('[aria-label="Remove example.org"]'));
    expect(onChange).toHaveBeenLastCalledWith([]);
  });

  it('says plainly that a failed import changed nothing, naming each file', async () => {
    const root = await mount(
      <ImportReportView
        report={{
          ok: false,
          added: 0,
          files: [
            { file: 'a.txt', ok: true, added: 1, duplicates: 0, message: null },
            { file: 'b.jsonl', ok: false, added: 0, duplicates: 0, message: 'Line 3: not JSON' },
          ],
        }}
      />,
    );
    expect(text(root)).toContain('Nothing was imported; your corpus is unchanged.');
    expect(text(root)).toContain('b.jsonl');
    expect(text(root)).toContain('Line 3: not JSON');
    expect(text(root)).toContain('Not imported, because another file failed.');
  });

  it('shows what landed with a caveat under its file', async () => {
    const root = await mount(
      <ImportReportView
        report={{
          ok: true,
          added: 2,
          files: [
            {
              file: 'feed.json',
              ok: true,
              added: 2,
              duplicates: 0,
              message: null,
              warnings: [
                'feed.json, record 2: "published" cannot be read as a date ("soon"): imported with the date unknown.',
              ],
            },
          ],
        }}
      />,
    );
    expect(text(root)).toContain('Imported 2 articles.');
    expect(text(root)).toContain('Some were imported with a caveat, marked below.');
    expect(root.querySelector('[aria-label="Caveats for feed.json"]')?.textContent).toContain(
      'feed.json, record 2: "published" cannot be read as a date',
    );
  });
});
