// How fast the popup shows a finished report, on its own (the full benchmark takes far longer):
// the demo page republishes a bundled article, so its report has related cards; the popup is then
// opened as a page many times, with the service worker running and just stopped, and the time from
// the popup document's start to its first related card is summarized (bench/popup-timing.ts).
//
// Beside it, two pages that do nothing of ours set the floor no popup code can go below: a static
// page with the same elements in its HTML (the browser's cost of creating an extension page) and one
// whose single module script adds them (the same plus running one script).
//
// Also a breakdown from inside the popup: the navigation timing, when the popup's script starts,
// when the session storage read resolves, and when the report is first rendered (performance marks
// set by the popup's code).
//
// With `--against <another build>` (say, main's `.output/chrome-mv3-e2e`), that build's popup is
// copied in and timed the same way, opening by opening in the same browser: a change to the popup
// measured against what it replaces, on the same machine at the same moment.
//
// Usage: npx tsx bench/popup-bench.ts [runs=30] [--extension .output/chrome-mv3-e2e] [--against <dir>]
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from '../scripts/launch-browser';
import { servePages } from '../scripts/serve-pages';
import { tabIdOf, waitForReport } from '../scripts/extension-pages';
import { benchClient, type BenchClient, untilInstalled } from './bench-client';
import {
  installPopupProbe,
  popupTimings,
  removeFiles,
  removeFloorPages,
  waitForQuiet,
  writeFloorPages,
  writeOtherPopup,
  type PopupTiming as Sample,
} from './popup-timing';
import { ms, summarize } from './stats';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 30);
const EXTENSION_DIR = resolve(option('extension', '.output/chrome-mv3-e2e'));
const AGAINST = option('against', '') ? resolve(option('against', '')) : null;

function line(label: string, samples: Sample[]): void {
  const cards = summarize(samples.map((s) => s.cardsMs));
  const report = summarize(samples.map((s) => s.reportMs));
  console.log(
    `  ${label.padEnd(36)} cards p50 ${ms(cards.p50).padStart(7)}  p95 ${ms(cards.p95).padStart(7)}   report p50 ${ms(report.p50).padStart(7)}  p95 ${ms(report.p95).padStart(7)}`,
  );
}

function breakdown(label: string, samples: Sample[]): void {
  const names = [...new Set(samples.flatMap((s) => Object.keys(s.marks)))];
  const rows = names
    .map((n) => ({ n, p50: summarize(samples.map((s) => s.marks[n]).filter((v) => v !== undefined)).p50 }))
    .sort((a, b) => a.p50 - b.p50);
  console.log(`  ${label} (p50, ms from the document's start):`);
  for (const r of rows) console.log(`    ${r.n.padEnd(40)} ${r.p50.toFixed(1).padStart(7)}`);
  console.log(
    `    ${'first related card in the DOM'.padEnd(40)} ${summarize(samples.map((s) => s.cardsMs))
      .p50.toFixed(1)
      .padStart(7)}`,
  );
}

async function main(): Promise<void> {
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No build in ${EXTENSION_DIR}: run \`npm run build:e2e\` first.`);
  writeFloorPages(EXTENSION_DIR);
  if (AGAINST && !existsSync(resolve(AGAINST, 'popup.html'))) throw new Error(`No popup.html in ${AGAINST}.`);
  const copied = AGAINST ? writeOtherPopup(EXTENSION_DIR, AGAINST) : [];
  const server = await servePages('tests/fixtures/pages');
  const browser = await launchWithExtension({ extensionDir: EXTENSION_DIR, headless: true });
  try {
    await installPopupProbe(browser);
    const client: BenchClient = await benchClient(browser);
    await untilInstalled(client);

    const demo = await browser.context.newPage();
    const demoUrl = server.url('demo-republished.html');
    await demo.goto(demoUrl);
    const tabId = await tabIdOf(browser, demoUrl);
    const report = await waitForReport(browser, tabId, 60_000);
    if (report.state !== 'ready' || report.matches.length === 0)
      throw new Error(`the demo page's report is ${report.state} with ${report.matches.length} matches`);

    const quiet = await waitForQuiet();
    console.log(
      `machine ${quiet.quiet ? 'quiet' : 'still busy'} after ${(quiet.waitedMs / 1000).toFixed(1)} s (${quiet.busyCores.toFixed(2)} cores busy)`,
    );
    const {
      warm,
      cold,
      floorStatic,
      floorWarm: floorScript,
      floorCold,
      otherWarm,
      otherCold,
    } = await popupTimings(
      browser,
      client,
      tabId,
      runs,
      (i) => process.stdout.write(`  ${i + 1}/${runs}\r`),
      AGAINST !== null,
    );

    console.log(`popup timings over ${runs} runs (${EXTENSION_DIR}):`);
    line('popup, worker running', warm);
    line('popup, worker stopped', cold);
    line('floor: static extension page', floorStatic);
    line('floor: page + one module script', floorScript);
    line('floor: the same, worker stopped', floorCold);
    if (AGAINST) {
      line("other build's popup, worker running", otherWarm);
      line("other build's popup, worker stopped", otherCold);
    }
    const p50 = (s: Sample[]) => summarize(s.map((x) => x.cardsMs)).p50;
    console.log(
      `  popup / floor with a script (p50): ${(p50(warm) / p50(floorScript)).toFixed(2)}× worker running, ${(p50(cold) / p50(floorCold)).toFixed(2)}× stopped`,
    );
    if (AGAINST)
      console.log(
        `  popup / the other build's (p50): ${(p50(warm) / p50(otherWarm)).toFixed(2)}× worker running, ${(p50(cold) / p50(otherCold)).toFixed(2)}× stopped (${AGAINST})`,
      );
    console.log();
    breakdown('popup, worker running', warm);
    breakdown('popup, worker stopped', cold);
    breakdown('floor: page + one module script', floorScript);
  } finally {
    await browser.close();
    await server.close();
    removeFloorPages(EXTENSION_DIR);
    removeFiles(EXTENSION_DIR, copied);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
