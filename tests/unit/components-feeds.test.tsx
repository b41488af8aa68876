// The Feeds section and the "Summary only" label, rendered with Preact into a linkedom document on
// the mock connector: each feed's state in words, its error as text, access declined refused clearly.
import { parseHTML } from 'linkedom';
import type { ComponentChildren } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConnectorContext } from '../../components/connector-context';
import { createMockConnector, type MockConnector } from '../../components/mock/connector';
import { FeedsPanel, formatAgo } from '../../components/FeedsPanel';
import { RelatedCard } from '../../components/RelatedCard';
import type { Match } from '../../lib/types';

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
  }))
    g[key] = value;
});

afterEach(() => {
  if (container) render(null, container);
});

async function settle(times = 3): Promise<void> {
  for (let i = 0; i < times; i++) await act(async () => void (await new Promise((r) => setTimeout(r, 0))));
}

async function mount(ui: ComponentChildren, connector: MockConnector = createMockConnector()): Promise<HTMLElement> {
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    render(<ConnectorContext.Provider value={connector}>{ui}</ConnectorContext.Provider>, container);
  });
  await settle();
  return container;
}

const text = (el: Element) => el.textContent?.replace(/\s+/g, ' ') ?? '';

async function submitAddress(root: HTMLElement, address: string) {
  const input = root.querySelector('input[type="text"]') as HTMLInputElement;
  await act(async () => {
    input.value = address;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

describe('FeedsPanel', () => {
  it('lists each feed with its site, last fetch, items added and last error, as text', async () => {
    const root = await mount(<FeedsPanel />);
    const rows = [...root.querySelectorAll('.feed-row')].map(text);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('Harbour Courier');
    expect(rows[0]).toContain('Site: harbour-courier.test');
    expect(rows[0]).toMatch(/Fetched .* ago: 2 new items added/);
    expect(rows[0]).toContain('14 items added since subscribed · 14 in the corpus now');
    expect(rows[1]).toMatch(/nothing new/);
    expect(rows[2]).toMatch(/Failed .* \(2 times in a row\)/);
    // The error names the elements as text: nothing of it became markup.
    expect(rows[2]).toContain('The XML is malformed: it ends with <rss>, <channel>, <item> still open (cut off?)');
    expect(root.querySelector('.feed-error rss')).toBeNull();
  });

  it('with no feed, offers to add one by its address or from an OPML list', async () => {
    const connector = createMockConnector();
    for (const feed of await connector.send('list-feeds', {}))
      await connector.send('remove-feed', { id: feed.id, forget: false });
    const root = await mount(<FeedsPanel />, connector);
    expect(text(root)).toContain('No feeds yet: nothing is fetched.');
    const actions = root.querySelector('.empty [role="group"]')!;
    expect([...actions.querySelectorAll('button')].map(text)).toEqual([
      'Add a feed by its address',
      'Import an OPML list',
    ]);
    const field = root.querySelector('input[placeholder="https://example.com/feed.xml"]') as HTMLInputElement;
    let focused = false;
    field.focus = () => void (focused = true);
    await act(async () => (actions.querySelector('button') as HTMLButtonElement).click());
    expect(focused).toBe(true);
  });

  it('subscribes to an address once access is granted, and refuses clearly when it is declined', async () => {
    const granted = createMockConnector();
    const root = await mount(<FeedsPanel />, granted);
    await submitAddress(root, 'news.example/feed.xml');
    expect(granted.sent.find((m) => m.type === 'add-feeds')?.request).toEqual({
      feeds: [{ url: 'https://news.example/feed.xml' }],
    });
    expect(text(root)).toContain('https://news.example/feed.xml: 1 feed added and being fetched.');
    render(null, container);

    const declined = createMockConnector({ grantHostAccess: false });
    const root2 = await mount(<FeedsPanel />, declined);
    await submitAddress(root2, 'https://news.example/feed.xml');
    expect(declined.sent.some((m) => m.type === 'add-feeds')).toBe(false);
    expect(text(root2)).toContain('Access to news.example was declined, so nothing was added');
    await submitAddress(root2, 'javascript:alert(1)');
    expect(text(root2)).toContain('A feed address must start with http:// or https://, not javascript:');
  });
});

describe('the Summary only label', () => {
  it('marks a match of which the corpus keeps only a summary', async () => {
    const match: Match = {
      id: 'a1',
      title: 'Ferry timetable changes',
      outlet: 'Lakeside Bulletin',
      published: '2024-03-13',
      relation: 'related',
      score: 0.5,
      shared: { terms: [], names: [], figures: [] },
      daysApart: 0,
      overlap: 0.2,
      firstPublished: null,
      partial: true,
    };
    expect(text(await mount(<RelatedCard match={match} onOpen={() => undefined} />))).toContain('Summary only');
    expect(
      text(await mount(<RelatedCard match={{ ...match, partial: undefined }} onOpen={() => undefined} />)),
    ).not.toContain('Summary only');
  });

  it('says how long ago', () => {
    const now = 10 * 86_400_000;
    expect([
      formatAgo(now, now),
      formatAgo(now - 60_000, now),
      formatAgo(now - 3 * 3_600_000, now),
      formatAgo(now - 3 * 86_400_000, now),
      formatAgo(now + 40 * 60_000, now),
    ]).toEqual(['just now', '1 minute ago', '3 hours ago', '3 days ago', 'in 40 minutes']);
  });
});
