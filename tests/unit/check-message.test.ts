// Every message the background receives is checked for shape and sender before use.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../lib/check-message';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const page = { id: ID, url: `${ORIGIN}popup.html` };
const contentScript = {
  id: ID,
  url: 'https://news.example/a',
  tab: { id: 7, url: 'https://news.example/a' },
  frameId: 0,
};
const digest = {
  url: 'https://news.example/a',
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

describe('checkMessage', () => {
  it('accepts a page digest from a content script in a top frame', () => {
    expect(checkMessage({ type: 'page-digest', digest }, contentScript, ID, ORIGIN).ok).toBe(true);
  });
  it('refuses a page digest from a sub-frame', () => {
    expect(checkMessage({ type: 'page-digest', digest }, { ...contentScript, frameId: 3 }, ID, ORIGIN)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/top frame/),
    });
  });
  it('refuses anything but page reports from a content script', () => {
    for (const m of [
      { type: 'export-corpus' },
      { type: 'delete-article', id: 'a1' },
      { type: 'import-files', files: [{ name: 'x.txt', text: 'x' }] },
    ]) {
      expect(checkMessage(m, contentScript, ID, ORIGIN)).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/a page may not send/),
      });
    }
  });
  it('refuses messages from another extension', () => {
    expect(checkMessage({ type: 'export-corpus' }, { ...page, id: 'other' }, ID, ORIGIN)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not this extension/),
    });
  });
  it('refuses malformed messages with the reason', () => {
    expect(checkMessage(null, page, ID, ORIGIN)).toMatchObject({ ok: false, reason: 'message has no type' });
    expect(checkMessage({ type: 'hack' }, page, ID, ORIGIN)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/unknown message type/),
    });
    expect(checkMessage({ type: 'get-report', tabId: '3' }, page, ID, ORIGIN)).toMatchObject({
      ok: false,
      reason: 'get-report: tabId is not a tab id',
    });
    expect(
      checkMessage(
        { type: 'page-digest', digest: { ...digest, url: 'javascript:alert(1)' } },
        contentScript,
        ID,
        ORIGIN,
      ),
    ).toMatchObject({ ok: false });
    expect(
      checkMessage({ type: 'page-digest', digest: { ...digest, title: 42 } }, contentScript, ID, ORIGIN),
    ).toMatchObject({ ok: false });
    const stated = { addresses: ['https://www.reuters.com/a'], names: ['Reuters'], publisherAddresses: [] };
    expect(checkMessage({ type: 'page-digest', digest: { ...digest, stated } }, contentScript, ID, ORIGIN).ok).toBe(
      true,
    );
    expect(
      checkMessage(
        { type: 'page-digest', digest: { ...digest, stated: { ...stated, names: Array(9).fill('Reuters') } } },
        contentScript,
        ID,
        ORIGIN,
      ),
    ).toMatchObject({ ok: false, reason: expect.stringMatching(/stated\.names is not a short list/) });
    expect(checkMessage({ type: 'lookup', text: '   ' }, page, ID, ORIGIN)).toMatchObject({ ok: false });
    expect(checkMessage({ type: '__proto__' }, page, ID, ORIGIN)).toMatchObject({ ok: false });
    expect(
      checkMessage(
        { type: 'import-files', files: [{ name: 'a.html', text: '<p>x</p>', article: 42 }] },
        page,
        ID,
        ORIGIN,
      ),
    ).toMatchObject({ ok: false, reason: expect.stringMatching(/article is not text/) });
  });
  it('takes a page of the kept history from where the last one ended, and refuses a malformed place', () => {
    const history = (m: Record<string, unknown>) => checkMessage({ type: 'kept-history', ...m }, page, ID, ORIGIN);
    expect(history({ site: 'news.example', after: { addedAt: 1_700_000_000_000, id: 'a1' }, limit: 50 }).ok).toBe(true);
    expect(history({ after: { addedAt: 'yesterday', id: 'a1' } })).toMatchObject({
      ok: false,
      reason: 'kept-history: after is not {addedAt, id}',
    });
    expect(history({ after: { addedAt: 1, id: 7 } })).toMatchObject({ ok: false });
    expect(history({ after: 'a1' })).toMatchObject({ ok: false });
  });
  it('accepts every request of an extension page in its right shape', () => {
    for (const m of [
      { type: 'get-report', tabId: 3 },
      { type: 'list-articles', query: 'gaza' },
      { type: 'lookup', text: 'Rafah' },
      { type: 'restore-bundled' },
      {
        type: 'import-files',
        files: [
          { name: 'a.html', text: '<p>x</p>', article: 'Title: A\n\nText.' },
          { name: 'b.html', text: '<p>y</p>', article: null },
        ],
      },
    ]) {
      expect(checkMessage(m, page, ID, ORIGIN).ok).toBe(true);
    }
  });
});
