// Micro benchmark: figures for a 5,000-word article built from the seeds' paragraphs (target: under
// 20 ms). Run with `npx tsx bench/figures-bench.ts [words] [runs]`.
import { readdirSync, readFileSync } from 'node:fs';
import { extractFigures } from '../lib/figures/extract-figures';
import { lineUpFigures } from '../lib/figures/line-up-figures';

const words = Number(process.argv[2] ?? 5000);
const runs = Number(process.argv[3] ?? 50);

const seedDir = new URL('../seeds/', import.meta.url);
const paragraphs = readdirSync(seedDir)
  .filter((name) => name.endsWith('.txt'))
  .flatMap((name) => readFileSync(new URL(name, seedDir), 'utf8').split(/\n\s*\n/))
  .map((p) => p.trim())
  .filter((p) => p.split(/\s+/).length >= 8); // body paragraphs, not headers and bylines

const body: string[] = [];
let count = 0;
for (let i = 0; count < words; i++) {
  const p = paragraphs[i % paragraphs.length];
  body.push(p);
  count += p.split(/\s+/).length;
}
const article = body.join('\n\n');

function stats(times: number[]): { median: number; p95: number; min: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), min: sorted[0] };
}

/** CPU time of this process in ms: on a busy machine it shows the work done, not the wait. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function measure(run: () => unknown): { wall: ReturnType<typeof stats>; cpu: ReturnType<typeof stats> } {
  for (let i = 0; i < 5; i++) run(); // warm up the JIT
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    run();
    wall.push(performance.now() - t0);
    cpu.push(cpuMs() - c0);
  }
  return { wall: stats(wall), cpu: stats(cpu) };
}

const figures = extractFigures(article);
const fmt = (s: ReturnType<typeof stats>) => `median ${s.median.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms, min ${s.min.toFixed(2)} ms`;
const report = (what: string, m: ReturnType<typeof measure>) =>
  console.log(`${what}\n  wall: ${fmt(m.wall)}\n  cpu:  ${fmt(m.cpu)}`);

console.log(`article: ${count} words, ${article.length} characters, ${body.length} paragraphs, ${figures.length} figures`);
report(`extractFigures, ${runs} runs`, measure(() => extractFigures(article)));
const inputs = Array.from({ length: 10 }, (_, i) => ({ figures, articleId: `a${i}`, outlet: null, date: `2024-03-${10 + i}` }));
report(`lineUpFigures of 10 such articles, ${runs} runs`, measure(() => lineUpFigures(inputs)));
