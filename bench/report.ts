// Writes the benchmark's results as bench/RESULTS.md: the machine, a table per corpus size (ours,
// MiniSearch, the ratio), the goals with what was measured against each, and the once-per-run
// figures. Generated: edit this file, not RESULTS.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { bytes, count, median, ms, ratio, type Summary } from './stats';
import { costCurveSvg } from './chart';
import { readGrowth } from './growth';

export interface Found {
  excerptTop1: number;
  excerpts: number;
  coverageMatched: number;
  coverage: number;
}

/** FlexSearch 0.8 with its IndexedDB adapter, in the same worker on the same articles and pages. */
export interface FlexResult {
  docs: number;
  /** add() of every article and a commit() per chunk: the persisted import. */
  indexMs: number;
  /** The browser's usage estimate grown by FlexSearch's database. */
  usage: number | null;
  heap: { base: number | null; built: number | null; warm: number | null; cold: number | null };
  warm: Summary;
  searchOnly: Summary;
  cold: Summary;
  coldWall: Summary;
  found: Found;
}

/** Articles kept one at a time onto the corpus, and the warm match on the corpus they grew. */
export interface SinglesResult {
  add: Summary;
  evicted: number;
  matchAfter: Summary;
  /** The corpus was itself made of kept articles (the "keep what I read" limits apply to it). */
  keptCorpus: boolean;
}

export interface SizeResult {
  n: number;
  words: number;
  /**
   * Our import: in steps as the import handler imports a file (`perImport` articles an import, the time
   * of each step summed in `steps`), or, in runs that predate it, a transaction of `chunk` per call.
   */
  import: {
    workerMs: number;
    wallMs: number;
    chunk: number;
    textMs: number;
    perImport?: number;
    steps?: Record<string, number>;
    /** The merges the imports left to the background: terms merged, time spent merging, and how long after the last import they ended. */
    merges?: { terms: number; busyMs: number; afterMs: number };
  };
  heap: { base: number | null; afterImport: number | null; afterWarm: number | null; afterCold: number | null };
  /**
   * At small sizes, our import and FlexSearch's (articles a second) in pairs: the run's own first, then
   * each further pair in a fresh browser. The goal takes the median of their ratios.
   */
  importPairs?: Array<{ ours: number; theirs: number }>;
  stores: Record<string, { records: number; bytes: number }>;
  usage: number | null;
  warm: { worker: Summary; wall: Summary; found: Found; pages: number; steps: Record<string, Summary> };
  cold: { total: Summary; wall: Summary; match: Summary; startup: Summary; uptime: Summary };
  /** Absent above the run's `--others-up-to` size (MiniSearch and FlexSearch not run there). */
  mini?: {
    docs: number;
    indexMs: number;
    jsonChars: number;
    heap: number | null;
    warm: Summary;
    searchOnly: Summary;
    cold: Summary | null;
    coldWall: Summary | null;
    coldLoad: Summary | null;
    found: Found;
  };
  /** Absent from runs before FlexSearch was measured. */
  flex?: FlexResult;
  /** Absent from runs before articles were kept one at a time. */
  singles?: SinglesResult | null;
  popup: {
    warm: Summary;
    cold: Summary;
    reportWarm: Summary;
    /** The same timing of an extension page with one trivial script, alternated with the popup's runs. */
    floorWarm?: Summary;
    floorCold?: Summary;
    /** How long the run waited for the machine to be quiet before timing the popup. */
    quiet?: { waitedMs: number; busyCores: number; quiet: boolean };
  };
}

export interface OnceResults {
  longArticle: { words: number; worker: Summary; node: Summary; figures: number; sources: number };
  fileImport: { articles: number; ms: number; bytes: number };
  idb: { putUs: number; getUs: number };
}

export interface BenchRun {
  machine: {
    cpu: string;
    cores: number;
    memory: string;
    node: string;
    chromium: string;
    date: string;
    loadBefore: string;
    loadAfter: string;
  };
  sizes: SizeResult[];
  once: OnceResults | null;
  nodePrepare: (Summary & { perArticle: number }) | null;
  command: string;
  totalMs?: number;
}

const indexBytes = (s: SizeResult) =>
  (s.stores.docs?.bytes ?? 0) +
  (s.stores.postings?.bytes ?? 0) +
  (s.stores.postingBlocks?.bytes ?? 0) +
  (s.stores.terms?.bytes ?? 0);
const rate = (n: number, msTaken: number) => (n / msTaken) * 1000;
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const verdict = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? '**met**' : '**not met**');
/** For a goal that names no percentile: met, met by the typical run (p50) only, or not met. */
const typicalVerdict = (p50: number | null, p95: number | null, goal: number) =>
  p50 === null || p95 === null
    ? 'not measured'
    : p95 < goal
      ? '**met**'
      : p50 < goal
        ? '**met at p50**, not at p95'
        : '**not met**';

function sizeTable(s: SizeResult): string[] {
  const ours = rate(s.n, s.import.workerMs);
  const m = s.mini;
  const theirs = m ? rate(m.docs, m.indexMs) : null;
  const f = s.flex;
  const flexRate = f ? rate(f.docs, f.indexMs) : null;
  const flexHeap = f?.heap.cold ?? null;
  return [
    `### ${count(s.n)} articles (~${s.words} words each)`,
    '',
    row([
      '',
      'Reading Context',
      'FlexSearch 0.8 (IndexedDB)',
      'MiniSearch 7.2',
      'ours / FlexSearch',
      'ours / MiniSearch',
    ]),
    row(['---', '---:', '---:', '---:', '---:', '---:']),
    row([
      'import (articles/s, inside the worker)',
      count(ours),
      flexRate ? count(flexRate) : 'n/a',
      theirs ? count(theirs) : 'n/a',
      ratio(ours, flexRate),
      ratio(ours, theirs),
    ]),
    row([
      'storage (browser estimate; ours with the articles)',
      bytes(s.usage),
      bytes(f?.usage),
      m ? `${bytes(m.jsonChars)} (JSON)` : 'n/a',
      ratio(s.usage, f?.usage),
      ratio(s.usage, m?.jsonChars),
    ]),
    row(['index size (our index stores alone)', bytes(indexBytes(s)), '', '', '', ratio(indexBytes(s), m?.jsonChars)]),
    row([
      'worker heap, just started + one match',
      bytes(s.heap.afterCold),
      bytes(flexHeap),
      m ? `+${bytes(m.heap)} (the index in memory)` : 'n/a',
      ratio(s.heap.afterCold, flexHeap),
      ratio(s.heap.afterCold, m?.heap),
    ]),
    row([
      'warm match p50',
      ms(s.warm.worker.p50),
      ms(f?.warm.p50),
      ms(m?.warm.p50),
      ratio(s.warm.worker.p50, f?.warm.p50),
      ratio(s.warm.worker.p50, m?.warm.p50),
    ]),
    row([
      'warm match p95',
      ms(s.warm.worker.p95),
      ms(f?.warm.p95),
      ms(m?.warm.p95),
      ratio(s.warm.worker.p95, f?.warm.p95),
      ratio(s.warm.worker.p95, m?.warm.p95),
    ]),
    row([
      'just-started match p50',
      ms(s.cold.total.p50),
      ms(f?.cold.p50),
      ms(m?.cold?.p50),
      ratio(s.cold.total.p50, f?.cold.p50),
      ratio(s.cold.total.p50, m?.cold?.p50),
    ]),
    row([
      'just-started match p95',
      ms(s.cold.total.p95),
      ms(f?.cold.p95),
      ms(m?.cold?.p95),
      ratio(s.cold.total.p95, f?.cold.p95),
      ratio(s.cold.total.p95, m?.cold?.p95),
    ]),
    row([
      "just-started, with the worker's own start, p95",
      ms(s.cold.wall.p95),
      ms(f?.coldWall.p95),
      ms(m?.coldWall?.p95),
      ratio(s.cold.wall.p95, f?.coldWall.p95),
      ratio(s.cold.wall.p95, m?.coldWall?.p95),
    ]),
    ...(s.singles
      ? [
          row([
            `one article kept onto the corpus, p50 / p95 (${s.singles.add.n} one at a time)`,
            `${ms(s.singles.add.p50)} / ${ms(s.singles.add.p95)}`,
            '',
            '',
            '',
            '',
          ]),
          row([
            `warm match p50 / p95 after them${s.singles.keptCorpus ? ' (a corpus of kept articles)' : ''}`,
            `${ms(s.singles.matchAfter.p50)} / ${ms(s.singles.matchAfter.p95)}`,
            '',
            '',
            '',
            '',
          ]),
        ]
      : []),
    row([
      'excerpt pages: the source article ranked first',
      `${s.warm.found.excerptTop1}/${s.warm.found.excerpts}`,
      f ? `${f.found.excerptTop1}/${f.found.excerpts}` : 'n/a',
      m ? `${m.found.excerptTop1}/${m.found.excerpts}` : 'n/a',
      '',
      '',
    ]),
    '',
    s.import.perImport
      ? `- Import as the import handler imports a file of more than 250 articles: in steps (a transaction of 250 articles and their index entries each, then the postings, then one commit), ${count(s.import.perImport)} articles an import; end to end, with the transfer of the articles from Node, ${count(rate(s.n, s.import.wallMs))} articles/s (${ms(s.import.wallMs)} for ${count(s.n)}, sent ${count(s.import.chunk)} a message).`
      : `- Import end to end, with the transfer of the articles from Node: ${count(rate(s.n, s.import.wallMs))} articles/s (${ms(s.import.wallMs)} for ${count(s.n)}, chunks of ${count(s.import.chunk)}).`,
    `- Where the import's time goes: the text work of indexing (tokens, terms, names, shingles, sketch) ${ms(s.import.textMs)} of the ${ms(s.import.workerMs)} inside the worker (measured on the same articles with no database)${
      s.import.steps
        ? `, each batch's done while the browser writes the batch before; by step: ${Object.entries(s.import.steps)
            .map(([k, v]) => `${k} ${ms(v)}`)
            .join(', ')}.`
        : ', IndexedDB the rest.'
    }${
      s.import.merges
        ? ` After each import, its terms with too many records were merged in the background, while no import ran (lib/match/merge-queue.ts): ${count(s.import.merges.terms)} terms, ${ms(s.import.merges.busyMs)} of merging in all, ended ${ms(s.import.merges.afterMs)} after the last import returned; the matches below ran after.`
        : ''
    }`,
    `- Where a warm match's time goes, p50 per step: ${Object.entries(s.warm.steps)
      .map(([k, v]) => `${k} ${ms(v.p50)}`)
      .join(
        ', ',
      )} (profile: the page's terms, names and shingles; meta: the index's counters and common terms; postings: those of the query's terms (the page's likeliest terms but those the index knows to be too common), whose lengths are their document frequencies; accumulate: the candidates' scores; docs: the candidates' index entries; rescore: on their vectors, sketches and names; cards: what those that can make the list show, from their entries; articles: the same read from the articles, in runs before entries had cards).`,
    `- IndexedDB: ${Object.entries(s.stores)
      .map(([k, v]) => `${k} ${count(v.records)} records ≈ ${bytes(v.bytes)}`)
      .join(', ')}; the browser's usage estimate ${bytes(s.usage)}.`,
    `- Worker heap after garbage collection: ${bytes(s.heap.base)} before the import, ${bytes(s.heap.afterImport)} after it, ${bytes(s.heap.afterWarm)} after ${s.warm.worker.n} warm matches, ${bytes(s.heap.afterCold)} just started and one match done.`,
    `- Warm round trip seen from an extension page (port message included): p50 ${ms(s.warm.wall.p50)}, p95 ${ms(s.warm.wall.p95)}. Coverage pages with a match: ${s.warm.found.coverageMatched}/${s.warm.found.coverage} (MiniSearch always returns hits).`,
    `- Just started (${s.cold.total.n} runs): the worker had been up ${ms(s.cold.uptime.p50)} (p50) when the request arrived; the start-up corpus check took p50 ${ms(s.cold.startup.p50)}, p95 ${ms(s.cold.startup.p95)}; matchPage itself p50 ${ms(s.cold.match.p50)}, p95 ${ms(s.cold.match.p95)}. With the worker's own start, from the request to the answer: p50 ${ms(s.cold.wall.p50)}, p95 ${ms(s.cold.wall.p95)}.`,
    ...(m
      ? [
          `- MiniSearch: indexing only (the articles read from IndexedDB outside the timing); query time includes building the More Like This query from the page (our text profile, the page's top ${25} terms), search alone p50 ${ms(m.searchOnly.p50)}, p95 ${ms(m.searchOnly.p95)}. Just started it must read and load its saved JSON index: p50 ${ms(m.coldLoad?.p50)} of its ${ms(m.cold?.p50)}.`,
        ]
      : [
          '- MiniSearch and FlexSearch were not run at this size (`--others-up-to`): MiniSearch holds its whole index in memory and saves it as one JSON string, and FlexSearch commits at a rate that would take hours here.',
        ]),
    ...(f
      ? [
          `- FlexSearch 0.8.212 (\`tokenize: 'strict'\`, its IndexedDB adapter, in the same service worker; its module finds IndexedDB through \`window\`, which the worker is given while that module loads): \`add()\` of each article's title and text and a \`commit()\` per ${count(s.import.chunk)}, the articles read from our store outside the timing; it stores no article. The query is the same top ${25} terms with \`suggest: true\` (any term may match), search alone p50 ${ms(f.searchOnly.p50)}. Heap: ${bytes(f.heap.base)} before, ${bytes(f.heap.built)} after the import, ${bytes(f.heap.warm)} after the warm matches.`,
        ]
      : []),
    `- Popup showing the finished report (its first related card in the DOM, from the popup document's start): p50 ${ms(s.popup.warm.p50)}, p95 ${ms(s.popup.warm.p95)} with the worker running; p50 ${ms(s.popup.cold.p50)}, p95 ${ms(s.popup.cold.p95)} with it stopped.${popupFloor(s)}`,
    '',
  ];
}

/** The cost curve: one row per size, the chart beside the report, and how match cost grows. */
function curveSection(run: BenchRun, chartFile: string): string[] {
  const sizes = [...run.sizes].sort((a, b) => a.n - b.n);
  const three = (a: string, b: string, c: string) => `${a} / ${b} / ${c}`;
  const lines = [
    '## Cost against corpus size',
    '',
    `![match, import, storage and worker memory against corpus size](${chartFile})`,
    '',
    'Each cell: Reading Context / FlexSearch 0.8 (IndexedDB) / MiniSearch 7.2.',
    '',
    row(['articles', 'warm match p50', 'warm match p95', 'import (articles/s)', 'storage', 'worker heap']),
    row(['---:', '---', '---', '---', '---', '---']),
    ...sizes.map((s) =>
      row([
        count(s.n),
        three(ms(s.warm.worker.p50), ms(s.flex?.warm.p50), ms(s.mini?.warm.p50)),
        three(ms(s.warm.worker.p95), ms(s.flex?.warm.p95), ms(s.mini?.warm.p95)),
        three(
          count(rate(s.n, s.import.workerMs)),
          s.flex ? count(rate(s.flex.docs, s.flex.indexMs)) : 'n/a',
          s.mini ? count(rate(s.mini.docs, s.mini.indexMs)) : 'n/a',
        ),
        three(bytes(s.usage), bytes(s.flex?.usage), s.mini ? bytes(s.mini.jsonChars) : 'n/a'),
        three(bytes(s.heap.afterCold), bytes(s.flex?.heap.cold), s.mini ? `+${bytes(s.mini.heap)}` : 'n/a'),
      ]),
    ),
    '',
  ];
  const growth = (name: string, points: Array<[number, number]>) => {
    const g = readGrowth(points, ms);
    return g ? `- ${name}: ${g.sentence}.` : null;
  };
  const said = [
    growth(
      'Our warm match p50',
      sizes.map((s) => [s.n, s.warm.worker.p50]),
    ),
    growth(
      'Our warm match p95',
      sizes.map((s) => [s.n, s.warm.worker.p95]),
    ),
    growth(
      "FlexSearch's warm match p50",
      sizes.flatMap((s) => (s.flex ? [[s.n, s.flex.warm.p50] as [number, number]] : [])),
    ),
    growth(
      "MiniSearch's warm match p50",
      sizes.flatMap((s) => (s.mini ? [[s.n, s.mini.warm.p50] as [number, number]] : [])),
    ),
  ].filter((l): l is string => l !== null);
  if (said.length)
    lines.push('How match cost grows with the corpus (computed from the figures above):', '', ...said, '');
  return lines;
}

/** The floors of all sizes, for the goals table. */
function floorRange(sizes: SizeResult[]): string {
  const floors = sizes.flatMap((s) =>
    s.popup.floorWarm && s.popup.floorCold ? [s.popup.floorWarm, s.popup.floorCold] : [],
  );
  if (floors.length === 0) return '';
  return `; an empty extension page with one script, timed the same way: p50 ${ms(Math.min(...floors.map((f) => f.p50)))}–${ms(Math.max(...floors.map((f) => f.p50)))}, p95 up to ${ms(Math.max(...floors.map((f) => f.p95)))}`;
}

/** The popup's floor in the same run, and the machine's state when it was timed. */
function popupFloor(s: SizeResult): string {
  const { floorWarm, floorCold, quiet } = s.popup;
  if (!floorWarm || !floorCold) return '';
  const state = quiet
    ? ` Timed ${quiet.quiet ? `once the machine was quiet (after ${ms(quiet.waitedMs)})` : `with the machine still busy (${quiet.busyCores.toFixed(1)} cores after ${ms(quiet.waitedMs)})`}.`
    : '';
  return ` An extension page with one trivial script, opened the same way between the popup's runs: p50 ${ms(floorWarm.p50)}, p95 ${ms(floorWarm.p95)} (worker running), p50 ${ms(floorCold.p50)}, p95 ${ms(floorCold.p95)} (stopped); the popup is ${ratio(s.popup.warm.p50, floorWarm.p50)} and ${ratio(s.popup.cold.p50, floorCold.p50)} that floor at p50.${state}`;
}

export function writeReport(path: string, run: BenchRun): void {
  const m = run.machine;
  const largest = run.sizes.reduce<SizeResult | null>((a, b) => (!a || b.n > a.n ? b : a), null);
  const at100k = run.sizes.find((s) => s.n === 100_000) ?? null;
  const heaps = run.sizes.map((s) => s.heap.afterCold).filter((h): h is number => h !== null);
  const heapFlat = heaps.length >= 2 ? Math.max(...heaps) <= 1.5 * Math.min(...heaps) : null;
  const importRates = run.sizes.map((s) => rate(s.n, s.import.workerMs));
  // Ours against FlexSearch at each size: the median ratio of the pairs where several were timed.
  const flexRatios = run.sizes.flatMap((s) =>
    s.importPairs?.length
      ? [[s.n, median(s.importPairs.map((p) => p.ours / p.theirs))] as [number, number]]
      : s.flex
        ? [[s.n, rate(s.n, s.import.workerMs) / rate(s.flex.docs, s.flex.indexMs)] as [number, number]]
        : [],
  );
  const pairNote = run.sizes
    .filter((s) => s.importPairs && s.importPairs.length > 1)
    .map(
      (s) =>
        `at ${count(s.n)} the median of ${s.importPairs!.length} pairs, each in a fresh browser (${s.importPairs!.map((p) => `${(p.ours / p.theirs).toFixed(2)}×`).join(', ')})`,
    )
    .join('; ');
  const singles = run.sizes.filter((s) => s.singles);
  // The popup opens on a stopped worker as often as on a running one: both count.
  const popupP50 = Math.max(...run.sizes.map((s) => Math.max(s.popup.warm.p50, s.popup.cold.p50)));
  const popupP95 = Math.max(...run.sizes.map((s) => Math.max(s.popup.warm.p95, s.popup.cold.p95)));
  const lines = [
    '# Benchmark results',
    '',
    'Generated by `npm run bench` (bench/run.ts); bench/README.md says what is measured and how.',
    '',
    '## Machine',
    '',
    `- CPU: ${m.cpu}, ${m.cores} cores; memory ${m.memory}`,
    `- ${m.chromium} (headless, driven by playwright-core); Node ${m.node}`,
    `- Date: ${m.date}; load average ${m.loadBefore} at start, ${m.loadAfter} at the end (on 2 cores the benchmark itself loads it; a start above the core count means other work ran too)`,
    `- Command: \`npm run bench\` (= \`npm run build:e2e && tsx bench/run.ts\`), here \`${run.command}\`${run.totalMs ? `, ${ms(run.totalMs)} in all` : ''}`,
    '',
    '## Goals',
    '',
    row(['goal', 'measured', '']),
    row(['---', '---', '---']),
    row([
      'warm match p95 at 100,000 articles < 20 ms',
      at100k
        ? ms(at100k.warm.worker.p95)
        : largest
          ? `not run at 100,000 (${ms(largest.warm.worker.p95)} at ${count(largest.n)})`
          : 'n/a',
      verdict(at100k ? at100k.warm.worker.p95 < 20 : null),
    ]),
    row([
      'just-started match p95 at 100,000 articles < 200 ms',
      at100k
        ? `${ms(at100k.cold.total.p95)} in the worker; ${ms(at100k.cold.wall.p95)} with the worker's own start`
        : 'not run at 100,000',
      verdict(at100k ? at100k.cold.total.p95 < 200 : null),
    ]),
    row([
      'import > 2,000 articles/s',
      `${importRates.map((r, i) => `${count(r)}/s at ${count(run.sizes[i].n)}`).join(', ')} (store + index; figures and sources not read)`,
      verdict(importRates.length ? Math.min(...importRates) > 2000 : null),
    ]),
    row([
      "import ≥ 1.5× FlexSearch's persisted import, same run",
      (flexRatios.map(([n, r]) => `${r.toFixed(2)}× at ${count(n)}`).join(', ') || 'not measured') +
        (pairNote ? `; ${pairNote}` : ''),
      verdict(flexRatios.length ? Math.min(...flexRatios.map(([, r]) => r)) >= 1.5 : null),
    ]),
    row([
      'one article kept onto 100,000: p95 ≤ 50 ms',
      singles.map((s) => `${ms(s.singles!.add.p95)} at ${count(s.n)}`).join(', ') || 'not measured',
      verdict(
        singles.some((s) => s.n >= 100_000)
          ? singles.filter((s) => s.n >= 100_000).every((s) => s.singles!.add.p95 <= 50)
          : null,
      ),
    ]),
    row([
      'worker memory not growing with corpus size',
      run.sizes.map((s) => `${bytes(s.heap.afterCold)} at ${count(s.n)}`).join(', '),
      verdict(heapFlat),
    ]),
    row([
      'figures and sources of a 5,000-word article < 20 ms',
      run.once
        ? `p50 ${ms(run.once.longArticle.worker.p50)}, p95 ${ms(run.once.longArticle.worker.p95)} (${count(run.once.longArticle.words)} words)`
        : 'n/a',
      typicalVerdict(run.once?.longArticle.worker.p50 ?? null, run.once?.longArticle.worker.p95 ?? null, 20),
    ]),
    row([
      'popup shows a finished report < 100 ms',
      `worker running: ${run.sizes.map((s) => `p50 ${ms(s.popup.warm.p50)}, p95 ${ms(s.popup.warm.p95)}`).join('; ')}; worker stopped: ${run.sizes.map((s) => `p50 ${ms(s.popup.cold.p50)}, p95 ${ms(s.popup.cold.p95)}`).join('; ')} (at ${run.sizes.map((s) => count(s.n)).join(', ')} articles)${floorRange(run.sizes)}`,
      typicalVerdict(run.sizes.length ? popupP50 : null, run.sizes.length ? popupP95 : null, 100),
    ]),
    '',
    ...curveSection(run, chartName(path)),
    '## By corpus size',
    '',
    ...run.sizes.flatMap(sizeTable),
    '## Once per run',
    '',
  ];
  if (run.once) {
    const o = run.once;
    lines.push(
      `- IndexedDB itself on this machine: ${o.idb.putUs} µs a put and ${o.idb.getUs} µs a get (5,000 small records in one transaction, all requests issued at once, in the service worker). Import and match time are mostly such requests: scale the figures above by this to guess another machine's.`,
      `- Figures and sources (\`analyzeText\`) of a ${count(o.longArticle.words)}-word news article (the seed and fixture texts run together): in the service worker p50 ${ms(o.longArticle.worker.p50)}, p95 ${ms(o.longArticle.worker.p95)} (${o.longArticle.worker.n} runs after ten of warm-up); in Node p50 ${ms(o.longArticle.node.p50)}, p95 ${ms(o.longArticle.node.p95)}. ${o.longArticle.figures} figures, ${o.longArticle.sources} sources.`,
      `- A whole import of files through the import handler (a ${bytes(o.fileImport.bytes)} JSON Lines file of ${count(o.fileImport.articles)} articles: parsing, outlets, figures and sources, storing and indexing): ${ms(o.fileImport.ms)}, ${count(rate(o.fileImport.articles, o.fileImport.ms))} articles/s.`,
    );
  }
  if (run.nodePrepare) {
    lines.push(
      `- The text work of indexing alone (\`prepareDoc\`: tokens, terms, names, shingles, sketch) in Node: ${run.nodePrepare.perArticle.toFixed(3)} ms an article (p95 ${ms(run.nodePrepare.p95)}).`,
    );
  }
  lines.push('', ...keptSections(path));
  writeFileSync(path, lines.join('\n'));
  writeFileSync(join(dirname(path), chartName(path)), costCurveSvg(run));
}

/** Sections of the report that another benchmark's figures fill in by hand (bench/backup-bench.ts). */
const KEPT_SECTIONS = ['## Backup and restore'];

/** Those sections as the report at `path` has them, so that making the report again keeps them. */
function keptSections(path: string): string[] {
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  const kept: string[] = [];
  for (const heading of KEPT_SECTIONS) {
    const start = text.indexOf(`\n${heading}\n`);
    if (start === -1) continue;
    const end = text.indexOf('\n## ', start + 1);
    kept.push(text.slice(start + 1, end === -1 ? undefined : end).trimEnd(), '');
  }
  return kept;
}

/** The chart's file name beside the report: RESULTS.md → cost-curve.svg, OTHER.md → OTHER-cost-curve.svg. */
function chartName(reportPath: string): string {
  const base = basename(reportPath).replace(/\.md$/, '');
  return base === 'RESULTS' ? 'cost-curve.svg' : `${base}-cost-curve.svg`;
}
