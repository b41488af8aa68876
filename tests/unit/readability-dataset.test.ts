// Holds the metadata accuracy measured on Mozilla Readability's test pages (see
// tests/reports/readability-metadata.md): the floors are what lib/page reaches, less a small margin,
// so a change that loses fields fails here. It also holds that the bundled corpus (about Israel and
// Gaza) finds almost nothing related among these general pages.
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ABOUT_ISRAEL_AND_GAZA,
  DATASET_DIR,
  FIELDS,
  matchDataset,
  measureDataset,
  type DatasetMatches,
  type Field,
  type Measurement,
} from '../../scripts/readability-report';

/** Measured accuracy (extras left out, see the report) less about two pages' worth of margin. */
const FLOORS: Record<Field, number> = {
  title: 0.95,
  byline: 0.96,
  site: 0.98,
  published: 0.98,
  readerable: 0.98,
};

const present = existsSync(DATASET_DIR);
if (!present) {
  console.warn(
    `Skipping the Readability dataset check: ${DATASET_DIR} is absent (it lives in ../shared beside the project).`,
  );
}

describe.skipIf(!present)('metadata read from the Readability test pages', () => {
  let measurement: Measurement;
  beforeAll(() => {
    measurement = measureDataset(DATASET_DIR);
  }, 900_000);

  it('reads every page of the dataset', () => {
    expect(measurement.pages.length).toBeGreaterThanOrEqual(120);
  });

  for (const field of FIELDS) {
    it(`agrees with Readability on ${field} for at least ${FLOORS[field] * 100} % of pages`, () => {
      const score = measurement.scores[field];
      expect(
        score.accuracy,
        `${field}: agree ${score.agree}, missing ${score.missing}, wrong ${score.wrong}`,
      ).toBeGreaterThanOrEqual(FLOORS[field]);
    });
  }

  it('never misses a title, a site name or a published time Readability finds', () => {
    expect(measurement.scores.title.missing).toBe(0);
    expect(measurement.scores.site.missing).toBe(0);
    expect(measurement.scores.published.missing).toBe(0);
  });
});

/** At most this many of the 130 pages may get a related match: measured 0, and only wapo-2 may. */
const MAX_MATCHED_PAGES = 1;

describe.skipIf(!present)('related matches from the bundled corpus on the Readability test pages', () => {
  let matches: DatasetMatches;
  beforeAll(async () => {
    matches = await matchDataset(DATASET_DIR);
  }, 900_000);

  it(`matches at most ${MAX_MATCHED_PAGES} page, and only a page about Israel and Gaza`, () => {
    const matched = matches.pages.filter((p) => p.matches.length > 0);
    const summary = matched.map((p) => `${p.page} (${p.matches.map((m) => m.score.toFixed(2)).join(', ')})`).join('; ');
    expect(matches.pages.length).toBeGreaterThanOrEqual(120);
    expect(matched.length, summary).toBeLessThanOrEqual(MAX_MATCHED_PAGES);
    expect(matched.filter((p) => !ABOUT_ISRAEL_AND_GAZA.has(p.page)).map((p) => p.page)).toEqual([]);
  });

  it('never calls a page of the dataset the same article as a corpus article', () => {
    expect(
      matches.pages.filter((p) => p.matches.some((m) => m.relation === 'same-article')).map((p) => p.page),
    ).toEqual([]);
  });
});
