// The command-line tool as a person runs it: `reading-context read|match|figures|sources [--json] FILE…`
// prints one JSON object per input on its own line, names every bad file on stderr while the others
// are still processed (exit 1), and answers a wrong command or option with its usage (exit 2).
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../lib/cli/main';

const run = promisify(execFile);

const SEED_MNA = 'seeds/000_49ebc4d4ef1aa215.txt';
const SEED_PRESS_TV = 'seeds/003_d8affad2d3658da0.txt';
const DEMO = 'tests/fixtures/pages/demo-republished.html';
const EARTHQUAKE = 'tests/fixtures/match/none-earthquake.html';
const RELATED = 'tests/fixtures/match/rel-hamas-42day-plan.html';
const FRONT_PAGE = 'tests/fixtures/pages/front-page.html';

let dir: string;
let bad: { missing: string; empty: string; binary: string; directory: string; notUtf8: string };
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'reading-context-cli-'));
  bad = {
    missing: join(dir, 'missing.html'),
    empty: join(dir, 'empty.html'),
    binary: join(dir, 'picture.html'),
    directory: join(dir, 'folder'),
    notUtf8: join(dir, 'latin1.txt'),
  };
  writeFileSync(bad.empty, '');
  writeFileSync(
    bad.binary,
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  );
  mkdirSync(bad.directory);
  writeFileSync(bad.notUtf8, Buffer.from('Caf\xe9 au lait, d\xe9j\xe0 vu\n', 'latin1'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed line by line (JSON commands only). */
  objects: Array<Record<string, any>>;
}

/** Calls the tool in this process, capturing what it prints. */
async function cli(...args: string[]): Promise<Outcome> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void out.push(parts.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void err.push(parts.join(' ')));
  try {
    const code = await main(args);
    const stdout = out.join('\n');
    const objects = args.includes('--json')
      ? out
          .flatMap((chunk) => chunk.split('\n'))
          .filter(Boolean)
          .map((line) => JSON.parse(line))
      : [];
    return { code, stdout, stderr: err.join('\n'), objects };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('reading-context read --json', () => {
  it('prints one object per input, in order, with the page metadata and text', async () => {
    const { code, objects, stderr } = await cli('read', '--json', SEED_MNA, DEMO, FRONT_PAGE);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(objects.map((o) => o.file)).toEqual([SEED_MNA, DEMO, FRONT_PAGE]);
    expect(objects[0].page).toMatchObject({
      title: 'Resistance shatters Netanyahu’s “total victory” dream',
      published: '2024-03-16T10:17',
      readerable: true,
    });
    expect(objects[1].page).toMatchObject({ byline: 'Alireza Hashemi', site: 'The Meridian Ledger', readerable: true });
    expect(objects[1].text).toMatch(/Hossein Kana'ani Moghaddam|Netanyahu/);
    // A front page of links is read, and said to be no article: the extension would not read it.
    expect(objects[2].page).toMatchObject({ readerable: false, language: 'fr' });
  });

  it('says in plain text when a page does not look like an article, and when it has no title', async () => {
    const { code, stdout } = await cli('read', FRONT_PAGE);
    expect(code).toBe(0);
    expect(stdout).toMatch(/article: no \(this does not look like an article/);
    const malformed = join(dir, 'no-title.html');
    writeFileSync(malformed, '<html><body><div><p>Only a line <b>of <i>text</div>');
    const untitled = await cli('read', malformed);
    expect(untitled.stdout).toMatch(/title: none found/);
  });
});

describe('reading-context match --json', () => {
  it('gives the page summary, the related articles with their reasons, figures and sources', async () => {
    const { code, objects } = await cli('match', '--json', DEMO, RELATED, EARTHQUAKE);
    expect(code).toBe(0);
    expect(objects).toHaveLength(3);
    for (const o of objects) {
      expect(Object.keys(o)).toEqual(expect.arrayContaining(['file', 'page', 'related', 'figures', 'sources']));
      expect(Object.keys(o.page).sort()).toEqual(['byline', 'published', 'site', 'title', 'url']);
      for (const m of o.related) {
        expect(Object.keys(m)).toEqual(
          expect.arrayContaining(['id', 'title', 'outlet', 'published', 'relation', 'score', 'shared']),
        );
        expect(Object.keys(m.shared).sort()).toEqual(['figures', 'names', 'terms']);
        expect(m.score).toBeGreaterThanOrEqual(0.4);
        expect(m.score).toBeLessThanOrEqual(1);
      }
    }
    const [demo, related, earthquake] = objects;
    expect(demo.related[0]).toMatchObject({ relation: 'same-article', outlet: 'Press TV' });
    expect(related.related.length).toBeGreaterThan(0);
    expect(related.related.every((m: { relation: string }) => m.relation === 'related')).toBe(true);
    expect(related.related[0].shared.names.length).toBeGreaterThan(0);
    expect(earthquake.related).toEqual([]);
    expect(earthquake.figures.length).toBeGreaterThan(0);
  });

  it('finds each seed as the same article as itself', async () => {
    const { objects } = await cli('match', '--json', SEED_MNA, SEED_PRESS_TV);
    expect(objects[0].related[0]).toMatchObject({
      relation: 'same-article',
      outlet: 'Mehr News Agency',
      title: 'Resistance shatters Netanyahu’s “total victory” dream',
    });
    expect(objects[1].related[0]).toMatchObject({ relation: 'same-article', outlet: 'Press TV' });
  });

  it('honours --threshold: 1 shows nothing below a perfect score', async () => {
    const { code, objects } = await cli('match', '--json', '--threshold', '1', RELATED);
    expect(code).toBe(0);
    expect(objects[0].related).toEqual([]);
  });
});

describe('reading-context figures --json and sources --json', () => {
  it('lists each figure with what it counts and who is cited', async () => {
    const { code, objects } = await cli('figures', '--json', SEED_MNA, EARTHQUAKE);
    expect(code).toBe(0);
    expect(objects.map((o) => o.file)).toEqual([SEED_MNA, EARTHQUAKE]);
    expect(objects[1].figures).toEqual(
      expect.arrayContaining([expect.objectContaining({ counts: expect.any(String), source: expect.any(String) })]),
    );
    for (const o of objects) expect(Object.keys(o).sort()).toEqual(['figures', 'file']);
  });

  it('lists who each text cites, with cue words', async () => {
    const { code, objects } = await cli('sources', '--json', SEED_PRESS_TV, DEMO);
    expect(code).toBe(0);
    expect(objects[0].sources.find((s: { name: string }) => s.name === "Hossein Kana'ani Moghaddam")).toMatchObject({
      kind: 'person',
      cue: expect.arrayContaining(['said']),
    });
    for (const o of objects) expect(Object.keys(o).sort()).toEqual(['file', 'sources']);
  });
});

describe('bad inputs', () => {
  it.each([
    ['missing', 'no such file'],
    ['empty', 'the file is empty'],
    ['binary', 'binary'],
    ['directory', 'is a directory'],
    ['notUtf8', 'not valid UTF-8'],
  ] as const)('names a %s file on stderr and still processes the others (exit 1)', async (kind, reason) => {
    const { code, objects, stderr } = await cli('match', '--json', SEED_MNA, bad[kind], EARTHQUAKE);
    expect(code).toBe(1);
    expect(objects.map((o) => o.file)).toEqual([SEED_MNA, EARTHQUAKE]);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toContain(`reading-context: ${bad[kind]}: `);
    expect(stderr).toContain(reason);
  });

  it('reads malformed HTML without an exception', async () => {
    const malformed = join(dir, 'malformed.html');
    writeFileSync(
      malformed,
      '<html><head><title>Broken <b>page</title><body><p>One <div><table><tr><td>cell <p>two</td></tr></tbody><<<>>> &bogus; <script>never(</p>',
    );
    for (const command of ['read', 'match', 'figures', 'sources']) {
      const { code, objects, stderr } = await cli(command, '--json', malformed);
      expect(code, command).toBe(0);
      expect(stderr, command).toBe('');
      expect(objects).toHaveLength(1);
    }
  });
});

describe('usage', () => {
  it.each([
    [['frob', SEED_MNA], /unknown command "frob"/],
    [['read', '--bogus', SEED_MNA], /unknown option --bogus/],
    [['read'], /read needs at least one FILE/],
    [[], /^Usage: reading-context/],
    [['match', '--threshold', 'high', SEED_MNA], /--threshold takes a number between 0 and 1/],
  ])('answers %j with a usage error (exit 2)', async (args, message) => {
    const { code, stdout, stderr } = await cli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('prints its help on --help (exit 0)', async () => {
    const { code, stdout } = await cli('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: reading-context <command> \[--json\] FILE…/);
    expect(stdout).toMatch(/match FILE…/);
  });
});

describe('the installed command', () => {
  it('runs as `npx reading-context --help` from the project root', async () => {
    const { stdout } = await run('npx', ['--no-install', 'reading-context', '--help'], {
      cwd: process.cwd(),
      timeout: 600_000,
    });
    expect(stdout).toMatch(/^Usage: reading-context <command>/);
  }, 900_000);

  it('runs bin/reading-context.mjs: one JSON line per good input, the bad one on stderr, exit code 1', async () => {
    const child = await run('node', ['bin/reading-context.mjs', 'read', '--json', SEED_MNA, bad.missing, DEMO], {
      timeout: 600_000,
    }).then(
      () => {
        throw new Error('expected exit code 1');
      },
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(child.code).toBe(1);
    const lines = child.stdout.trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).file)).toEqual([SEED_MNA, DEMO]);
    expect(child.stderr.trim()).toBe(`reading-context: ${bad.missing}: no such file`);
  }, 900_000);

  it('exits 2 with its usage on an unknown command', async () => {
    const child = await run('node', ['bin/reading-context.mjs', 'summarize', SEED_MNA], { timeout: 600_000 }).catch(
      (error) => error,
    );
    expect(child.code).toBe(2);
    expect(child.stderr).toMatch(/unknown command "summarize"[\s\S]*Usage:/);
  }, 900_000);
});

describe('determinism', () => {
  it('gives the same JSON for the same input twice', async () => {
    const a = await cli('match', '--json', RELATED);
    const b = await cli('match', '--json', RELATED);
    expect(a.stdout).toBe(b.stdout);
  });
});
