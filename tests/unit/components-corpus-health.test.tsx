// What the user sees when storage is full or the database cannot be opened, rendered with Preact into
// a linkedom document on the mock connector: the popup's note and the options page's corpus section
// say "Storage is full: delete articles or free disk space" with the counts and the next try, and
// the list of articles is still there to delete from; nothing is shown when all is well.
import { parseHTML } from 'linkedom';
import type { ComponentChildren } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConnectorContext } from '../../components/connector-context';
import { CorpusHealthNote } from '../../components/CorpusHealthNote';
import { CorpusManager } from '../../components/CorpusManager';
import type { Connector } from '../../components/connector';
import { createMockConnector } from '../../components/mock/connector';
import { corpusProblem, updateFailed, HEALTHY } from '../../lib/store/corpus-health';

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

async function mount(ui: ComponentChildren, connector: Connector): Promise<HTMLElement> {
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    render(<ConnectorContext.Provider value={connector}>{ui}</ConnectorContext.Provider>, container);
  });
  for (let i = 0; i < 3; i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  return container;
}

const text = (el: Element) => el.textContent?.replace(/\s+/g, ' ') ?? '';
const quota = Object.assign(new Error(''), { name: 'QuotaExceededError' });
const full = corpusProblem(updateFailed(HEALTHY, quota, Date.UTC(2026, 0, 5, 9, 0)))!;

/** The mock connector, with the background's answers about the corpus's health replaced. */
function connectorWith(answer: (type: string) => Promise<unknown> | null): Connector {
  const base = createMockConnector();
  return {
    ...base,
    send: ((type: string, request: never) => answer(type) ?? base.send(type as never, request)) as Connector['send'],
  };
}

describe('the corpus’s health, as the user sees it', () => {
  it('in the popup: storage full, with the counts and the next try of the update', async () => {
    const connector = connectorWith((type) =>
      type === 'corpus-health'
        ? Promise.resolve({ problem: full, articles: 1234, bytesUsed: 3 * 1024 * 1024 * 1024 })
        : null,
    );
    const note = (await mount(<CorpusHealthNote />, connector)).querySelector('[role="alert"]');
    expect(note).toBeTruthy();
    expect(text(note!)).toContain('Storage is full: delete articles or free disk space.');
    expect(text(note!)).toContain('Your corpus: 1,234 articles, 3.0 GB of storage used.');
    expect(text(note!)).toMatch(/Next try of the update: \d\d:\d\d/);
  });

  it('in the popup: the reason the database cannot be opened', async () => {
    const connector = connectorWith((type) =>
      type === 'corpus-health'
        ? Promise.reject(new Error('Your corpus was saved by a newer version of Reading Context.'))
        : null,
    );
    expect(text((await mount(<CorpusHealthNote />, connector)).querySelector('[role="alert"]')!)).toContain(
      'saved by a newer version',
    );
  });

  it('in the popup: nothing when all is well', async () => {
    const connector = connectorWith((type) =>
      type === 'corpus-health' ? Promise.resolve({ problem: null, articles: 3, bytesUsed: null }) : null,
    );
    expect((await mount(<CorpusHealthNote />, connector)).querySelector('[role="alert"]')).toBeNull();
  });

  it('in the options page: the message above the counts, and the list still there to delete from', async () => {
    const base = createMockConnector();
    const connector = connectorWith((type) =>
      type === 'list-articles'
        ? base.send('list-articles', {}).then((l) => ({ ...l, problem: full, bytesUsed: 2048 }))
        : null,
    );
    const root = await mount(<CorpusManager />, connector);
    const note = root.querySelector('.corpus-problem');
    expect(text(note!)).toContain('Storage is full: delete articles or free disk space.');
    expect(text(note!)).toMatch(/Your corpus: [\d,]+ articles?, 2\.0 KB of storage used\./);
    expect([...root.querySelectorAll('button')].some((b) => /delete/i.test(text(b)))).toBe(true);
    expect(text(root)).toContain('Storage used');
  });
});
