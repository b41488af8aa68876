// The command-line tool on article records (.json, .jsonl): read as the options page reads them, with
// every bad line or record named by its number (up to 20, then how many more) and a nonzero exit.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../lib/cli/main';
import { parseImport } from '../../lib/corpus/import-files';

const record = (i: number) => ({
  title: `Port reopens ${i}`,
  text: `The port reopened on day ${i} after a storm, officials said.`,
  outlet: 'Harbour Herald',
  published: '2024-05-03',
});

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'reading-context-records-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void out.push(parts.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void err.push(parts.join(' ')));
  try {
    return { code: await main(args), stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('reading-context read on article records', () => {
  it('reads each line of a .jsonl file as an article record, not as prose', async () => {
    const file = join(dir, 'good.jsonl');
    writeFileSync(file, [record(1), record(2), record(3)].map((r) => JSON.stringify(r)).join('\n'));
    const { code, stdout, stderr } = await cli('read', '--json', file);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const rows = stdout.split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.title)).toEqual(['Port reopens 1', 'Port reopens 2', 'Port reopens 3']);
    expect(rows[0]).toMatchObject({
      outlet: 'Harbour Herald',
      published: '2024-05-03',
      text: 'The port reopened on day 1 after a storm, officials said.',
    });
  });

  it('names the first 20 bad lines by number, counts the rest, prints no article and exits 1', async () => {
    const file = join(dir, 'broken.jsonl');
    // 5,000 lines cut short, as in a truncated crawl, between two good records.
    const lines = [
      JSON.stringify(record(0)),
      ...Array.from({ length: 5000 }, (_, i) => `{"title": "broken ${i + 1}"`),
      JSON.stringify(record(9)),
    ];
    writeFileSync(file, lines.join('\n'));
    const { code, stdout, stderr } = await cli('read', file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const err = stderr.split('\n');
    expect(err[0]).toBe(`reading-context: ${file}: 5000 bad lines, so nothing of it was imported`);
    expect(err.slice(1, 21).map((l) => /^ {2}line (\d+): not valid JSON/.exec(l)?.[1])).toEqual(
      Array.from({ length: 20 }, (_, i) => String(i + 2)),
    );
    expect(err[21]).toBe('  … and 4980 more bad lines');
    expect(err).toHaveLength(22);
  });

  it('names a bad record of a .json list by its number, and exits 1', async () => {
    const file = join(dir, 'list.json');
    writeFileSync(file, JSON.stringify([record(1), { title: 'No text' }, record(3), { text: 'No title' }]));
    const { code, stderr } = await cli('read', file);
    expect(code).toBe(1);
    expect(stderr.split('\n')).toEqual([
      `reading-context: ${file}: 2 bad records, so nothing of it was imported`,
      '  record 2: "text" (or "paragraphs") is missing',
      '  record 4: "title" is missing',
    ]);
  });
});

describe('the import report of a file with several bad lines', () => {
  it('keeps the count in the message and names up to 20 lines, then how many more', () => {
    const text = [JSON.stringify(record(1)), ...Array.from({ length: 25 }, () => '{oops}')].join('\n');
    const { ok, reports } = parseImport([{ name: 'notes.jsonl', text }], [], null);
    expect(ok).toBe(false);
    expect(reports[0].message).toBe('notes.jsonl: 25 bad lines, so nothing of it was imported');
    expect(reports[0].problems).toHaveLength(21);
    expect(reports[0].problems![0]).toMatch(/^notes\.jsonl, line 2: not valid JSON/);
    expect(reports[0].problems![19]).toMatch(/^notes\.jsonl, line 21: not valid JSON/);
    expect(reports[0].problems![20]).toBe('… and 5 more bad lines');
  });

  it('gives a single bad line as the message itself, as before', () => {
    const { reports } = parseImport([{ name: 'one.jsonl', text: `${JSON.stringify(record(1))}\n{oops}\n` }], [], null);
    expect(reports[0].message).toMatch(/^one\.jsonl, line 2: not valid JSON/);
    expect(reports[0].problems).toBeUndefined();
  });
});
