// The import alone, ours against FlexSearch's persisted import, in the same Chromium and the same
// run: a quicker loop than `npm run bench` for work on the import. Per size, a fresh profile imports
// the generated corpus a chunk per call, then FlexSearch indexes and commits the same articles; it
// also says where our time goes (text work, the articles store with and without its secondary
// indexes, the index entries) and what one article kept onto the corpus costs.
//
// Usage: npx tsx bench/import-bench.ts [--sizes 1000,10000] [--chunk 1000] [--singles 30] [--extension .output/chrome-mv3-e2e]
//        [--bare] (the generated articles as generated: ids nearly in order, no address, no figures or
//        sources; by default they are made what a user's import stores, bench/generate-corpus.ts asUserImport)
//        [--modes staged,serial,chunks] [--per-import 10000]
//        [--no-flex] (ours alone: at 100,000 FlexSearch's import takes many minutes)
//        [--rounds 5] (each size imported again in a fresh browser, ours then FlexSearch each time: the
//        ratio of each round's pair and their median, which a shared machine's swings between runs
//        move far less than either rate)
import { launchWithExtension } from '../scripts/launch-browser';
import { asUserImport, generateArticles } from './generate-corpus';
import { compiledSamples } from './compiled-samples';
import { loadSentencePool } from './sentence-pool';
import { benchClient, untilInstalled } from './bench-client';
import { count, median, ms, ratio, summarize } from './stats';
import { cpuBetween, processCpu, type ProcessCpu } from './process-cpu';
import { availableParallelism } from 'node:os';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const sizes = option('sizes', '1000,10000').split(',').map(Number);
const CHUNK = Number(option('chunk', '1000'));
const SINGLES = Number(option('singles', '30'));
const EXTENSION_DIR = option('extension', '.output/chrome-mv3-e2e');
const FLEX = !process.argv.includes('--no-flex');
const ROUNDS = Number(option('rounds', '1'));
/** Per size, each round's pair of rates: ours (the first mode) and FlexSearch's, in the same browser. */
const pairs = new Map<number, Array<{ ours: number; theirs: number }>>();
/**
 * How the articles go in: `staged`, as the import handler imports a file of more than 250 articles
 * (in steps, each batch's text work done while the browser writes the one before); `serial`, the
 * same steps one after the other; `chunks`, a transaction of --chunk articles per call.
 */
const MODES = option('modes', 'staged,serial').split(',') as Array<'staged' | 'serial' | 'chunks'>;
/** Articles per staged import (a file each). */
const PER_IMPORT = Number(option('per-import', '10000'));
const rate = (n: number, t: number) => (n / t) * 1000;
/** Microseconds an article of `total` milliseconds spent on `n` articles. */
const perArticle = (total: number, n: number) => `${count((total * 1000) / n)} µs`;

const pool = loadSentencePool();
const samples = process.argv.includes('--bare') ? [] : compiledSamples(pool);
for (const n of sizes)
  for (let round = 0; round < ROUNDS; round++)
    for (const [m, mode] of MODES.entries()) {
      if (ROUNDS > 1 && m === 0) console.log(`round ${round + 1} of ${ROUNDS}`);
      // Marked as the import handler marks a file's articles (entrypoints/background/import.ts): their
      // records then carry every index entry a user's import writes.
      const generated = generateArticles(n, 42, pool);
      const corpus = (process.argv.includes('--bare') ? generated : asUserImport(generated, samples)).map((a) => ({
        ...a,
        addedBy: 'imported' as const,
      }));
      const browser = await launchWithExtension({ extensionDir: EXTENSION_DIR, headless: true });
      try {
        const client = await benchClient(browser);
        await untilInstalled(client);
        let workerMs = 0;
        let indexMs = 0;
        const steps: Record<string, number> = {};
        /** Processor time of the browser's processes during the imports (Linux only). */
        const cpu: Partial<ProcessCpu> = {};
        if (mode !== 'chunks')
          for (let i = 0; i < n; i += PER_IMPORT) {
            for (let k = i; k < Math.min(n, i + PER_IMPORT); k += CHUNK)
              await client.call('stageArticles', corpus.slice(k, Math.min(k + CHUNK, i + PER_IMPORT)));
            const before = processCpu(browser.userDataDir);
            const r = await client.call('importStaged', mode === 'staged');
            const used = cpuBetween(before, processCpu(browser.userDataDir));
            if (used) for (const k of Object.keys(used) as Array<keyof ProcessCpu>) cpu[k] = (cpu[k] ?? 0) + used[k];
            if (r.added !== Math.min(PER_IMPORT, n - i)) throw new Error(`import added ${r.added}`);
            workerMs += r.ms;
            for (const [step, t] of Object.entries(r.steps)) steps[step] = (steps[step] ?? 0) + t;
            // Several imports onto a growing corpus: each one's rate and steps, to see what grows.
            if (n > PER_IMPORT) {
              const size = Math.min(PER_IMPORT, n - i);
              console.log(
                `    onto ${count(i)}: ${count(rate(size, r.ms))}/s; ${Object.entries(r.steps)
                  .map(([step, t]) => `${step} ${ms(t)}`)
                  .join(
                    ', ',
                  )}${used ? `; an article: the browser ${perArticle(used.browser, size)}, the renderer ${perArticle(used.extension, size)}` : ''}`,
              );
            }
          }
        else
          for (let i = 0; i < n; i += CHUNK) {
            const r = await client.call('importArticles', corpus.slice(i, i + CHUNK));
            workerMs += r.ms;
            indexMs += r.indexMs;
          }
        // The merges the imports left to the background, before the one-at-a-time adds below.
        // (A build from before it merged in the background has no such operation: nothing to wait for.)
        const merges = await client.call('mergesSettled').catch(() => ({ merged: 0, busyMs: 0, ms: 0 }));
        const heap = await client.workerHeap();
        const sample = corpus.slice(0, Math.min(n, CHUNK));
        const textMs = ((await client.call('prepareOnly', sample)).ms / sample.length) * n;
        const cost = await client.call('importStoreCost', sample);
        const scale = n / sample.length;
        // Articles kept one at a time onto the corpus, as "keep what I read" adds them.
        const kept = await client.call(
          'keepEach',
          generateArticles(SINGLES, 4343 + n, pool).map((a) => ({ ...a, addedBy: 'kept' as const })),
        );
        const one = summarize(kept.times);
        const ours = rate(n, workerMs);
        console.log(
          `${count(n)} articles, ${mode === 'chunks' ? `chunks of ${count(CHUNK)}` : `${mode} imports of up to ${count(PER_IMPORT)}`}: ours ${count(ours)}/s; worker heap ${((heap ?? 0) / 1e6).toFixed(1)} MB`,
        );
        console.log(
          `  one article kept onto ${count(n)}: p50 ${ms(one.p50)}, p95 ${ms(one.p95)}, max ${ms(one.max)} (${one.n} one at a time; the slowest writes the waiting postings)`,
        );
        if (merges.merged > 0)
          console.log(
            `  merged in the background: ${count(merges.merged)} terms, ${ms(merges.busyMs)} of merging, ended ${ms(merges.ms)} after the last import`,
          );
        if (mode !== 'chunks')
          console.log(
            `  steps: ${Object.entries(steps)
              .map(([step, t]) => `${step} ${ms(t)}`)
              .join(', ')}`,
          );
        if (cpu.browser !== undefined)
          console.log(
            `  processor time during the imports (${availableParallelism()} cores): the browser's process (IndexedDB) ${ms(cpu.browser)}, the extension's renderer (service worker) ${ms(cpu.extension!)}, other processes ${ms(cpu.other!)}, against ${ms(workerMs)} of import`,
          );
        // What an article costs each process, beside what 2,000 articles a second leaves all of them
        // together on this machine's cores (the import goal, were the cores kept busy all along).
        if (cpu.browser !== undefined)
          console.log(
            `  an article: the browser's process ${perArticle(cpu.browser, n)}, the renderer ${perArticle(cpu.extension!, n)}, text work ${perArticle(textMs, n)} of it; 2,000 a second leaves ${count((availableParallelism() * 1e6) / 2000)} µs in all`,
          );
        if (FLEX && m === 0) {
          await client.stopWorker();
          const flex = await client.call('flexBuild', CHUNK);
          await client.call('flexDrop');
          const theirs = rate(flex.docs, flex.indexMs);
          console.log(`  FlexSearch ${count(theirs)}/s persisted: ours ${ratio(ours, theirs)}`);
          pairs.set(n, [...(pairs.get(n) ?? []), { ours, theirs }]);
        }
        console.log(
          `  ours ${ms(workerMs)}: indexer ${ms(indexMs)} (text work ${ms(textMs)}); scratch stores scaled to ${count(n)}: articles with 4 indexes ${ms(cost.indexedMs * scale)}, without ${ms(cost.plainMs * scale)}, entries ${ms(cost.entriesMs * scale)}`,
        );
      } finally {
        await browser.close();
      }
    }

if (ROUNDS > 1)
  for (const [n, list] of pairs) {
    const ratios = list.map((p) => p.ours / p.theirs);
    console.log(
      `${count(n)} articles, ${list.length} rounds: ours ${list.map((p) => count(p.ours)).join(', ')}/s; FlexSearch ${list.map((p) => count(p.theirs)).join(', ')}/s`,
    );
    console.log(
      `  ours against FlexSearch, round by round: ${ratios.map((r) => `${r.toFixed(2)}×`).join(', ')}; median ${median(ratios).toFixed(2)}× (median rates ${count(median(list.map((p) => p.ours)))}/s against ${count(median(list.map((p) => p.theirs)))}/s)`,
    );
  }
