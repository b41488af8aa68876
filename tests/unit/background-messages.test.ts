// The background's message listener as registered (entrypoints/background/messages.ts), driven
// through WXT's fake browser: a message from a web page's content script asking for more than a
// page report, from another extension, or of the wrong shape is refused (no answer), logged, and
// never reaches a handler. The handlers' work is replaced by spies, so "never acted on" is observed.
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

const spies = vi.hoisted(() => ({
  importFiles: vi.fn(async () => ({ ok: true, added: 0, files: [] })),
  savePage: vi.fn(async () => ({ ok: true, id: null, message: '' })),
  receiveDigest: vi.fn(async () => undefined),
  readTab: vi.fn(async () => null),
  saveReport: vi.fn(async () => undefined),
  getReport: vi.fn(async () => null),
  allArticles: vi.fn(async () => []),
  deleteArticle: vi.fn(async () => true),
  restoreBundled: vi.fn(async () => ({ added: 0 })),
  lookup: vi.fn(async () => null),
  openSidePanel: vi.fn(async () => ({ ok: true })),
}));

vi.mock('../../entrypoints/background/import', () => ({ importFiles: spies.importFiles, savePage: spies.savePage }));
vi.mock('../../entrypoints/background/reading', () => ({ receiveDigest: spies.receiveDigest, readTab: spies.readTab }));
vi.mock('../../entrypoints/background/reports', () => ({
  saveReport: spies.saveReport,
  getReport: spies.getReport,
  broadcast: async () => undefined,
}));
vi.mock('../../entrypoints/background/lookup', () => ({ lookup: spies.lookup, lastLookup: async () => null }));
vi.mock('../../entrypoints/background/side-panel', () => ({ openSidePanel: spies.openSidePanel }));
vi.mock('../../entrypoints/background/corpus', () => ({
  corpusChecked: async () => undefined,
  corpusHealth: async () => ({ fullSince: null, update: null }),
  outletProfiles: async () => [],
  restoreBundled: spies.restoreBundled,
}));
vi.mock('../../entrypoints/background/db', () => ({ getDb: async () => ({}) }));
vi.mock('../../lib/store/corpus-store', () => ({
  allArticles: spies.allArticles,
  deleteArticle: spies.deleteArticle,
  countArticles: async () => ({ total: 0, bundled: 0, user: 0 }),
  getArticle: async () => undefined,
  listArticles: async () => ({ articles: [], matching: 0 }),
  corpusVersion: async () => null,
}));

const { registerMessages } = await import('../../entrypoints/background/messages');

const ID = fakeBrowser.runtime.id;
const ORIGIN = fakeBrowser.runtime.getURL('/');
const optionsPage = { id: ID, url: `${ORIGIN}options.html` };
const webPage = {
  id: ID,
  url: 'https://evil.example/article',
  tab: { id: 4, url: 'https://evil.example/article' },
  frameId: 0,
};
const digest = {
  url: 'https://evil.example/article',
  title: 'T',
  text: 'Body',
  readerable: true,
  canonical: null,
  site: null,
  byline: null,
  published: null,
  modified: null,
  language: 'en',
  originalPublisher: null,
  basedOn: null,
  dateline: null,
  section: null,
};

let warn: ReturnType<typeof vi.spyOn>;

/** What the listener answers; undefined when it refused. */
async function send(message: unknown, sender: object): Promise<unknown> {
  const [answer] = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return answer;
}

const handlerCalls = () => Object.values(spies).reduce((n, spy) => n + spy.mock.calls.length, 0);

beforeEach(() => {
  fakeBrowser.reset();
  for (const spy of Object.values(spies)) spy.mockClear();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  warn.mockClear();
  // Node 20 has no navigator; the corpus listing asks it for the storage estimate.
  vi.stubGlobal('navigator', {});
  registerMessages();
});

describe('the background message listener', () => {
  it('answers a well-formed request of an extension page (the control case)', async () => {
    await expect(send({ type: 'export-corpus' }, optionsPage)).resolves.toEqual([]);
    expect(spies.allArticles).toHaveBeenCalledTimes(1);
    await expect(send({ type: 'page-digest', digest }, webPage)).resolves.toEqual({ ok: true });
    expect(spies.receiveDigest).toHaveBeenCalledWith(4, digest);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    ['export-corpus', { type: 'export-corpus' }],
    ['delete-article', { type: 'delete-article', id: 'a123' }],
    ['import-files', { type: 'import-files', files: [{ name: 'x.txt', text: 'Title: x\n---\ny' }] }],
    ['restore-bundled', { type: 'restore-bundled' }],
    ['save-page', { type: 'save-page', tabId: 4 }],
    ['get-report of another tab', { type: 'get-report', tabId: 9 }],
    ['lookup', { type: 'lookup', text: 'gaza' }],
  ])('refuses %s from a web page’s content script, logs it, and runs no handler', async (_, message) => {
    await expect(send(message, webPage)).resolves.toBeUndefined();
    expect(handlerCalls()).toBe(0);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/refused a message: a page may not send/));
  });

  it.each([
    [
      'another extension',
      { type: 'export-corpus' },
      { ...optionsPage, id: 'some-other-extension' },
      /not this extension/,
    ],
    ['a sender with no id', { type: 'export-corpus' }, { url: optionsPage.url }, /not this extension/],
    ['a sub-frame of a page', { type: 'page-digest', digest }, { ...webPage, frameId: 2 }, /top frame/],
    [
      'an extension page posing as a page reader',
      { type: 'page-digest', digest },
      optionsPage,
      /must come from a content script/,
    ],
    [
      'a page digest for a javascript: address',
      { type: 'page-digest', digest: { ...digest, url: 'javascript:alert(1)' } },
      webPage,
      /http\(s\) address/,
    ],
    [
      'a page digest whose title is not text',
      { type: 'page-digest', digest: { ...digest, title: { toString: 'x' } } },
      webPage,
      /title/,
    ],
    [
      'import files that are not a list',
      { type: 'import-files', files: 'all of them' },
      optionsPage,
      /files is not a non-empty list/,
    ],
    ['a tab id that is not a number', { type: 'get-report', tabId: '1; drop' }, optionsPage, /tabId/],
    ['an unknown type', { type: 'eval', code: 'alert(1)' }, optionsPage, /unknown message type/],
    ['a prototype key as type', { type: '__proto__' }, optionsPage, /unknown message type/],
    ['a constructor key as type', { type: 'constructor' }, optionsPage, /unknown message type/],
    ['no type', { tabId: 1 }, optionsPage, /no type/],
    ['a string', 'export-corpus', optionsPage, /no type/],
    ['null', null, optionsPage, /no type/],
    ['a list', [{ type: 'export-corpus' }], optionsPage, /no type/],
  ])('refuses %s, logs why, and runs no handler', async (_, message, sender, reason) => {
    await expect(send(message, sender)).resolves.toBeUndefined();
    expect(handlerCalls()).toBe(0);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(reason);
  });

  it('takes a page report only for the sending tab’s own address, the fragment aside', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // The same page with a fragment on either side is the same page.
    const atComments = { ...webPage, tab: { id: 4, url: 'https://evil.example/article#comments' } };
    await expect(send({ type: 'page-digest', digest }, atComments)).resolves.toEqual({ ok: true });
    await expect(
      send({ type: 'page-digest', digest: { ...digest, url: `${digest.url}#top` } }, webPage),
    ).resolves.toEqual({ ok: true });
    expect(spies.receiveDigest).toHaveBeenCalledTimes(2);
    spies.receiveDigest.mockClear();
    // Another address, another query, or a tab whose address is unknown: refused with the reason, nothing kept.
    const borrowed = { ...digest, url: 'https://www.reuters.com/world/article' };
    await expect(send({ type: 'page-digest', digest: borrowed }, webPage)).rejects.toThrow(
      'Refused a page report: the report is for https://www.reuters.com/world/article, but the sending tab is at https://evil.example/article.',
    );
    await expect(
      send({ type: 'page-digest', digest: { ...digest, url: `${digest.url}?page=2` } }, webPage),
    ).rejects.toThrow(/sending tab is at/);
    await expect(send({ type: 'page-digest', digest }, { ...webPage, tab: { id: 4 } })).rejects.toThrow(
      /no known address/,
    );
    await expect(
      send({ type: 'page-skipped', url: 'https://other.example/', reason: 'error' }, webPage),
    ).rejects.toThrow(/sending tab is at/);
    expect(spies.receiveDigest).not.toHaveBeenCalled();
    expect(spies.saveReport).not.toHaveBeenCalled();
    error.mockRestore();
  });

  it('never runs a handler for anything a web page sends, except well-formed page reports', async () => {
    const types = [
      'page-digest',
      'page-skipped',
      'get-report',
      'read-tab',
      'list-articles',
      'get-article',
      'lookup',
      'import-files',
      'delete-article',
      'restore-bundled',
      'export-corpus',
      'save-page',
      'open-sidepanel',
      'toString',
      '__proto__',
    ];
    const message = fc.oneof(
      fc.anything(),
      fc
        .record({ type: fc.constantFrom(...types) }, { requiredKeys: ['type'] })
        .chain((base) => fc.dictionary(fc.string(), fc.anything()).map((extra) => ({ ...extra, ...base }))),
    );
    // What the browser reports for a web page's content script (or for something posing as one).
    const sender = fc.record({
      id: fc.constantFrom(ID, 'other', undefined),
      url: fc.constantFrom('https://evil.example/', 'http://127.0.0.1/x', undefined),
      tab: fc.constantFrom({ id: 1, url: 'https://evil.example/' }, { id: 2 }),
      frameId: fc.constantFrom(0, 1, undefined),
    });
    await fc.assert(
      fc.asyncProperty(message, sender, async (m, s) => {
        for (const spy of Object.values(spies)) spy.mockClear();
        await send(m, s);
        const ran = handlerCalls();
        const pageReport = spies.receiveDigest.mock.calls.length + spies.saveReport.mock.calls.length;
        // Only the two page reports may run, and only from this extension's content script in a top frame.
        expect(ran).toBe(pageReport);
        if (ran > 0) expect(s).toMatchObject({ id: ID, frameId: 0 });
      }),
      { numRuns: 500 },
    );
  });
});
