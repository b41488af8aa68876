// The development set's results as Markdown, for tests/reports/match-quality.md: the totals, per
// event, the pages that went wrong with their nearest candidates, and the dates implied by the texts
// against the dates they state.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { impliedDate } from '../../lib/match/implied-date';
import { daysBetween } from '../../lib/match/dates';
import { readHtml } from '../../lib/page/read-html';
import { readDevSet, type DevEvaluation, type Rate } from './match-dev-set';

const pct = (r: Rate) => `${(r.rate * 100).toFixed(1)}% (${r.hit}/${r.of})`;
const cell = (text: string) => text.replace(/\|/g, '\\|');

export function devSummary(e: DevEvaluation): string {
  return `| measure | result | goal |
|---|---|---|
| related recall: the labeled article is shown | ${pct(e.relatedRecall)} | ≥ 92% |
| precision: shown matches that belong to the page's event (or story) | ${pct(e.precision)} | ≥ 97% |
| the labeled article first (related and republished pages) | ${pct(e.rightFirst)} | ≥ 90% |
| same-article recall: a copy is shown as the same article | ${pct(e.sameRecall)} | 100% |
| same-article precision | ${pct(e.samePrecision)} | 100% |
| near misses and unrelated news of the set that show nothing | ${pct(e.noneClean)} | 100% |
| Readability's test pages that show nothing | ${e.readabilityClean ? pct(e.readabilityClean) : 'dataset absent'} | 100% |`;
}

export function devPerEvent(e: DevEvaluation): string {
  const events = new Map<string, typeof e.outcomes>();
  for (const o of e.outcomes) events.set(o.entry.event, [...(events.get(o.entry.event) ?? []), o]);
  const rows = [...events].map(([event, outcomes]) => {
    const related = outcomes.filter((o) => o.entry.role === 'related');
    const same = outcomes.filter((o) => o.entry.role === 'same');
    const none = outcomes.filter((o) => o.entry.role === 'none');
    const found = related.filter((o) => o.matches.some((m) => m.ref === o.entry.target)).length;
    const first = [...related, ...same].filter((o) => o.matches[0]?.ref === o.entry.target).length;
    const copies = same.filter((o) =>
      o.matches.some((m) => m.ref === o.entry.target && m.relation === 'same-article'),
    ).length;
    const clean = none.filter((o) => o.matches.length === 0).length;
    const wrong = outcomes.flatMap((o) => o.matches.filter((m) => !m.right).map((m) => `${o.entry.id}→${m.ref}`));
    const title = outcomes[0].entry.eventTitle;
    return `| ${event} | ${cell(title)} | ${found}/${related.length} | ${first}/${related.length + same.length} | ${copies}/${same.length} | ${none.length ? `${clean}/${none.length}` : '–'} | ${wrong.join(', ') || '–'} |`;
  });
  return `| event | what happened | related found | labeled first | copies | near misses clean | wrong matches |
|---|---|---|---|---|---|---|
${rows.join('\n')}`;
}

export function devMisses(e: DevEvaluation): string {
  const rows = e.outcomes
    .filter((o) => (o.entry.role === 'none' ? o.matches.length > 0 : o.matches[0]?.ref !== o.entry.target))
    .map((o) => {
      const expected = o.entry.role === 'none' ? `nothing (${o.entry.mode})` : `${o.entry.role} ${o.entry.target}`;
      const got = o.matches.map((m) => `${m.ref} ${m.relation} ${m.score.toFixed(2)}`).join('; ') || 'nothing';
      const near = o.best.map((b) => `${b.ref} ${b.score.toFixed(2)}`).join('; ');
      return `| ${o.entry.id} | ${o.entry.date ?? 'none'} | ${expected} | ${got} | ${near} | ${cell(o.entry.title)} |`;
    });
  return `| page | its date | expected | shown | nearest three (threshold 0) | title |
|---|---|---|---|---|---|
${rows.join('\n')}`;
}

/**
 * The date each text implies, computed as if it stated none, against the date it does state: the
 * seeds, the development set, and the old fixture pages.
 */
export function impliedDateReport(): string {
  const rows: string[] = [];
  const errors: number[] = [];
  let texts = 0;
  const check = (name: string, text: string, stated: string | null) => {
    const estimate = impliedDate(text);
    if (stated) texts++;
    if (!estimate) return;
    const error = stated ? daysBetween(estimate.iso, stated) : null;
    if (error !== null) errors.push(error);
    rows.push(
      `| ${name} | ${stated ?? 'none stated'} | ${estimate.iso} (${estimate.label}) | ${error ?? '–'} | ${cell(estimate.reason)} |`,
    );
  };
  for (const f of readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(join('seeds', f), 'utf8');
    check(
      `seeds/${f}`,
      text,
      /^(\w{3} \d{1,2}, \d{4})/.exec(text)
        ? new Date(`${/^(\w{3} \d{1,2}, \d{4})/.exec(text)![1]} UTC`).toISOString().slice(0, 10)
        : null,
    );
  }
  for (const e of readDevSet()) if (e.body) check(`match-dev ${e.id}`, e.body, e.date);
  const dir = 'tests/fixtures/match';
  for (const f of readdirSync(dir).sort()) {
    const raw = readFileSync(join(dir, f), 'utf8');
    if (f.endsWith('.html')) {
      const d = readHtml(raw, 'https://example.org/x');
      check(`match/${f}`, d.text, d.published?.slice(0, 10) ?? null);
    } else if (f.endsWith('.txt')) check(`match/${f}`, raw, null);
  }
  errors.sort((a, b) => a - b);
  const median = errors.length ? errors[Math.floor(errors.length / 2)] : null;
  return `Of ${texts} texts that state a date, ${errors.length} imply one as well (the others give no clue the estimator reads: most
of the set's texts count nothing from a dated event). Error of the estimate against the stated date: median
${median ?? '–'} day(s), largest ${errors.length ? errors[errors.length - 1] : '–'} day(s).

| text | stated date | estimate | error (days) | reason |
|---|---|---|---|---|
${rows.join('\n')}`;
}
