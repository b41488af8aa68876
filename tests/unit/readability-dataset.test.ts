// Holds the metadata accuracy measured on Mozilla Readability's test pages (see
// tests/reports/readability-metadata.md): the floors are what lib/page reaches, less a small margin,
// so a change that loses fields fails here.
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATASET_DIR, FIELDS, measureDataset, type Field, type Measurement } from '../../scripts/readability-report';

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
  console.warn(`Skipping the Readability dataset check: ${DATASET_DIR} is absent (it lives in ../shared beside the project).`);
}

describe.skipIf(!present)('metadata read from the Readability test pages', () => {
  let measurement: Measurement;
  beforeAll(() => {
    measurement = measureDataset(DATASET_DIR);
  }, 120_000);

  it('reads every page of the dataset', () => {
    expect(measurement.pages.length).toBeGreaterThanOrEqual(120);
  });

  for (const field of FIELDS) {
    it(`agrees with Readability on ${field} for at least ${FLOORS[field] * 100} % of pages`, () => {
      const score = measurement.scores[field];
      expect(score.accuracy, `${field}: agree ${score.agree}, missing ${score.missing}, wrong ${score.wrong}`).toBeGreaterThanOrEqual(FLOORS[field]);
    });
  }

  it('never misses a title, a site name or a published time Readability finds', () => {
    expect(measurement.scores.title.missing).toBe(0);
    expect(measurement.scores.site.missing).toBe(0);
    expect(measurement.scores.published.missing).toBe(0);
  });
});
