// Every command of the command-line tool on every real page we have: the 130 pages of Mozilla
// Readability's test suite (general web pages, not news: code, recipes, forums, front pages) and the
// project's own fixture pages. A page may be refused, with a reason a person can act on; no page may
// make the tool fail with an internal error (a TypeError from a value of an unexpected type, say).
// In process, through the CLI's own functions, for speed; the real tool runs on two of them at the end.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS, InputError, readInput, refusal, runCommand, type Input } from '../../lib/cli/main';
import { SeedError } from '../../lib/corpus/parse-seed';
import { DATASET_DIR } from '../../scripts/readability-report';
import { detectLanguage } from '../../lib/text/language';

const ROOT = resolve(import.meta.dirname, '../..');
const present = existsSync(DATASET_DIR);
if (!present) {
  console.warn(
    `Skipping the CLI sweep over the Readability test pages: ${DATASET_DIR} is absent (it lives in ../shared beside the project). The fixture pages are still swept.`,
  );
}

function htmlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFilesUnder(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const datasetPages = present
  ? readdirSync(DATASET_DIR)
      .sort()
      .map((name) => join(DATASET_DIR, name, 'source.html'))
      .filter((file) => existsSync(file))
  : [];
const fixturePages = htmlFilesUnder(join(ROOT, 'tests/fixtures')).sort();

interface Outcome {
  file: string;
  /** The reason the tool gives for refusing the file, when it does. */
  refused: string | null;
  /** Internal errors, one per command and format that threw. */
  errors: string[];
  /** The language the page states, and the one its text shows. */
  stated?: string | null;
  detected?: string;
}

const outcomes: Outcome[] = [];

/** Runs every command in both formats on one file, and sorts what went wrong. */
async function sweep(file: string): Promise<Outcome> {
  const outcome: Outcome = { file: relative(ROOT, file), refused: null, errors: [] };
  outcomes.push(outcome);
  let input: Input;
  try {
    input = await readInput(file);
  } catch (error) {
    outcome.refused = refusal(error);
    if (outcome.refused === null) outcome.errors.push(`reading: ${(error as Error).stack ?? String(error)}`);
    return outcome;
  }
  outcome.stated = input.page.language;
  outcome.detected = detectLanguage(input.text);
  for (const command of COMMANDS) {
    for (const json of [true, false]) {
      try {
        const printed = await runCommand(command, file, input, json);
        if (json) JSON.parse(printed);
        else expect(printed.length).toBeGreaterThan(0);
      } catch (error) {
        const reason = refusal(error);
        if (reason === null)
          outcome.errors.push(
            `${command}${json ? ' --json' : ''}: ${(error as Error).stack?.split('\n').slice(0, 3).join(' ') ?? String(error)}`,
          );
      }
    }
  }
  return outcome;
}

describe.skipIf(!present)('every command on every Readability test page', () => {
  it('finds the suite', () => {
    expect(datasetPages.length).toBeGreaterThanOrEqual(130);
  });
  it.each(datasetPages.map((file) => [relative(DATASET_DIR, file), file]))(
    '%s: no internal error',
    async (_name, file) => {
      const { errors, refused } = await sweep(file);
      expect(errors).toEqual([]);
      // Every suite page is HTML that parses: none is refused.
      expect(refused).toBeNull();
    },
    120_000,
  );
});

describe.skipIf(!present)('the language of the Readability test pages', () => {
  it('is never detected as another language than the one a page states (unknown is allowed)', () => {
    const swept = outcomes.filter((o) => o.file.includes('readability-test-pages') && o.detected !== undefined);
    expect(swept.length).toBeGreaterThanOrEqual(130);
    // (The CLI gives a page that states no language the detected one, which agrees by construction.)
    const wrong = swept.filter(
      (o) => o.stated && o.detected !== 'und' && o.stated.split('-')[0].toLowerCase() !== o.detected,
    );
    expect(wrong.map((o) => `${o.file}: states ${o.stated}, reads as ${o.detected}`)).toEqual([]);
    // French (lemonde-1), German (heise), Spanish, Portuguese (folha) and English pages are told apart.
    const found = new Set(swept.map((o) => o.detected));
    for (const language of ['en', 'fr', 'de', 'es', 'pt']) expect(found).toContain(language);
  });
});

describe('every command on every fixture page', () => {
  it('finds the fixtures', () => {
    expect(fixturePages.length).toBeGreaterThanOrEqual(30);
  });
  it.each(fixturePages.map((file) => [relative(ROOT, file), file]))(
    '%s: no internal error, or refused with a reason',
    async (_name, file) => {
      const { errors, refused } = await sweep(file);
      expect(errors).toEqual([]);
      if (refused !== null) expect(refused).toMatch(/\w{3,}/);
    },
    120_000,
  );
  it('refuses the empty page, saying so', async () => {
    const { refused } = await sweep(join(ROOT, 'tests/fixtures/pages/bad-empty.html'));
    expect(refused).toBe('the file is empty');
  });
});

describe('refusals and internal errors', () => {
  it('tells a refused file (a reason for the person) from a bug (anything else thrown)', () => {
    expect(refusal(new InputError('no such file'))).toBe('no such file');
    expect(refusal(new SeedError('a.txt', 'the file is empty: a seed needs an article text'))).toBe(
      'the file is empty: a seed needs an article text',
    );
    expect(refusal(new TypeError('head.toLowerCase is not a function'))).toBeNull();
  });
});

describe('the tool itself, as a person runs it', () => {
  it('matches a page that once failed with an internal error, and names the refused file with its reason', async () => {
    const page = present
      ? join(DATASET_DIR, '002/source.html')
      : join(ROOT, 'tests/fixtures/pages/demo-republished.html');
    const empty = join(ROOT, 'tests/fixtures/pages/bad-empty.html');
    const result = await promisify(execFile)(
      process.execPath,
      [join(ROOT, 'bin/reading-context.mjs'), 'match', '--json', page, empty],
      { cwd: ROOT },
    ).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    // Exit 1: one file was refused; the other was matched.
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({ file: page });
    expect(result.stderr.trim()).toBe(`reading-context: ${empty}: the file is empty`);
  }, 300_000);
});

afterAll(() => {
  const refused = outcomes.filter((o) => o.refused !== null);
  if (refused.length)
    console.info(`Refused with a reason: ${refused.map((o) => `${o.file} (${o.refused})`).join('; ')}`);
});
