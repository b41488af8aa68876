// `reading-context read` on feeds, feed lists and crawler records: one JSON object per article
// (or the feeds of an OPML list), and a file it cannot read named on stderr with the reason.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../lib/cli/main';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void out.push(parts.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void err.push(parts.join(' ')));
  const code = await main(args);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

afterEach(() => vi.restoreAllMocks());

const F = 'tests/fixtures/feeds';

describe('reading-context read on feeds and records', () => {
  it('prints each item of RSS, Atom and JSON Feed files, and crawler records, as an article', async () => {
    const { code, stdout, stderr } = await cli(
      'read',
      '--json',
      `${F}/rss-full.xml`,
      `${F}/atom.xml`,
      `${F}/feed.json`,
      `${F}/news-please.json`,
      `${F}/trafilatura.jsonl`,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const rows = stdout.split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.file.split('/').pop())).toEqual([
      'rss-full.xml',
      'rss-full.xml',
      'atom.xml',
      'atom.xml',
      'atom.xml',
      'feed.json',
      'feed.json',
      'feed.json',
      'news-please.json',
      'trafilatura.jsonl',
      'trafilatura.jsonl',
    ]);
    expect(rows[0]).toMatchObject({
      title: 'Port authority reopens the northern quay after storm repairs',
      outlet: 'Harbour Courier',
      author: 'Mara Lindqvist',
      partial: false,
    });
    expect(rows[4]).toMatchObject({ title: 'Council to vote on new bus timetable', partial: true });
    expect(rows[8]).toMatchObject({ outlet: 'riverside-gazette.test', published: '2024-03-16T08:41' });
    expect(stdout).not.toMatch(/<script|javascript:/);
  });

  it('reads a record or a text whose date cannot be read with the date unknown, naming it on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-dates-'));
    const records = join(dir, 'records.jsonl');
    writeFileSync(
      records,
      `${JSON.stringify({ title: 'Harbour budget', text: 'The council approved the harbour budget.', published: 'soonish' })}\n`,
    );
    const text = join(dir, 'story.txt');
    writeFileSync(
      text,
      'Title: Harbour budget\nPublished: the Ides of March\n---\nThe council approved the harbour budget on Tuesday.\n',
    );
    const { code, stdout, stderr } = await cli('read', '--json', records, text);
    expect(code).toBe(0);
    const rows = stdout.split('\n').map((l) => JSON.parse(l));
    expect([rows[0].published, rows[1].page.published]).toEqual([null, null]);
    expect(stderr.split('\n')).toEqual([
      expect.stringMatching(
        /^reading-context: .*records\.jsonl, line 1: "published" cannot be read as a date \("soonish"\): imported with the date unknown/,
      ),
      `reading-context: ${text}: the date in its header cannot be read ("the Ides of March"): date unknown`,
    ]);
  });

  it('lists the feeds of an OPML file', async () => {
    const { code, stdout } = await cli('read', `${F}/feeds.opml`);
    expect(code).toBe(0);
    expect(stdout).toContain('an OPML list of 3 feed(s), “My news feeds” (1 without an http(s) address left out)');
    expect(stdout).toContain('Valley Dispatch — https://valley-dispatch.test/atom.xml');
  });

  it('names each file it cannot read, and still reads the others', async () => {
    const { code, stdout, stderr } = await cli(
      'read',
      '--json',
      `${F}/malformed.xml`,
      `${F}/feed.json`,
      `${F}/missing.rss`,
    );
    expect(code).toBe(1);
    expect(stdout.split('\n')).toHaveLength(3);
    expect(stderr.split('\n')).toEqual([
      `reading-context: ${F}/malformed.xml: the XML is malformed: it ends with <rss>, <channel>, <item>, <description> still open (cut off?)`,
      `reading-context: ${F}/missing.rss: no such file`,
    ]);
    const other = await cli('figures', `${F}/atom.xml`);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain(
      'holds many articles (a feed, a feed list or records): read it with "reading-context read"',
    );
  });
});
